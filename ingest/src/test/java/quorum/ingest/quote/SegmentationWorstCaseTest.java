package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.testing.CorpusLocator;

/**
 * Worst cases for the marker scanner and the classifier. The inputs are large enough (up to
 * 12.5 MB) that a super-linear algorithm would run for hours, while the linear one takes well
 * under a second; the bound is a preemptive timeout of a minute, so a loaded machine never
 * fails it and a catastrophic algorithm always does. Speed itself is measured in bench/, not
 * asserted here.
 */
class SegmentationWorstCaseTest {
  private static final Duration CATASTROPHIC = Duration.ofMinutes(1);

  private final BodySegmenter segmenter = new BodySegmenter();

  private List<Segment> bounded(String body) {
    return assertTimeoutPreemptively(CATASTROPHIC, () -> segmenter.segment(body));
  }

  @Test
  void aOneMegabyteLineOfMarkersIsOneQuote() {
    List<Segment> s = bounded("> ".repeat(500_000) + "x\n");
    assertThat(s).singleElement().isInstanceOf(Quoted.class);
    assertThat(s.get(0).depth()).isEqualTo(500_000);
    assertThat(s.get(0).text()).isEqualTo("x");
  }

  @Test
  void aFiveThousandLevelStaircaseIsLinear() {
    StringBuilder b = new StringBuilder();
    for (int d = 0; d <= 5000; d++) {
      b.append(">".repeat(d)).append(d == 0 ? "" : " ").append("level ").append(d).append('\n');
    }
    List<Segment> s = bounded(b.toString());
    assertThat(s).hasSize(5001);
    assertThat(s.get(5000).depth()).isEqualTo(5000);
  }

  @Test
  void aFiveThousandLevelAttributionChainIsLinear() {
    StringBuilder b = new StringBuilder();
    for (int d = 0; d < 5000; d++) {
      b.append("> ".repeat(d)).append("On Tue, Jan 17, 2023 at 3:19 PM Person ").append(d)
          .append(" <p").append(d).append("@example.org> wrote:\n");
    }
    b.append("> ".repeat(5000)).append("the root\n");
    List<Segment> s = bounded(b.toString());
    assertThat(s).hasSize(5001);
  }

  @Test
  void manyLongLinesThatAlmostLookLikeAttributions() {
    String line = "On " + "Tue, Jan 17, 2023 at 3:19 PM ".repeat(30) + "\n";
    bounded(line.repeat(20_000));
  }

  @Test
  void theUpstreamPathologicalEmailIsFast() throws Exception {
    Path p = CorpusLocator.sharedOrSkip("peer-corpora/email_reply_parser/test/emails/pathological.txt");
    String body = Files.readString(p);
    bounded(body);
  }

  @Test
  void theUpstreamLongQuoteIsFast() throws Exception {
    Path p = CorpusLocator.sharedOrSkip("peer-corpora/email_reply_parser/test/emails/email_long_quote.txt");
    bounded(Files.readString(p));
  }
}
