package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.analysis.testing.Threads;
import quorum.mail.Stance;

/**
 * The learned stance reader: the shipped model loads from the classpath and reads a clear
 * stance where the hand-written rules read none, its file reads back as written, and it
 * combines with the rules as its file says.
 */
class StanceModelTest {
  private static final String PROPOSAL = "We propose to move the timeout knob into sysfs.";

  /** The features of {@code s} written as a reply under a quote of the proposal. */
  private static List<String> underTheProposal(Sentence s) {
    ThreadView view = ThreadView.of(new Threads("[RFC] move the timeout knob")
        .message("m0", "Olga Ivanova", null, own(PROPOSAL))
        .message("m1", "Ben Carter", "m0", quote(PROPOSAL), own(s.text()))
        .build(), (key, text) -> new ScriptedAnnotator(s).annotate(text));
    Turn t = view.turns().get(1);
    Sentence read = t.sentences().get(0);
    return StanceFeatures.of(read, t.blockOf(read), t, false, null, Optional.empty());
  }

  private static StanceModel shipped() throws Exception {
    try (InputStream in = StanceModel.class.getResourceAsStream(StanceModel.RESOURCE)) {
      assertThat(in).as("the shipped stance model").isNotNull();
      return StanceModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theShippedModelReadsAClearStanceTheRulesLeaveOut() throws Exception {
    StanceModel m = shipped();
    assertThat(m.labels()).startsWith("none", "support");
    assertThat(m.read(underTheProposal(StanceSentences.SOUNDS_GREAT))).contains(Stance.SUPPORT);
    assertThat(m.read(underTheProposal(StanceSentences.AS_LONG_AS_THIS_IS_FINE)))
        .contains(Stance.CONDITIONAL);
    assertThat(m.read(underTheProposal(StanceSentences.FIXED_A_TYPO))).isEmpty();
  }

  @Test
  void aModelFileReadsBackAsWritten() {
    Map<String, double[]> w = new LinkedHashMap<>();
    w.put("bias", new double[] {1.0, 0.0});
    w.put("lem=great", new double[] {-1.0, 2.5});
    w.put("lem=the", new double[] {0.00001, 0.0});
    String text = StanceModel.format(List.of("none", "support"), 0.5, StanceModel.Use.GAPS, w,
        "test model");
    assertThat(text).startsWith("# test model\n").doesNotContain("lem=the");
    StanceModel m = StanceModel.parse(text);
    assertThat(m.read(List.of("bias", "lem=great"))).contains(Stance.SUPPORT);
    assertThat(m.read(List.of("bias"))).isEmpty();
    assertThat(StanceModel.format(List.of("none", "support"), 0.5, StanceModel.Use.GAPS, w,
        "test model")).isEqualTo(text);
  }

  @Test
  void inGapsTheRulesReadingWinsAndTheModelReadsOnlyWhereTheyReadNothing() {
    StanceModel m = StanceModel.parse("labels\tnone\toppose\nuse\tgaps\nbias\t0\t1\n");
    assertThat(m.combine(Optional.of(Stance.SUPPORT), () -> List.of("bias")))
        .contains(Stance.SUPPORT);
    assertThat(m.combine(Optional.empty(), () -> List.of("bias"))).contains(Stance.OPPOSE);
    StanceModel first = StanceModel.parse("labels\tnone\toppose\nuse\tfirst\nbias\t0\t1\n");
    assertThat(first.combine(Optional.of(Stance.SUPPORT), () -> List.of("bias")))
        .contains(Stance.OPPOSE);
  }
}
