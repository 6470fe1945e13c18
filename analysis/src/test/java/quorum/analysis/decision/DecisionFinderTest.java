package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;
import quorum.mail.DecisionStatus;

class DecisionFinderTest {
  @Test
  void appliedAndLetsGoWithSettleInFavour() {
    assertThat(DecisionFinder.statusOf(APPLIED_THANKS)).contains(DecisionStatus.AGREED);
    assertThat(DecisionFinder.statusOf(LETS_GO_WITH)).contains(DecisionStatus.AGREED);
  }

  @Test
  void nakSettlesAgainst() {
    assertThat(DecisionFinder.statusOf(NAK)).contains(DecisionStatus.REJECTED);
  }

  @Test
  void negatedOrGerundCuesSettleNothing() {
    assertThat(DecisionFinder.statusOf(NOT_APPLIED)).isEmpty();
    assertThat(DecisionFinder.statusOf(FEEL_FREE_CRITIQUE)).isEmpty();
  }

  @Test
  void aConditionMakesItAProposal() {
    assertThat(DecisionFinder.statusOf(IF_NOBODY_OBJECTS)).contains(DecisionStatus.PROPOSED);
  }

  @Test
  void questionsSettleNothing() {
    assertThat(DecisionFinder.statusOf(CLARIFY_BAN)).isEmpty();
  }

  @Test
  void approvedSettlesEvenWithAsLongAs() {
    assertThat(DecisionFinder.statusOf(APPROVED_AS_LONG_AS)).contains(DecisionStatus.AGREED);
  }

  @Test
  void notGoingInRejects() {
    assertThat(DecisionFinder.statusOf(NOT_GOING_IN)).contains(DecisionStatus.REJECTED);
  }

  @Test
  void anAcceptanceMustOpenTheSentenceAndNotBeNegated() {
    assertThat(DecisionFinder.opensWithAcceptance(AGREED_MUST_V3)).isTrue();
    assertThat(DecisionFinder.opensWithAcceptance(DO_NOT_AGREE)).isFalse();
    assertThat(DecisionFinder.opensWithAcceptance(PLUS_ONE_FROM_ME)).isFalse();
  }

  @Test
  void aBareCallForRepliesLeavesNothingOpen() {
    assertThat(DecisionFinder.invitesFeedback(question("Thoughts?"))).isTrue();
    assertThat(DecisionFinder.invitesFeedback(question("Does that sound okay for you?"))).isTrue();
    assertThat(DecisionFinder.invitesFeedback(question(
        "Any comments on whether the old option should stay for one more release?"))).isFalse();
  }

  private static quorum.analysis.Issue question(String text) {
    return new quorum.analysis.Issue("i1", text, quorum.analysis.Issue.Kind.QUESTION,
        quorum.mail.Participant.named("A"), new quorum.mail.MessageKey("m1"), "");
  }
}
