package quorum.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.analysis.position.AttachModel;

/**
 * The attachment trainer's fit: a feature that marks the issue spoken to gets a positive
 * weight, one that marks the others a negative one, a feature seen in too few threads is
 * dropped, and the same rows give the same model text, byte for byte.
 */
class AttachTrainerTest {
  /** Six threads; in each, two sentences: the quoted issue spoken to, the proposal not. */
  private static List<AttachTrainer.Example> rows() {
    List<AttachTrainer.Example> out = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      String thread = "t" + t + ".gold.json";
      for (int s = 0; s < 2; s++) {
        out.add(new AttachTrainer.Example(thread, true, List.of("bias", "quoted", "s.most")));
        out.add(new AttachTrainer.Example(thread, false, List.of("bias", "rule",
            "kind=proposal")));
      }
    }
    out.add(new AttachTrainer.Example("t0.gold.json", true, List.of("bias", "only-here")));
    return out;
  }

  private static final AttachTrainer.Options OPTIONS =
      new AttachTrainer.Options(1.0, 0.0, 4, AttachModel.Use.MOVE);

  @Test
  void learnsWhichFeaturesMarkTheIssueSpokenTo() {
    String model = AttachTrainer.fit(rows(), OPTIONS, 6, 13).model();
    assertThat(weight(model, "quoted")).isPositive();
    assertThat(weight(model, "kind=proposal")).isNegative();
    assertThat(model).doesNotContain("only-here").contains("margin\t0\nuse\tmove\n");
  }

  @Test
  void theSameRowsGiveTheSameModelText() {
    assertThat(AttachTrainer.fit(rows(), OPTIONS, 6, 13).model())
        .isEqualTo(AttachTrainer.fit(rows(), OPTIONS, 6, 13).model());
  }

  private static double weight(String model, String feature) {
    return model.lines().filter(l -> l.startsWith(feature + "\t")).findFirst()
        .map(l -> Double.parseDouble(l.split("\t")[1])).orElse(0.0);
  }
}
