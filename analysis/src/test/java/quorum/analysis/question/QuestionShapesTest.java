package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;

/** Agenda items and questions to everyone, which replies settle differently. */
class QuestionShapesTest {
  @Test
  void aBulletedQuestionIsAListItem() {
    assertThat(QuestionFinder.listItem(AGENDA_ITEM)).isTrue();
    assertThat(QuestionFinder.listItem(WHY_CANT_THIS_WAIT)).isFalse();
  }
}
