package quorum.ingest.flat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.testing.CorpusLocator;
import quorum.testing.PlainMbox;

/**
 * Round trip on real list mail nobody here wrote: reply bodies from the ksummit archive
 * ({@code ../shared/peer-corpora/ksummit}, read in place, never copied) are flattened, recovered
 * and compared line by line.
 */
class KsummitRoundTripTest {
  private static final int PER_YEAR = 9;
  private static final String[] YEARS = {"2021", "2022", "2023", "2024", "2025", "2026"};

  private static List<String> cached;

  /** About 50 replies with quotes, spread evenly over the years (read once per JVM). */
  static synchronized List<String> sample() throws IOException {
    if (cached == null) {
      cached = List.copyOf(read());
    }
    return cached;
  }

  private static List<String> read() throws IOException {
    List<String> out = new ArrayList<>();
    for (String year : YEARS) {
      Path mbox = CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox");
      List<String> withQuotes = new ArrayList<>();
      for (PlainMbox.Mail m : PlainMbox.readAll(mbox)) {
        long quoted = m.body().lines().filter(l -> l.startsWith(">")).count();
        if (quoted >= 3 && m.body().length() < 20_000) {
          withQuotes.add(m.body());
        }
      }
      int step = Math.max(1, withQuotes.size() / PER_YEAR);
      for (int i = 0; i < withQuotes.size() && i / step < PER_YEAR; i += step) {
        out.add(withQuotes.get(i));
      }
    }
    return out;
  }

  @Test
  void recoversQuotedLinesOfRealRepliesFlattenedNewlineForSpace() throws IOException {
    RoundTrip.Score total = new RoundTrip.Score();
    List<String> bodies = sample();
    for (String body : bodies) {
      total.add(RoundTrip.score(body, RoundTrip.Flattening.NEWLINE_TO_SPACE));
    }
    System.out.println("ksummit round trip, " + bodies.size() + " replies, newline->space: " + total);
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(50);
    // measured 97.6% / 98.7% / 82.4%: quoted lines keep their breaks (markers); unquoted prose
    // is re-wrapped at 72 columns, which matches the writer's own wrap only about half the time
    assertThat(total.quotedRatio()).as(total.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(total.depthRatio()).as(total.toString()).isGreaterThanOrEqualTo(0.98);
    assertThat(total.exactRatio()).as(total.toString()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void recoversQuotedLinesOfRealRepliesWithWhitespaceCollapsed() throws IOException {
    RoundTrip.Score total = new RoundTrip.Score();
    List<String> bodies = sample();
    for (String body : bodies) {
      total.add(RoundTrip.score(body, RoundTrip.Flattening.COLLAPSED));
    }
    System.out.println("ksummit round trip, " + bodies.size() + " replies, collapsed: " + total);
    // measured 95.5% / 94.6% / 71.2%: blank lines are gone, so where own text starts after a
    // quote is found from line width and sentence ends alone
    assertThat(total.quotedRatio()).as(total.toString()).isGreaterThanOrEqualTo(0.94);
    assertThat(total.depthRatio()).as(total.toString()).isGreaterThanOrEqualTo(0.93);
    assertThat(total.exactRatio()).as(total.toString()).isGreaterThanOrEqualTo(0.70);
  }
}
