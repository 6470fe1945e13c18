package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.MailVisitor;
import quorum.ingest.mbox.MailReader;
import quorum.mail.Diagnostic;
import quorum.mail.Message;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.testing.CorpusLocator;

/**
 * Over the six ksummit archives, no Signature segment holds diff or hunk lines: a "--" line
 * followed by a patch (ksummit-2025, "[PATCH] [v3] Documentation: Provide guidelines for
 * tool-generated content") once swallowed the whole patch into a signature.
 */
class KsummitSignatureTest {
  @Test
  void noSignatureHoldsAPatch() throws IngestException {
    BodySegmenter segmenter = new BodySegmenter();
    List<String> offenders = new ArrayList<>();
    int[] signatures = {0};
    for (int year = 2021; year <= 2026; year++) {
      Path mbox = CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox");
      new MailReader(IngestOptions.LENIENT).read(mbox, new MailVisitor() {
        @Override
        public void message(Message m) {
          for (Segment s : segmenter.segment(m.body())) {
            if (s instanceof Signature) {
              signatures[0]++;
              String bad = s.text().lines().filter(KsummitSignatureTest::diffLine).findFirst()
                  .orElse(null);
              if (bad != null) {
                offenders.add(m.key().value() + " " + s.lines() + ": " + bad);
              }
            }
          }
        }

        @Override
        public void rejected(Diagnostic why) {}

        @Override
        public void diagnostic(Diagnostic d) {}
      });
    }
    assertThat(signatures[0]).as("signatures found").isPositive();
    assertThat(offenders).as("signatures holding diff lines").isEmpty();
  }

  /** A diff header, a file header or a hunk header. */
  private static boolean diffLine(String line) {
    return line.startsWith("diff --git ") || line.startsWith("+++ b/") || line.startsWith("--- a/")
        || (line.startsWith("@@ -") && line.indexOf(" @@", 4) > 0);
  }
}
