package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.position.StanceSentences.*;

import org.junit.jupiter.api.Test;

class ConcernQuestionTest {
  @Test
  void doubtingWhatTheProposalCanDoIsAConcern() {
    assertThat(ConcernQuestion.raises(CAN_IT_HANDLE)).isTrue();
    assertThat(ConcernQuestion.raises(WILL_THIS_DO_RIGHT)).isTrue();
    assertThat(ConcernQuestion.raises(WHAT_HAPPENS_IF)).isTrue();
  }

  @Test
  void questionsToThePeopleAskOrPropose() {
    assertThat(ConcernQuestion.raises(COULD_YOU_ADD)).isFalse();
    assertThat(ConcernQuestion.raises(CAN_WE_DROP)).isFalse();
    assertThat(ConcernQuestion.raises(DOES_THAT_WORK_FOR_YOU)).isFalse();
  }

  @Test
  void askingTheProposalToAlsoCoverMoreWidensIt() {
    assertThat(ConcernQuestion.widens(COULD_THIS_ALSO_INCLUDE)).isTrue();
    assertThat(ConcernQuestion.widens(CAN_IT_HANDLE)).isFalse(); // doubts it copes
  }
}
