package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.mail.Diagnostic;
import quorum.mail.Message;
import quorum.mail.SourceRef;

class MessageParserTest {
  private static final SourceRef WHERE = new SourceRef(Path.of("x.mbox"), 100, 7);
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Message parse(String raw) throws MalformedMessageException {
    byte[] b = raw.getBytes(StandardCharsets.UTF_8);
    return new MessageParser().parse(b, b.length, WHERE, 8, diagnostics::add);
  }

  @Test
  void survivesDeeplyNestedMultipartsAndMessages() throws Exception {
    int depth = 2000;
    StringBuilder b = new StringBuilder("From: a@b\nMessage-ID: <deep@x>\n");
    for (int i = 0; i < depth; i++) {
      b.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\n--b")
          .append(i).append('\n');
      if (i % 2 == 1) {
        b.append("Content-Type: message/rfc822\n\nFrom: c@d\n");
      }
    }
    b.append("Content-Type: text/plain\n\ninnermost\n");
    for (int i = depth - 1; i >= 0; i--) {
      b.append("--b").append(i).append("--\n");
    }
    Message m = parse(b.toString());
    assertThat(m.key().value()).isEqualTo("deep@x");
    // 2000 levels is over MessageLimits.DEFAULT (50): read up to the limit, without a tree
    assertThat(m.attachments()).hasSize(1);
    assertThat(diagnostics).extracting(Object::toString).anySatisfy(d -> assertThat(d)
        .contains("MIME parts nested deeper than the 50-level limit"));
  }

  @Test
  void normalizesLineEndingsInTheBody() throws Exception {
    assertThat(parse("From: a@b\r\nSubject: s\r\n\r\none\r\ntwo\rthree\r\n").body())
        .isEqualTo("one\ntwo\nthree\n");
  }

  @Test
  void givesMailWithoutMessageIdAStableHashKey() throws Exception {
    Message first = parse("From: a@b\nSubject: s\n\nbody\n");
    Message again = parse("From: a@b\nSubject: s\n\nbody\n");
    Message other = parse("From: a@b\nSubject: s\n\nother body\n");
    assertThat(first.key()).isEqualTo(again.key());
    assertThat(first.key()).isNotEqualTo(other.key());
    assertThat(first.key().value()).matches("quorum:[0-9a-f]{16}");
    assertThat(first.id()).isEmpty();
  }

  @Test
  void pointsHeaderWarningsAtTheirLine() throws Exception {
    parse("From: a@b\nSubject: s\n\tfolded\nDate: yesterday-ish\n\nbody\n");
    assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
        "x.mbox:11: warning: unparseable Date [\"yesterday-ish\"]; date left empty");
  }

  @Test
  void refusesAMessageWithoutHeaderFields() {
    assertThatThrownBy(() -> parse("\njust text\n"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessage("no RFC 5322 header fields; message skipped");
  }

  @Test
  void readsRfc2231AndEncodedWordFilenames() throws Exception {
    Message m = parse("From: a@b\nContent-Type: multipart/mixed; boundary=z\n\n--z\n"
        + "Content-Type: text/plain\n\nsee attached\n--z\n"
        + "Content-Type: application/octet-stream\n"
        + "Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.bin\n\nxyz\n--z\n"
        + "Content-Type: application/octet-stream; name=\"=?utf-8?q?caf=C3=A9.bin?=\"\n\nabc\n"
        + "--z--\n");
    assertThat(m.body()).isEqualTo("see attached\n");
    assertThat(m.attachments()).extracting(a -> a.filename().orElse("?"))
        .containsExactly("r\u00e9sum\u00e9.bin", "caf\u00e9.bin");
  }

  @Test
  void undoesFormatFlowedSpaceStuffing() throws Exception {
    Message m = parse("From: a@b\nContent-Type: text/plain; format=flowed\n\n"
        + " From the start, \nthis line is soft-broken.\n >typed by hand\n> a quote\n");
    assertThat(m.body()).isEqualTo(
        "From the start, \nthis line is soft-broken.\n>typed by hand\n> a quote\n");
  }

  @Test
  void marksMailWithoutFromAsUnknownAuthor() throws Exception {
    Message m = parse("Subject: anonymous\n\nbody\n");
    assertThat(m.from().isUnknown()).isTrue();
    assertThat(m.authorSource()).isEqualTo(quorum.mail.AuthorSource.UNKNOWN);
  }
}
