package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.analysis.Issue;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/** Every argued point ends with a state: open when nothing settled it. */
class UndecidedPointsTest {
  private static final Issue PATCH = issue("i1", "[PATCH] docs: deprecate the v1 API",
      Issue.Kind.PROPOSAL);
  private static final Issue QUOTED = issue("i2", "The v1 calls go away in 3.0.", Issue.Kind.ANCHOR);
  private static final Issue SUGGESTED = issue("i3", "We could ship a conversion script.",
      Issue.Kind.POINT);
  private static final Issue ASKED = issue("i4", "Who still uses the v1 calls?",
      Issue.Kind.QUESTION);

  @Test
  void pointsAndQuotedStatementsNothingSettledAreOpen() {
    List<Decision> out = UndecidedPoints.add(List.of(PATCH, QUOTED, SUGGESTED),
        List.of(decision(PATCH, DecisionStatus.PROPOSED)));
    assertThat(out).extracting(Decision::issue).containsExactly("i1", "i2", "i3");
    assertThat(out.subList(1, 3)).allMatch(d -> d.status() == DecisionStatus.OPEN
        && d.by().isEmpty() && d.gist().startsWith("not decided: "));
  }

  @Test
  void aSettledPointKeepsItsStateAndAQuestionGetsNoneAdded() {
    Decision agreed = decision(SUGGESTED, DecisionStatus.AGREED);
    List<Decision> out = UndecidedPoints.add(List.of(PATCH, SUGGESTED, ASKED),
        List.of(decision(PATCH, DecisionStatus.PROPOSED), agreed));
    assertThat(out).hasSize(2).contains(agreed);
    assertThat(out).noneMatch(d -> d.issue().equals("i4"));
  }

  private static Issue issue(String id, String text, Issue.Kind kind) {
    return new Issue(id, text, kind, Participant.named("Ana"), new MessageKey("m0"), "");
  }

  private static Decision decision(Issue i, DecisionStatus status) {
    return new Decision(i.id(), status, i.text(), Optional.empty(),
        new Evidence(i.in(), LineSpan.of(1, 1), i.text(), ""));
  }
}
