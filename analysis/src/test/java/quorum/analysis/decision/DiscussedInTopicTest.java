package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quorum.analysis.Issue;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Stance;

/** In a thread opened to discuss a topic, what others took up and nothing settled stays open. */
class DiscussedInTopicTest {
  private static final Issue TOPIC = issue("i1", "Reviewer burnout", Issue.Kind.PROPOSAL, "Ana");
  private static final Issue ROTATION = issue("i2",
      "How would a review rotation work for subsystems with a single maintainer?",
      Issue.Kind.QUESTION, "Ben");
  private static final Issue QUOTED = issue("i3",
      "Most of the review load lands on the same five people every cycle.",
      Issue.Kind.ANCHOR, "Ana");
  private static final Issue REMARK = issue("i4", "We could also ask employers for review time.",
      Issue.Kind.POINT, "Ben");

  /** A question another participant answered with a view is left for the session: open. */
  @Test
  void aQuestionOthersTookAStandOnStaysOpen() {
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, ROTATION),
        List.of(position("Cleo", ROTATION, Stance.CONCERN)), List.of(open(TOPIC)), List.of(),
        Optional.of(Participant.named("Ana")), Set.of(), true);
    assertThat(out).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.OPEN
        && d.gist().startsWith("discussed, not decided"));
  }

  /** A quoted statement someone argued with stays open too, also after another point settled. */
  @Test
  void aQuotedStatementStaysOpenThoughAnotherPointWasSettled() {
    Decision settled = new Decision("i2", DecisionStatus.AGREED, "Agreed, we'll try it.",
        Optional.of(Participant.named("Ana")), new Evidence(new MessageKey("m3"),
            LineSpan.of(1, 1), "Agreed, we'll try it.", ""));
    List<Decision> out = DiscussedInTopic.leaveOpen(List.of(TOPIC, ROTATION, QUOTED),
        List.of(position("Ben", QUOTED, Stance.OPPOSE)), List.of(open(TOPIC), settled));
    assertThat(out).anyMatch(d -> d.issue().equals("i3") && d.status() == DecisionStatus.OPEN);
    assertThat(out).filteredOn(d -> d.issue().equals("i2")).containsExactly(settled);
  }

  /** Only its raiser spoke to it, or it is a remark of a reply: nothing is added. */
  @Test
  void aQuestionOnlyItsAskerHoldsOrARemarkGetsNothing() {
    List<Decision> out = DiscussedInTopic.leaveOpen(List.of(TOPIC, ROTATION, REMARK),
        List.of(position("Ben", ROTATION, Stance.SUPPORT), position("Cleo", REMARK,
            Stance.SUPPORT)), List.of(open(TOPIC)));
    assertThat(out).containsExactly(open(TOPIC));
  }

  /** Outside a discussion topic (a patch, an RFC) the rule does not apply. */
  @Test
  void aProposalUnderReviewGetsNothingFromIt() {
    Decision applied = new Decision("i1", DecisionStatus.AGREED, "Applied, thanks.",
        Optional.of(Participant.named("Dan")), new Evidence(new MessageKey("m4"),
            LineSpan.of(1, 1), "Applied, thanks.", ""));
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, ROTATION),
        List.of(position("Cleo", ROTATION, Stance.CONCERN)), List.of(applied), List.of(),
        Optional.of(Participant.named("Ana")), Set.of(), false);
    assertThat(out).containsExactly(applied);
  }

  private static Issue issue(String id, String text, Issue.Kind kind, String by) {
    return new Issue(id, text, kind, Participant.named(by), new MessageKey("m0"), "");
  }

  private static Position position(String who, Issue i, Stance s) {
    return new Position(Participant.named(who), i.id(), s,
        new Evidence(new MessageKey("m1"), LineSpan.of(1, 1), "text", ""));
  }

  private static Decision open(Issue i) {
    return new Decision(i.id(), DecisionStatus.OPEN, "discussed, not decided: " + i.text(),
        Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), ""));
  }
}
