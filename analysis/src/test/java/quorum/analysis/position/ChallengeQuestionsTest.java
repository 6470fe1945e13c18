package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;

/** Questions that take a stand: a "why can't" challenge opposes, "what about <case>" is a concern. */
class ChallengeQuestionsTest {
  @Test
  void whyWithANegatedModalChallenges() {
    assertThat(PositionFinder.challenges(WHY_CANT_THIS_WAIT)).isTrue();
    assertThat(PositionFinder.challenges(WHY_NOT_REUSE)).isFalse(); // a suggestion
    assertThat(PositionFinder.challenges(DOES_IT_BREAK)).isFalse();
  }

  @Test
  void whatAboutACaseRaisesItAndWhatAboutDoingProposes() {
    assertThat(PositionFinder.raisesACase(WHAT_ABOUT_PEOPLE)).isTrue();
    assertThat(PositionFinder.raisesACase(WHAT_ABOUT_DOING)).isFalse();
  }
}
