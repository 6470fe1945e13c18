package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import quorum.analysis.nlp.SentenceAnnotator;
import quorum.analysis.testing.SeedLike;
import quorum.analysis.testing.Threads;
import quorum.mail.Discussion;

/** Many threads analysed together: same results, same order, more than one at a time. */
class AnalyzeAllTest {
  /** Sixteen one-message threads: one thread alone gives the pipeline nothing to overlap. */
  private static List<Discussion> shortThreads() {
    List<Discussion> out = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      out.add(new Threads("thread " + i)
          .message("m0", "Author " + i + " <a" + i + "@example.org>", null,
              own("Should we drop the old option " + i + "? I think we should."))
          .build());
    }
    out.add(SeedLike.discussion());
    return out;
  }

  @Test
  void givesEachThreadItsOwnAnalysisInOrderAsAnalyzeDoes() {
    List<Discussion> threads = shortThreads();
    Analyzer one = new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT);
    List<ThreadAnalysis> expected = threads.stream().map(one::analyze).toList();

    List<Discussion> seen = new ArrayList<>();
    List<ThreadAnalysis> got = new ArrayList<>();
    new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT).analyzeAll(threads, (d, a) -> {
      seen.add(d);
      got.add(a);
    });
    assertThat(seen).containsExactlyElementsOf(threads);
    assertThat(got).containsExactlyElementsOf(expected);
    assertThat(got.get(16).subject()).isEqualTo(SeedLike.discussion().subject());
  }

  @Test
  void keepsMoreThanOneShortThreadInTheLanguagePipelineAtOnce() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    SentenceAnnotator slow = text -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(30); // a long message being parsed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return List.of();
    };
    List<Discussion> oneMessageEach = shortThreads().subList(0, 16);
    new Analyzer(slow, AnalysisOptions.DEFAULT).analyzeAll(oneMessageEach, (d, a) -> { });
    assertThat(most.get()).isGreaterThan(1);
  }
}
