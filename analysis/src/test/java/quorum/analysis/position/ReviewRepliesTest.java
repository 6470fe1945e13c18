package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.S;
import quorum.mail.Stance;

/**
 * Short review replies as the real pipeline parses them: commitments, verdict words, denied
 * reservations and needs, leading questions, "worth", and cues that report someone else's
 * stance or the addressee's wish rather than the speaker's.
 */
class ReviewRepliesTest {
  private final StanceReader reader = new StanceReader();

  static final Sentence THANKS_APPLIED = S.of("Thanks, applied.",
      "Thanks|NN|thanks ,|,|, applied|VBD|apply .|.|.",
      "nsubj(3,1) punct(3,2) root(0,3) punct(3,4)");

  static final Sentence WILL_FIX_IN_V2 = S.of("Will fix in v2.",
      "Will|MD|will fix|VB|fix in|IN|in v2|NN|v2 .|.|.",
      "aux(2,1) root(0,2) case(4,3) obl:in(2,4) punct(2,5)");

  static final Sentence ILL_SEND_A_V2 = S.of("I'll send a v2 with that change.",
      "I|PRP|I 'll|MD|will send|VB|send a|DT|a v2|NN|v2 with|IN|with that|DT|that change|NN|change .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) obl:with(3,8) punct(3,9)");

  static final Sentence ACK = S.of("Ack.",
      "Ack|NNP|Ack .|.|.",
      "root(0,1) punct(1,2)");

  static final Sentence NOT_A_FAN = S.of("Not a fan.",
      "Not|RB|not a|DT|a fan|NN|fan .|.|.",
      "advmod(3,1) det(3,2) root(0,3) punct(3,4)");

  static final Sentence LETS_NOT = S.of("Let's not.",
      "Let|VB|let 's|PRP|'s not|RB|not .|.|.",
      "root(0,1) nsubj(3,2) ccomp(1,3) punct(1,4)");

