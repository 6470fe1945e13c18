package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.testing.CorpusLocator;

/**
 * Worst cases for the marker scanner and the classifier. A prefix of each body is segmented
 * first to warm up the JIT, then the whole body is timed. The limits are several times the
 * warm time on a loaded machine (the 12.5 MB staircase takes about 0.2 s), so only a
 * super-linear algorithm misses them. Real measurements belong in bench/ (JMH).
 */
class SegmentationPerformanceTest {
  private final BodySegmenter segmenter = new BodySegmenter();

  private List<Segment> timed(String body, Duration limit) {
    segmenter.segment(body.substring(0, Math.min(body.length(), 200_000)));  // JIT warm-up
    long start = System.nanoTime();
    List<Segment> s = segmenter.segment(body);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
    return s;
  }

  @Test
  void aOneMegabyteLineOfMarkersIsOneQuote() {
    List<Segment> s = timed("> ".repeat(500_000) + "x\n", Duration.ofSeconds(1));
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
    List<Segment> s = timed(b.toString(), Duration.ofSeconds(4));
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
    List<Segment> s = timed(b.toString(), Duration.ofSeconds(3));
    assertThat(s).hasSize(5001);
  }

  @Test
  void manyLongLinesThatAlmostLookLikeAttributions() {
    String line = "On " + "Tue, Jan 17, 2023 at 3:19 PM ".repeat(30) + "\n";
    timed(line.repeat(20_000), Duration.ofSeconds(3));
  }

  @Test
  void theUpstreamPathologicalEmailIsFast() throws Exception {
    Path p = CorpusLocator.sharedOrSkip("peer-corpora/email_reply_parser/test/emails/pathological.txt");
    String body = Files.readString(p);
    timed(body, Duration.ofSeconds(1));
  }

  @Test
  void theUpstreamLongQuoteIsFast() throws Exception {
    Path p = CorpusLocator.sharedOrSkip("peer-corpora/email_reply_parser/test/emails/email_long_quote.txt");
    timed(Files.readString(p), Duration.ofSeconds(1));
  }
}
