package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answered/open reader's file reads back as written, and it overturns the rules' verdict
 * only where its margin and scope let it.
 */
class AnswerModelTest {
  @Test
  void aModelFileReadsBackAsWritten() {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("bias", 0.25);
    w.put("first-reading=asks_back", -1.5);
    w.put("first-lem=the", 0.00001);
    String text = AnswerModel.format(0.5, AnswerModel.Scope.RESPONDED, w, "test model");
    assertThat(text).isEqualTo("# test model\nmargin\t0.5\nscope\tresponded\nbias\t0.25\n"
        + "first-reading=asks_back\t-1.5\n");
    AnswerModel m = AnswerModel.parse(text);
    assertThat(m.score(List.of("bias", "first-reading=asks_back", "unknown"))).isEqualTo(-1.25);
  }

  @Test
  void itOverturnsTheRulesOnlyPastItsMargin() {
    AnswerModel m = AnswerModel.parse("margin\t1\nbias\t0.5\nfirst-asks\t-2\n");
    assertThat(m.answered(false, true, List.of("bias"))).isFalse(); // 0.5 is not past 1
    assertThat(m.answered(true, true, List.of("bias"))).isTrue();
    assertThat(m.answered(true, true, List.of("bias", "first-asks"))).isFalse(); // -1.5 is
    AnswerModel everywhere = AnswerModel.parse("margin\t0\nbias\t0.5\nfirst-asks\t-2\n");
    assertThat(everywhere.answered(false, true, List.of("bias"))).isTrue();
    assertThat(everywhere.answered(true, true, List.of("bias", "first-asks"))).isFalse();
  }

  @Test
  void inTheRespondedScopeAQuestionNobodyTookUpKeepsTheRulesVerdict() {
    AnswerModel m = AnswerModel.parse("scope\tresponded\nbias\t3\n");
    assertThat(m.answered(false, false, List.of("bias"))).isFalse();
    assertThat(m.answered(false, true, List.of("bias"))).isTrue();
  }

  @Test
  void aLineThatIsNotANameAndAValueIsRefused() {
    assertThatThrownBy(() -> AnswerModel.parse("bias\t1\t2\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[bias\t1\t2]");
  }
}
