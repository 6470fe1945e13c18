package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import quorum.analysis.Issue;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * The attachment ranker's choice: the chain's issue stays unless another scores more than
 * the margin above it; with "add" the sentence keeps the chain's issue and gains the other;
 * its file reads back as written.
 */
class AttachModelTest {
  private static Issue issue(String id, Issue.Kind kind) {
    return new Issue(id, "issue " + id, kind, new Participant("Olga Ivanova",
        java.util.Optional.empty()), new MessageKey("m0"), "");
  }

  private static final Issue PROPOSAL = issue("i1", Issue.Kind.PROPOSAL);
  private static final Issue QUESTION = issue("i2", Issue.Kind.QUESTION);

  private static Map<Issue, List<String>> candidates() {
    Map<Issue, List<String>> c = new LinkedHashMap<>();
    c.put(PROPOSAL, List.of("bias", "rule", "kind=proposal"));
    c.put(QUESTION, List.of("bias", "quoted", "s.most", "kind=question"));
    return c;
  }

  private static AttachModel model(double margin, AttachModel.Use use) {
    Map<String, Double> w = new TreeMap<>(Map.of("rule", 1.0, "quoted", 1.5, "s.most", 0.8,
        "bias", -2.0));
    return AttachModel.parse(AttachModel.format(margin, use, w, "test model"));
  }

  @Test
  void anIssueScoringClearlyAboveTheChainsChoiceWins() {
    assertThat(model(0.5, AttachModel.Use.MOVE).pick(candidates(), PROPOSAL))
        .containsExactly(QUESTION);
  }

  @Test
  void theChainsChoiceStaysWithinTheMargin() {
    // 2.3 against 1.0: a margin of 1.5 keeps the chain's choice
    assertThat(model(1.5, AttachModel.Use.MOVE).pick(candidates(), PROPOSAL))
        .containsExactly(PROPOSAL);
  }

  @Test
  void addKeepsTheChainsChoiceFirstAndAddsTheRankersToo() {
    assertThat(model(0.5, AttachModel.Use.ADD).pick(candidates(), PROPOSAL))
        .containsExactly(PROPOSAL, QUESTION);
  }

  @Test
  void theFileReadsBackAsWritten() {
    Map<String, Double> w = new TreeMap<>(Map.of("rule", 1.25, "quoted", -0.5, "zero", 0.0));
    String text = AttachModel.format(0.5, AttachModel.Use.ADD, w, "a comment");
    assertThat(text).isEqualTo("# a comment\nmargin\t0.5\nuse\tadd\nquoted\t-0.5\nrule\t1.25\n");
    assertThat(AttachModel.parse(text).score(List.of("rule", "quoted", "unknown")))
        .isEqualTo(0.75);
  }

  @Test
  void aMalformedLineIsRejectedWithTheLine() {
    assertThatThrownBy(() -> AttachModel.parse("margin\t0\nrule 1.0\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[rule 1.0]");
  }
}
