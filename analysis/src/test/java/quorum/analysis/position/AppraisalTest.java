package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.position.StanceSentences.*;

import org.junit.jupiter.api.Test;
import quorum.mail.Stance;

class AppraisalTest {
  @Test
  void praiseThroughALinkingVerbSupports() {
    assertThat(Appraisal.of(SOUNDS_GREAT).map(Appraisal::stance)).contains(Stance.SUPPORT);
    assertThat(Appraisal.of(LOOKS_NICE).map(Appraisal::stance)).contains(Stance.SUPPORT);
  }

  @Test
  void aCostIsAConcernWhetherHedgedOrMeasured() {
    assertThat(Appraisal.of(MIGHT_GET_EXPENSIVE)).hasValueSatisfying(a -> {
      assertThat(a.kind()).isEqualTo(Appraisal.Kind.COST);
      assertThat(a.hedged()).isTrue();
    });
    assertThat(Appraisal.of(FEELS_VERY_LOW).map(Appraisal::stance)).contains(Stance.CONCERN);
    assertThat(Appraisal.of(COULD_END_UP_BREAKING).map(Appraisal::stance)).contains(Stance.CONCERN);
  }

  @Test
  void negationOnTheOpinionVerbTurnsTheClauseAround() {
    assertThat(Appraisal.of(DONT_THINK_GOOD_IDEA)).hasValueSatisfying(a -> {
      assertThat(a.kind()).isEqualTo(Appraisal.Kind.PRAISE);
      assertThat(a.negated()).isTrue();
      assertThat(a.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aHedgedVerdictIsOnlyAConcern() {
    assertThat(Appraisal.of(WRONG_LAYER).map(Appraisal::stance)).contains(Stance.OPPOSE);
    assertThat(Appraisal.of(MIGHT_BE_WRONG_LAYER).map(Appraisal::stance)).contains(Stance.CONCERN);
  }

  @Test
  void aDeniedCostPlaysTheConcernDown() {
    assertThat(Appraisal.of(NOT_THAT_BIG_AN_ISSUE)).hasValueSatisfying(a -> {
      assertThat(a.downplaysACost()).isTrue();
      assertThat(a.stance()).isEqualTo(Stance.SUPPORT);
    });
    assertThat(Appraisal.of(DONT_THINK_A_PROBLEM).filter(Appraisal::downplaysACost)).isPresent();
    assertThat(Appraisal.of(COULD_END_UP_BREAKING).filter(Appraisal::downplaysACost)).isEmpty();
  }

  @Test
  void theSpeakerCountsOnlyWithTheSpeakersOwnWords() {
    assertThat(Appraisal.of(NOT_A_BIG_FAN).map(Appraisal::stance)).contains(Stance.OPPOSE);
    assertThat(Appraisal.of(IM_FOR_IT).map(Appraisal::stance)).contains(Stance.SUPPORT);
  }

  @Test
  void reportsAndHistoryTakeNoStand() {
    assertThat(Appraisal.of(JIM_THINKS_FINE)).isEmpty();
    assertThat(Appraisal.of(OLD_CODE_WAS_CONFUSING)).isEmpty();
    assertThat(Appraisal.of(HARD_TO_SAY)).isEmpty();
  }

  @Test
  void theNotOfAnRfc2119KeywordIsNoNegation() {
    assertThat(Appraisal.of(MUST_NOT_IS_FINE).map(Appraisal::stance)).contains(Stance.SUPPORT);
  }

  @Test
  void praiseUnderAnAdverbOfDoubtIsAReservation() {
    assertThat(Appraisal.of(POTENTIALLY_LOOKS_GOOD)).hasValueSatisfying(a -> {
      assertThat(a.doubted()).isTrue();
      assertThat(a.stance()).isEqualTo(Stance.CONCERN);
    });
    assertThat(Appraisal.of(LOOKS_NICE).map(Appraisal::stance)).contains(Stance.SUPPORT);
  }

  @Test
  void aMistakeMadeHardPraisesButADifficultGoalIsACost() {
    assertThat(Appraisal.of(HARD_TO_MISS_IF).map(Appraisal::stance)).contains(Stance.SUPPORT);
    assertThat(Appraisal.of(HARD_TO_GET_RIGHT).map(Appraisal::stance)).contains(Stance.CONCERN);
  }

  @Test
  void theSpeakersInterestSupports() {
    assertThat(Appraisal.of(IM_INTERESTED).map(Appraisal::stance)).contains(Stance.SUPPORT);
  }
}
