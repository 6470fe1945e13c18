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

  @Test
  void readsEvaluationsWithoutStanceWords() {
    assertThat(reader.read(StanceSentences.SOUNDS_GREAT)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.THANKS_READS_BETTER)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.MAY_GET_CONFUSED)).contains(Stance.CONCERN);
  }

  @Test
  void negationFlipsAnEvaluationAndANegatedStanceWord() {
    assertThat(reader.read(StanceSentences.DONT_THINK_GOOD_IDEA)).contains(Stance.OPPOSE);
    assertThat(reader.read(StanceSentences.DOESNT_MAKE_SENSE)).contains(Stance.OPPOSE);
    assertThat(reader.read(StanceSentences.NOT_A_BIG_FAN)).contains(Stance.OPPOSE);
  }

  @Test
  void hedgesMakeAConcernNotAnOpposition() {
    assertThat(reader.read(StanceSentences.WRONG_LAYER)).contains(Stance.OPPOSE);
    assertThat(reader.read(StanceSentences.MIGHT_BE_WRONG_LAYER)).contains(Stance.CONCERN);
    assertThat(reader.read(StanceSentences.COULD_END_UP_BREAKING)).contains(Stance.CONCERN);
  }

  @Test
  void providedAndAsLongAsMakeSupportConditional() {
    assertThat(reader.read(StanceSentences.FINE_PROVIDED)).contains(Stance.CONDITIONAL);
    assertThat(reader.read(StanceSentences.AS_LONG_AS_THIS_IS_FINE)).contains(Stance.CONDITIONAL);
  }

  @Test
  void leavingTheDecisionToOthersDefers() {
    assertThat(reader.read(StanceSentences.LEAVE_IT_TO_YOU)).contains(Stance.DEFERS);
    assertThat(reader.read(StanceSentences.CALLS_WHATEVER)).isEmpty();
  }

  @Test
  void aNackOpposesEvenWithAReasonAfterIt() {
    assertThat(reader.read(StanceSentences.NACKED_BREAKS)).contains(Stance.OPPOSE);
  }

  @Test
  void doingWhatWasAskedSupports() {
    assertThat(reader.read(StanceSentences.APPLIED_THANKS)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.FIXED_IN_V3)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.WILL_DO_BOTH)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.HAPPY_TO_HELP)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.FIXED_A_TYPO)).isEmpty();
    assertThat(StanceReader.onTheWholeProposal(StanceSentences.APPLIED_THANKS)).isTrue();
    assertThat(StanceReader.onTheWholeProposal(StanceSentences.FIXED_IN_V3)).isFalse();
  }

  @Test
  void aConcernSettledSupportsAndOthersConcernsTakeNoStand() {
    assertThat(reader.read(StanceSentences.CONCERNS_ADDRESSED)).contains(Stance.SUPPORT);
    assertThat(reader.read(StanceSentences.LISTS_CONCERNS)).isEmpty();
  }

  @Test
  void aParticipleWithoutSubjectIsNoAgreement() {
    assertThat(reader.read(StanceSentences.BOTH_SUPPORTED_UNTIL)).isEmpty();
  }

  @Test
  void anIfClauseOnAComplementSetsNoCondition() {
    // the "if" clause hangs on "miss", not on the judgement "hard"
    assertThat(reader.read(StanceSentences.HARD_TO_MISS_IF)).contains(Stance.SUPPORT);
    assertThat(reader.read(WOULD_SUPPORT_IF)).contains(Stance.CONDITIONAL);
  }

  @Test
  void butDontAfterPraiseOpposes() {
    assertThat(reader.read(StanceSentences.FINE_BUT_DONT_MERGE)).contains(Stance.OPPOSE);
  }

  @Test
  void someoneElsesDislikeIsReportedNotTaken() {
    assertThat(reader.read(StanceSentences.HE_DOESNT_LIKE)).isEmpty();
    assertThat(reader.read(StanceSentences.GREG_DOESNT_LIKE)).isEmpty();
  }

  static final quorum.analysis.nlp.Sentence NO_OBJECTIONS = quorum.analysis.testing.S.of("No objections from me.",
      "No|DT|no objections|NNS|objection from|IN|from me|PRP|I .|.|.",
      "det(2,1) root(0,2) case(4,3) nmod:from(2,4) punct(2,5)");

  static final quorum.analysis.nlp.Sentence NO_PROBLEM_WITH_THIS = quorum.analysis.testing.S.of("No problem with this.",
      "No|DT|no problem|NN|problem with|IN|with this|DT|this .|.|.",
      "det(2,1) root(0,2) case(4,3) nmod:with(2,4) punct(2,5)");

  static final quorum.analysis.nlp.Sentence NO_REAL_REASON = quorum.analysis.testing.S.of("No real reason; the fix applies with some fuzz.",
      "No|DT|no real|JJ|real reason|NN|reason ;|:|; the|DT|the fix|NN|fix applies|VBZ|apply with|IN|with some|DT|some fuzz|NN|fuzz .|.|.",
      "det(3,1) amod(3,2) root(0,3) punct(3,4) det(6,5) nsubj(7,6) parataxis(3,7) case(10,8) det(10,9) obl:with(7,10) punct(3,11)");

  static final quorum.analysis.nlp.Sentence REVIEWED_BY_IN_PROSE = quorum.analysis.testing.S.of("Even today Reviewed-by: doesn't always mean the reviewer understood it.",
      "Even|RB|even today|NN|today Reviewed|VBN|review -|HYPH|- by|RP|by :|:|: does|VBZ|do n't|RB|not always|RB|always mean|VB|mean the|DT|the reviewer|NN|reviewer understood|VBD|understand it|PRP|it .|.|.",
      "advmod(2,1) obl:tmod(10,2) dep(2,3) punct(2,4) dep(2,5) punct(10,6) aux(10,7) advmod(10,8) advmod(10,9) root(0,10) det(12,11) nsubj(13,12) ccomp(10,13) obj(13,14) punct(10,15)");

  static final quorum.analysis.nlp.Sentence THEY_PREFER = quorum.analysis.testing.S.of("Most vendors do it anyway, as they prefer keeping the effort low.",
      "Most|JJS|most vendors|NNS|vendor do|VBP|do it|PRP|it anyway|RB|anyway ,|,|, as|IN|as they|PRP|they prefer|VBP|prefer keeping|VBG|keep the|DT|the effort|NN|effort low|JJ|low .|.|.",
      "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) advmod(3,5) punct(3,6) mark(9,7) nsubj(9,8) advcl:as(3,9) xcomp(9,10) det(12,11) obj(10,12) amod(12,13) punct(3,14)");

  @Test
  void aDeniedReservationSupportsAndADeniedReasonTakesNoStand() {
    // "No MUST for selftests." refuses; "No objections." and "No problem with this." clear the way
    assertThat(reader.read(NO_OBJECTIONS)).contains(Stance.SUPPORT);
    assertThat(reader.read(NO_PROBLEM_WITH_THIS)).contains(Stance.SUPPORT);
    assertThat(reader.read(NO_REAL_REASON)).isEmpty();
  }

  @Test
  void supportCuesOfOthersOrTrailerWordsInProseTakeNoStand() {
    assertThat(reader.read(REVIEWED_BY_IN_PROSE)).isEmpty();
    assertThat(reader.read(THEY_PREFER)).isEmpty();
  }

  @Test
  void denyingAQuotedClaimOpposesIt() {
    assertThat(reader.read(StanceSentences.DONT_THINK_UNMAINTAINED)).contains(Stance.OPPOSE);
    assertThat(reader.read(StanceSentences.DONT_THINK_ANYONE_USES)).isEmpty(); // an argument
  }

  @Test
  void seeingNoReasonToChangeOpposesAndNoReasonNotToSupports() {
    assertThat(reader.read(StanceSentences.NO_REASON_TO_CHANGE)).contains(Stance.OPPOSE);
    assertThat(reader.read(StanceSentences.NO_REASON_NOT_TO)).contains(Stance.SUPPORT);
  }
}
