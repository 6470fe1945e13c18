package quorum.analysis.position;

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
import quorum.mail.Position;
import quorum.mail.Stance;

class UnusedIssuesTest {
  private static final Participant ANA = Participant.named("Ana Ruiz");
  private static final Participant BEN = Participant.named("Ben Okafor");
  private static final MessageKey M0 = new MessageKey("m0");
  private static final MessageKey M1 = new MessageKey("m1");

  private static Issue issue(String id, String text, Issue.Kind kind, MessageKey in) {
    return new Issue(id, text, kind, kind == Issue.Kind.PROPOSAL ? ANA : BEN, in, "");
  }

  private static Evidence at(MessageKey in) {
    return Evidence.of(in, LineSpan.of(1, 1), "text");
  }

  @Test
  void anIssueNoPositionOrDecisionUsesIsDroppedAndTheRestRenumbered() {
    List<Issue> issues = List.of(
        issue("i1", "remove the legacy config loader", Issue.Kind.PROPOSAL, M0),
        issue("i2", "Who tests the Windows installer?", Issue.Kind.QUESTION, M1),
        issue("i3", "We could ship a converter script.", Issue.Kind.POINT, M1),
        issue("i4", "Should the warning go to the log?", Issue.Kind.QUESTION, M1));
    List<Position> positions = List.of(new Position(BEN, "i3", Stance.SUPPORT, at(M1)));
    List<Decision> decisions = List.of(
        new Decision("i4", DecisionStatus.OPEN, "not decided", Optional.empty(), at(M1)));

    UnusedIssues.Result r = UnusedIssues.drop(issues, positions, decisions);

    assertThat(r.issues()).extracting(Issue::id).containsExactly("i1", "i2", "i3");
    assertThat(r.issues()).extracting(Issue::text).containsExactly(
        "remove the legacy config loader", "We could ship a converter script.",
        "Should the warning go to the log?");
    assertThat(r.positions()).singleElement().extracting(Position::issue).isEqualTo("i2");
    assertThat(r.decisions()).singleElement().extracting(Decision::issue).isEqualTo("i3");
  }

  @Test
  void theProposalStaysEvenWhenNobodyTookAStandOnIt() {
    List<Issue> issues = List.of(issue("i1", "remove the loader", Issue.Kind.PROPOSAL, M0));
    assertThat(UnusedIssues.drop(issues, List.of(), List.of()).issues()).hasSize(1);
  }
}
