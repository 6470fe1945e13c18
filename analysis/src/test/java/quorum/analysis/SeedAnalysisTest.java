package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.eval.Evaluator;
import quorum.analysis.eval.Gold;
import quorum.analysis.eval.Scores;
import quorum.analysis.testing.NlpExtension;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.testing.CorpusLocator;

/** The seed end to end: ingest, analyze with the real models, score against its gold. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class SeedAnalysisTest {
  private static final String SEED = "bpf-kfunc-stability-2023-01-17";

  @Test
  void meetsTheGoldOnTheSeed(Analyzer analyzer) throws Exception {
    IngestResult r = new Ingester(IngestOptions.LENIENT).ingest(List.of(CorpusLocator.corpus(SEED + ".txt")));
    Discussion d = r.discussions().get(0);
    ThreadAnalysis a = analyzer.analyze(d);
    Scores s = new Evaluator().score(a, Gold.read(CorpusLocator.corpus(SEED + ".gold.json")));
    System.out.print(s.format());
    assertThat(s.parentAccuracy()).isEqualTo(1.0);
    assertThat(s.questionF1()).isEqualTo(1.0);
    assertThat(s.statusAccuracy()).isEqualTo(1.0);
    assertThat(s.formAccuracy()).isEqualTo(1.0);
    assertThat(s.stanceAccuracy()).isEqualTo(1.0);
    assertThat(s.normativeRecall()).isEqualTo(1.0);
    assertThat(s.decisionRecall()).isEqualTo(1.0);
    assertThat(s.decisionF1()).isGreaterThanOrEqualTo(0.8);
    assertThat(a.decided()).isFalse();
  }

  @Test
  void aSecondAnalysisComesFromTheCache(Analyzer analyzer) throws Exception {
    Discussion d = new Ingester(IngestOptions.LENIENT)
        .ingest(List.of(CorpusLocator.corpus(SEED + ".txt"))).discussions().get(0);
    ThreadAnalysis first = analyzer.analyze(d);
    int misses = analyzer.cacheMisses();
    ThreadAnalysis second = analyzer.analyze(d);
    assertThat(analyzer.cacheMisses()).isEqualTo(misses);
    assertThat(second).isEqualTo(first);
  }
}
