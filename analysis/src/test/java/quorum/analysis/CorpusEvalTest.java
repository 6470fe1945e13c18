package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.eval.Evaluator;
import quorum.analysis.eval.Scores;
import quorum.analysis.testing.NlpExtension;
import quorum.testing.CorpusLocator;

/**
 * The labelled debate threads of corpus/rfc-debates scored end to end (real models). Prints
 * the figures per file and overall; the floors are loose because these threads were labelled
 * by others. Threads listed in corpus/holdout.txt are skipped: they are scored only at the
 * end, with {@code -Dquorum.eval.holdout=true}, which scores exactly those instead.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class CorpusEvalTest {
  @Test
  void scoresTheRfcDebates(Analyzer analyzer) throws Exception {
    List<Path> golds = new ArrayList<>();
    Path corpus = CorpusLocator.corpus(".");
    List<Path> holdout = new ArrayList<>();
    for (String line : Files.readAllLines(CorpusLocator.corpus("holdout.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        holdout.add(corpus.resolve(line.strip()).normalize());
      }
    }
    boolean scoreHoldout = Boolean.getBoolean("quorum.eval.holdout");
    try (Stream<Path> s = Files.list(CorpusLocator.corpus("rfc-debates"))) {
      s.filter(p -> p.toString().endsWith(".gold.json")).map(Path::normalize)
          .filter(p -> holdout.contains(p) == scoreHoldout).sorted().forEach(golds::add);
    }
    assertThat(golds).isNotEmpty();
    Evaluator ev = new Evaluator();
    Scores all = Scores.ZERO;
    for (Path g : golds) {
      Scores s = ev.evaluate(g, analyzer).scores();
      System.out.println("== " + g.getFileName());
      System.out.print(s.format());
      all = all.plus(s);
    }
    System.out.println("== overall (" + golds.size() + " threads)");
    System.out.print(all.format());
    assertThat(all.normativeRecall()).isGreaterThan(0.0);
    assertThat(all.questionRecall()).isGreaterThan(0.0);
    // positions match one-to-one: a found stance is never credited to two gold ones
    assertThat(all.positionsMatched()).isLessThanOrEqualTo(all.positionsFound());
  }
}
