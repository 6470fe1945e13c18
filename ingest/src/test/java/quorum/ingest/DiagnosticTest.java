package quorum.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import quorum.mail.Diagnostic;
import quorum.mail.SourceRef;

/** {@link Diagnostic} lives in the model, which ArchitectureTest keeps free of test libraries. */
class DiagnosticTest {
  private static final SourceRef WHERE = new SourceRef(Path.of("x.mbox"), 0, 12);

  /** Found by MailReaderFuzzTest: a lone CR inside a Date header broke the line. */
  @Test
  void showsControlCharactersFromMailAsEscapesOnOneLine() {
    Diagnostic d = Diagnostic.warn(WHERE,
        "unparseable Date [\"Fri, 8 Mar 20\u0001\r 13:00\n\t\u001b[2J\u202e\"]");
    assertThat(d.message()).isEqualTo(
        "unparseable Date [\"Fri, 8 Mar 20\\u0001\\r 13:00\\n\\t\\u001b[2J\\u202e\"]");
    assertThat(d.toString()).isEqualTo("x.mbox:12: warning: " + d.message());
  }

  @Test
  void leavesPrintableTextAlone() {
    String text = "charset \"x-ünknown\" 日本語; decoded as UTF-8";
    assertThat(Diagnostic.error(WHERE, text).message()).isSameAs(text);
  }
}
