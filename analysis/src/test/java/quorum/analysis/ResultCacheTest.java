package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.SentenceAnnotator;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.SeedLike;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.testing.CorpusLocator;

/** A thread analysed again comes from the cache folder, equal to a fresh analysis. */
class ResultCacheTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anUnchangedThreadIsNotAnalysedAgainAndAChangedOneIs(@TempDir Path dir) {
    AtomicInteger annotated = new AtomicInteger();
    SentenceAnnotator seed = SeedLike.annotator();
    SentenceAnnotator counting = text -> {
      annotated.incrementAndGet();
      return seed.annotate(text);
    };
    Discussion d = SeedLike.discussion();
    ThreadAnalysis fresh = new Analyzer(counting, AnalysisOptions.DEFAULT.withCacheDir(dir)).analyze(d);
    int first = annotated.get();
    assertThat(first).isPositive();
    assertThat(dir.resolve("threads")).isDirectoryRecursivelyContaining("glob:**.json");

    Analyzer again = new Analyzer(counting, AnalysisOptions.DEFAULT.withCacheDir(dir));
    assertThat(again.analyze(d)).isEqualTo(fresh);
    assertThat(again.resultHits()).isEqualTo(1);
    assertThat(annotated.get()).isEqualTo(first);

    Discussion renamed = new Discussion(d.subject() + " (v2)", d.messages(), d.tree());
    assertThat(again.analyze(renamed).subject()).endsWith("(v2)");
    assertThat(again.resultHits()).isEqualTo(1);
  }

  @Test
  void anUnreadableEntryIsAnalysedAgain(@TempDir Path dir) throws Exception {
    Discussion d = SeedLike.discussion();
    ThreadAnalysis fresh = new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT.withCacheDir(dir)).analyze(d);
    try (var files = Files.walk(dir.resolve("threads"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "{\"subject\":");
      }
    }
    Analyzer again = new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT.withCacheDir(dir));
    assertThat(again.analyze(d)).isEqualTo(fresh);
    assertThat(again.resultHits()).isZero();
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aCachedAnalysisOfRealThreadsPrintsTheSameJsonAsAFreshOne(CoreNlpAnnotator nlp, @TempDir Path dir)
      throws Exception {
    List<Discussion> threads = new Ingester(IngestOptions.LENIENT).ingest(List.of(
        CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.txt"),
        CorpusLocator.corpus("rfc-debates/distro-freeze-exception-quoting-attribution.mbox"))).discussions();
    assertThat(threads).hasSizeGreaterThanOrEqualTo(2);
    Analyzer first = new Analyzer(nlp, AnalysisOptions.DEFAULT.withCacheDir(dir));
    Analyzer second = new Analyzer(nlp, AnalysisOptions.DEFAULT.withCacheDir(dir));
    for (Discussion d : threads) {
      ThreadAnalysis fresh = first.analyze(d);
      ThreadAnalysis cached = second.analyze(d);
      assertThat(cached).isEqualTo(fresh);
      assertThat(JSON.writeValueAsString(AnalysisJson.tree(cached)))
          .isEqualTo(JSON.writeValueAsString(AnalysisJson.tree(fresh)));
    }
    assertThat(first.resultHits()).isZero();
    assertThat(second.resultHits()).isEqualTo(threads.size());
  }
}