  static final Sentence HAVE_NO_OBJECTION = S.of("I have no objection.",
      "I|PRP|I have|VBP|have no|DT|no objection|NN|objection .|.|.",
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");

  static final Sentence SEE_NO_PROBLEM = S.of("I see no problem with this.",
      "I|PRP|I see|VBP|see no|DT|no problem|NN|problem with|IN|with this|DT|this .|.|.",
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)");

  static final Sentence ADD_MY_ACKED_BY = S.of("Feel free to add my Acked-by.",
      "Feel|VB|feel free|JJ|free to|TO|to add|VB|add my|PRP$|my Acked|VBN|ack -|HYPH|- by|RP|by .|.|.",
      "root(0,1) xcomp(1,2) mark(4,3) dep(2,4) obj(4,5) dep(5,6) punct(6,7) compound:prt(6,8) punct(1,9)");

  static final Sentence DONT_SEE_THE_NEED = S.of("I don't see the need for a new flag.",
      "I|PRP|I do|VBP|do n't|RB|not see|VB|see the|DT|the need|NN|need for|IN|for a|DT|a new|JJ|new flag|NN|flag .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(6,5) obj(4,6) case(10,7) det(10,8) amod(10,9) nmod:for(6,10) punct(4,11)");

  static final Sentence DONT_SEE_WHY_WE_NEED = S.of("I don't see why we need this.",
      "I|PRP|I do|VBP|do n't|RB|not see|VB|see why|WRB|why we|PRP|we need|VBP|need this|DT|this .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) advmod(7,5) nsubj(7,6) advcl(4,7) obj(7,8) punct(4,9)");

  static final Sentence DONT_SEE_WHY_NOT = S.of("I don't see why not.",
      "I|PRP|I do|VBP|do n't|RB|not see|VB|see why|WRB|why not|RB|not .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) advmod(6,5) advcl(4,6) punct(4,7)");

  static final Sentence IS_THIS_ANON = S.of("Is this anon?",
      "Is|VBZ|be this|DT|this anon|NN|anon ?|.|?",
      "cop(3,1) nsubj(3,2) root(0,3) punct(3,4)");

  static final Sentence GOING_TO_BREAK = S.of("Is it going to break old configurations?",
      "Is|VBZ|be it|PRP|it going|VBG|go to|TO|to break|VB|break old|JJ|old configurations|NNS|configuration ?|.|?",
      "aux(3,1) nsubj(3,2) nsubj:xsubj(5,2) root(0,3) mark(5,4) xcomp(3,5) amod(7,6) obj(5,7) punct(3,8)");

  static final Sentence ABOUT_TIME = S.of("Isn't it about time we adopted RFC 2119 language for the docs, though?",
      "Is|VBZ|be n't|RB|not it|PRP|it about|IN|about time|NN|time we|PRP|we adopted|VBD|adopt RFC|NNP|RFC 2119|CD|2119 language|NN|language for|IN|for the|DT|the docs|NNS|doc ,|,|, though|RB|though ?|.|?",
      "aux(7,1) advmod(7,2) nsubj(7,3) case(5,4) obl:about(7,5) nsubj(7,6) root(0,7) compound(10,8) nummod(10,9) obj(7,10) case(13,11) det(13,12) nmod:for(10,13) punct(7,14) advmod(7,15) punct(7,16)");

  static final Sentence WORTH_DOING = S.of("It's worth doing this for the stable branch too.",
      "It|PRP|it 's|VBZ|be worth|JJ|worth doing|VBG|do this|DT|this for|IN|for the|DT|the stable|JJ|stable branch|NN|branch too|RB|too .|.|.",
      "nsubj(3,1) cop(3,2) root(0,3) dep(3,4) obj(4,5) case(9,6) det(9,7) amod(9,8) obl:for(4,9) advmod(4,10) punct(3,11)");

  static final Sentence NOT_WORTH_THE_CHURN = S.of("This is not worth the churn.",
      "This|DT|this is|VBZ|be not|RB|not worth|JJ|worth the|DT|the churn|VB|churn .|.|.",
      "nsubj(4,1) cop(4,2) advmod(4,3) root(0,4) det(6,5) dep(4,6) punct(4,7)");

  static final Sentence WORTH_NOTING = S.of("It's worth noting that the old API stays.",
      "It|PRP|it 's|VBZ|be worth|JJ|worth noting|VBG|note that|IN|that the|DT|the old|JJ|old API|NN|api stays|VBZ|stay .|.|.",
      "nsubj(3,1) cop(3,2) root(0,3) dep(3,4) mark(9,5) det(8,6) amod(8,7) nsubj(9,8) ccomp(4,9) punct(3,10)");

  static final Sentence WHAT_ABOUT_A_PLACE = S.of("What about drivers/accel/ual where other accelerators live?",
      "What|WP|what about|IN|about drivers|NNS|driver /|,|/ accel|NN|accel /|HYPH|/ ual|NN|ual where|WRB|where other|JJ|other accelerators|NNS|accelerator live|VB|live ?|.|?",
      "root(0,1) case(7,2) compound(7,3) punct(7,4) compound(7,5) punct(7,6) obl:about(1,7) advmod(11,8) amod(10,9) nsubj(11,10) acl:relcl(7,11) punct(1,12)");

  static final Sentence WHAT_ABOUT_USERS = S.of("What about users who never read the release notes?",
      "What|WP|what about|IN|about users|NNS|user who|WP|who never|RB|never read|VBD|read the|DT|the release|NN|release notes|NNS|note ?|.|?",
      "root(0,1) case(3,2) obl:about(1,3) nsubj(6,3) ref(3,4) advmod(6,5) acl:relcl(3,6) det(9,7) compound(9,8) obj(6,9) punct(1,10)");

  static final Sentence HE_DOESNT_LIKE_AUX = S.of("This way if there's something that he doesn't like, he can give it a line-item-veto.",
      "This|DT|this way|NN|way if|IN|if there|EX|there 's|VBZ|be something|NN|something that|WDT|that he|PRP|he does|VBZ|do n't|RB|not like|UH|like ,|,|, he|PRP|he can|MD|can give|VB|give it|PRP|it a|DT|a line|NN|line -|HYPH|- item|NN|item -|HYPH|- veto|NN|veto .|.|.",
      "det(2,1) root(0,2) mark(5,3) expl(5,4) dep(2,5) nsubj(5,6) obj(15,6) ref(6,7) nsubj(15,8) aux(15,9) advmod(15,10) discourse(15,11) punct(15,12) nsubj(15,13) aux(15,14) acl:relcl(6,15) iobj(15,16) det(22,17) compound(20,18) punct(20,19) compound(22,20) punct(22,21) obj(15,22) punct(2,23)");

  static final Sentence IF_YOU_ARE_TIRED = S.of("But if you're tired of this I'm happy to apply this version as well, let me know.",
      "But|CC|but if|IN|if you|PRP|you 're|VBP|be tired|JJ|tired of|IN|of this|DT|this I|PRP|I 'm|VBP|be happy|JJ|happy to|TO|to apply|VB|apply this|DT|this version|NN|version as|RB|as well|RB|well ,|,|, let|VB|let me|PRP|I know|VB|know .|.|.",
      "cc(10,1) mark(5,2) nsubj(5,3) cop(5,4) advcl:if(10,5) case(7,6) obl:of(5,7) nsubj(10,8) nsubj:xsubj(12,8) cop(10,9) root(0,10) mark(12,11) xcomp(10,12) det(14,13) obj(12,14) advmod(12,15) fixed(15,16) punct(12,17) dep(12,18) nsubj(20,19) ccomp(18,20) punct(10,21)");

  static final Sentence IF_YOU_PREFER = S.of("If you prefer, I can take it through my tree.",
      "If|IN|if you|PRP|you prefer|VBP|prefer ,|,|, I|PRP|I can|MD|can take|VB|take it|PRP|it through|IN|through my|PRP$|my tree|NN|tree .|.|.",
      "mark(3,1) nsubj(3,2) advcl:if(7,3) punct(7,4) nsubj(7,5) aux(7,6) root(0,7) obj(7,8) case(11,9) nmod:poss(11,10) obl:through(7,11) punct(7,12)");

  static final Sentence IF_IT_DOES_PLENTY = S.of("If it does, two releases is plenty; if it doesn't, people will find out from the warning, which is too late for anyone with fifty servers.",
      "If|IN|if it|PRP|it does|VBZ|do ,|,|, two|CD|two releases|NNS|release is|VBZ|be plenty|JJ|plenty ;|:|; if|IN|if it|PRP|it does|VBZ|do n't|RB|not ,|,|, people|NNS|person will|MD|will find|VB|find out|RP|out from|IN|from the|DT|the warning|NN|warning ,|,|, which|WDT|which is|VBZ|be too|RB|too late|JJ|late for|IN|for anyone|NN|anyone with|IN|with fifty|CD|fifty servers|NNS|server .|.|.",
      "mark(3,1) nsubj(3,2) advcl:if(8,3) punct(8,4) nummod(6,5) nsubj(8,6) cop(8,7) root(0,8) punct(8,9) mark(17,10) nsubj(17,11) aux(17,12) advmod(17,13) punct(17,14) nsubj(17,15) aux(17,16) advcl:if(8,17) compound:prt(17,18) case(21,19) det(21,20) obl:from(17,21) nsubj(26,21) punct(21,22) ref(21,23) cop(26,24) advmod(26,25) acl:relcl(21,26) case(28,27) obl:for(26,28) case(31,29) nummod(31,30) nmod:with(28,31) punct(8,32)");

  @Test
  void promisesToReviseAndTakingThePatchSupport() {
    assertThat(reader.read(THANKS_APPLIED)).contains(Stance.SUPPORT);
    assertThat(reader.read(WILL_FIX_IN_V2)).contains(Stance.SUPPORT);
    assertThat(reader.read(ILL_SEND_A_V2)).contains(Stance.SUPPORT);
  }

  @Test
  void verdictWordsAndTheSpeakersOwnTagSupportANotAFanOpposes() {
    assertThat(reader.read(ACK)).contains(Stance.SUPPORT);
    assertThat(reader.read(ADD_MY_ACKED_BY)).contains(Stance.SUPPORT);
    assertThat(reader.read(NOT_A_FAN)).contains(Stance.OPPOSE);
    assertThat(reader.proposes(LETS_NOT)).contains(Stance.OPPOSE);
  }

  @Test
  void seeingNoReservationSupportsSeeingNoNeedOpposes() {
    assertThat(reader.read(HAVE_NO_OBJECTION)).contains(Stance.SUPPORT);
    assertThat(reader.read(SEE_NO_PROBLEM)).contains(Stance.SUPPORT);
    assertThat(reader.read(DONT_SEE_THE_NEED)).contains(Stance.OPPOSE);
    assertThat(reader.read(DONT_SEE_WHY_WE_NEED)).contains(Stance.OPPOSE);
    assertThat(reader.read(DONT_SEE_WHY_NOT)).isEmpty();
  }

  @Test
  void aBeQuestionRaisesAConcernOnlyWhenItWeighsTheThing() {
    assertThat(ConcernQuestion.raises(IS_THIS_ANON)).isFalse();
    assertThat(ConcernQuestion.raises(ABOUT_TIME)).isFalse();
    assertThat(ConcernQuestion.raises(GOING_TO_BREAK)).isTrue();
  }

  @Test
  void worthDoingSupportsNotWorthOpposesWorthNotingRemarks() {
    assertThat(reader.read(WORTH_DOING)).contains(Stance.SUPPORT);
    assertThat(reader.read(NOT_WORTH_THE_CHURN)).contains(Stance.OPPOSE);
    assertThat(reader.read(WORTH_NOTING)).isEmpty();
  }

  @Test
  void whatAboutAPlaceProposesWhatAboutUsersRaisesACase() {
    assertThat(PositionFinder.raisesACase(WHAT_ABOUT_A_PLACE)).isFalse();
    assertThat(PositionFinder.raisesACase(WHAT_ABOUT_USERS)).isTrue();
  }

  @Test
  void othersDislikesAndTheAddresseesWishesAreNotTheSpeakersStance() {
    assertThat(reader.read(HE_DOESNT_LIKE_AUX)).isEmpty();
    assertThat(reader.read(IF_YOU_ARE_TIRED)).contains(Stance.SUPPORT);
    assertThat(reader.read(IF_YOU_PREFER)).isEmpty();
  }

  @Test
  void supportUnderAnIfIsConditionalEvenWithALateWarning() {
    // "too late" in the other branch is part of the condition, not a concern of its own
    assertThat(reader.read(IF_IT_DOES_PLENTY)).contains(Stance.CONDITIONAL);
  }

  static final Sentence SENSE_AS_LONG_AS_NOTES = S.of("Makes sense to me, as long as the release notes of the next release say that it is the last one.",
      "Makes|VBZ|make sense|NN|sense to|IN|to me|PRP|I ,|,|, as|RB|as long|RB|long as|IN|as the|DT|the release|NN|release notes|NNS|note of|IN|of the|DT|the next|JJ|next release|NN|release say|VBP|say that|IN|that it|PRP|it is|VBZ|be the|DT|the last|JJ|last one|NN|one .|.|.",
      "root(0,1) obj(1,2) case(4,3) obl:to(1,4) punct(1,5) advmod(7,6) advmod(1,7) mark(16,8) det(11,9) compound(11,10) nsubj(16,11) case(15,12) det(15,13) amod(15,14) nmod:of(11,15) advcl:as(7,16) mark(22,17) nsubj(22,18) cop(22,19) det(22,20) amod(22,21) ccomp(16,22) punct(1,23)");

  @Test
  void aConditionThatIsTheIssueItselfAsksForIt() {
    assertThat(reader.read(SENSE_AS_LONG_AS_NOTES)).contains(Stance.CONDITIONAL);
    assertThat(StanceReader.conditionIs(SENSE_AS_LONG_AS_NOTES,
        "should the release notes of the next release announce the last i386 images")).isTrue();
    assertThat(StanceReader.conditionIs(SENSE_AS_LONG_AS_NOTES,
        "stop building i386 installer images")).isFalse();
  }

  static final Sentence WHATEVER_YOU_PREFER = S.of("Whatever you prefer.",
      "Whatever|WDT|whatever you|PRP|you prefer|VBP|prefer .|.|.",
      "dep(3,1) nsubj(3,2) root(0,3) punct(3,4)");

  static final Sentence TRUST_YOUR_JUDGEMENT = S.of("I trust your judgement here.",
      "I|PRP|I trust|VBP|trust your|PRP$|you judgement|NN|judgement here|RB|here .|.|.",
      "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) advmod(2,5) punct(2,6)");

  static final Sentence UP_TO_THE_MAINTAINERS = S.of("It's up to the maintainers.",
      "It|PRP|it 's|VBZ|be up|RB|up to|IN|to the|DT|the maintainers|NNS|maintainer .|.|.",
      "nsubj(2,1) root(0,2) advmod(6,3) case(6,4) det(6,5) advcl:to(2,6) punct(2,7)");

  static final Sentence FINE_WITH_WHATEVER = S.of("I'm fine with whatever you pick.",
      "I|PRP|I 'm|VBP|be fine|JJ|fine with|IN|with whatever|WP|whatever you|PRP|you pick|VBP|pick .|.|.",
      "nsubj(3,1) cop(3,2) root(0,3) mark(7,4) obj(7,5) nsubj(7,6) advcl:with(3,7) punct(3,8)");

  @Test
  void handingTheChoiceToOthersDefers() {
    assertThat(reader.read(WHATEVER_YOU_PREFER)).contains(Stance.DEFERS);
    assertThat(reader.read(TRUST_YOUR_JUDGEMENT)).contains(Stance.DEFERS);
    assertThat(reader.read(UP_TO_THE_MAINTAINERS)).contains(Stance.DEFERS);
    assertThat(reader.read(FINE_WITH_WHATEVER)).contains(Stance.DEFERS);
  }
}
