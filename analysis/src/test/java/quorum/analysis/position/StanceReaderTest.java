package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;
import quorum.mail.Stance;

class StanceReaderTest {
  private final StanceReader reader = new StanceReader();

  @Test
  void noStrongOpinionIsNeutralEvenWithACondition() {
    assertThat(reader.read(NO_STRONG_OPINION)).contains(Stance.NEUTRAL);
    assertThat(reader.read(FINE_EITHER_WAY)).contains(Stance.NEUTRAL);
  }

  @Test
  void supportingWhateverIsDecidedDefers() {
    assertThat(reader.read(SUPPORT_WHATEVER)).contains(Stance.DEFERS);
  }

  @Test
  void negationTurnsAgreementAndObjectionAround() {
    assertThat(reader.read(DONT_AGREE)).contains(Stance.OPPOSE);
    assertThat(reader.read(AGREE_KEEPING)).contains(Stance.SUPPORT);
    assertThat(reader.read(DONT_OBJECT)).contains(Stance.SUPPORT);
  }

  @Test
  void readsConcernsAndConditions() {
    assertThat(reader.read(MAIN_CONCERN)).contains(Stance.CONCERN);
    assertThat(reader.read(STOPS_ME_NOT_SURE_WHY)).contains(Stance.CONCERN);
    assertThat(reader.read(WOULD_SUPPORT_IF)).contains(Stance.CONDITIONAL);
  }

  @Test
  void takesNoStandInQuestionsOrPlainStatements() {
    assertThat(reader.read(CLARIFY_BAN)).isEmpty();
    assertThat(reader.read(GOOD_QUESTION)).isEmpty();
    assertThat(reader.read(IF_YOU_CARE)).isEmpty();
    assertThat(reader.read(THIS_PATCH_ADDS)).isEmpty();
  }

  @Test
  void aNegatedConcernPhraseIsStillAConcern() {
    assertThat(reader.read(NOT_CONVINCED_WONT_BLOCK)).contains(Stance.CONCERN);
    assertThat(reader.read(NOT_SURE_IT_HANDLES)).contains(Stance.CONCERN);
  }

  @Test
  void livingWithItIsConditionalAndWorksForUsSupports() {
    assertThat(reader.read(COULD_LIVE_WITH)).contains(Stance.CONDITIONAL);
    assertThat(reader.read(WORKS_FOR_US)).contains(Stance.SUPPORT);
  }

  @Test
  void tooWeakOpposesAndNotAttachedIsNeutral() {
    assertThat(reader.read(TOO_WEAK)).contains(Stance.OPPOSE);
    assertThat(reader.read(NOT_ATTACHED)).contains(Stance.NEUTRAL);
  }

  @Test
  void fineEitherWayOnAConditionIsConditional() {
    assertThat(reader.read(FINE_EITHER_WAY_AS_LONG_AS)).contains(Stance.CONDITIONAL);
    assertThat(reader.read(NO_STRONG_OPINION)).contains(Stance.NEUTRAL);
  }

  @Test
  void aVerblessNoRefuses() {
    assertThat(reader.read(NO_MUST_FOR_SELFTESTS)).contains(Stance.OPPOSE);
  }

  @Test
  void approvalOnAConditionIsConditional() {
    assertThat(reader.read(APPROVED_AS_LONG_AS)).contains(Stance.CONDITIONAL);
  }

  @Test
  void anImperativeKeepBacksTheQuotedPoint() {
    // hand-tagged as the pipeline tags imperatives: only the first token's word and tag count
    assertThat(reader.read(quorum.analysis.testing.S.of("Keep SHOULD NOT for clients.",
        "Keep|VB|keep SHOULD|MD|should NOT|RB|not for|IN|for clients|NNS|client .|.|.",
        "root(0,1) aux(1,2) advmod(1,3) case(5,4) obl:for(1,5) punct(1,6)"))).contains(Stance.SUPPORT);
  }
}
