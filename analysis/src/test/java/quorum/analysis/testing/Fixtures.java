package quorum.analysis.testing;

import quorum.analysis.nlp.Sentence;

/** Sentences as the real pipeline parses them (printed by DumpSentences), for finder tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final Sentence CLARIFY_BAN = S.of("To clarify, as part of this proposal, are we making a decision here that we ban new helpers going forward?",
      "To|TO|to clarify|VB|clarify ,|,|, as|IN|as part|NN|part of|IN|of this|DT|this proposal|NN|proposal ,|,|, are|VBP|be we|PRP|we making|VBG|make a|DT|a decision|NN|decision here|RB|here that|IN|that we|PRP|we ban|VBP|ban new|JJ|new helpers|NNS|helper going|VBG|go forward|RB|forward ?|.|?",
      "mark(2,1) advcl:to(12,2) punct(12,3) case(5,4) obl:as(12,5) case(8,6) det(8,7) nmod:of(5,8) punct(12,9) aux(12,10) nsubj(12,11) root(0,12) det(14,13) obj(12,14) advmod(14,15) mark(18,16) nsubj(18,17) ccomp(14,18) amod(20,19) nsubj(21,20) dep(18,21) advmod(21,22) punct(12,23)");

  public static final Sentence WORTH_CAPITALIZE = S.of("Might be worth it to capitalize in this case to indicate that it's a MUST from the RFC world?",
      "Might|MD|might be|VB|be worth|JJ|worth it|PRP|it to|TO|to capitalize|VB|capitalize in|IN|in this|DT|this case|NN|case to|TO|to indicate|VB|indicate that|IN|that it|PRP|it 's|VBZ|be a|DT|a MUST|MD|must from|IN|from the|DT|the RFC|NNP|RFC world|NN|world ?|.|?",
      "aux(3,1) cop(3,2) root(0,3) nsubj(6,4) nsubj:xsubj(11,4) mark(6,5) dep(3,6) case(9,7) det(9,8) obl:in(6,9) mark(11,10) xcomp(6,11) mark(16,12) nsubj(16,13) cop(16,14) det(16,15) ccomp(11,16) case(20,17) det(20,18) compound(20,19) obl:from(16,20) punct(3,21)");

  public static final Sentence DID_YOU_GREP = S.of("Did you do: git grep bpf_jit_supports_kfunc_call and didn't find your favorite architecture there and didn't find it in the upcoming patches for riscv and arm32?",
      "Did|VBD|do you|PRP|you do|VB|do :|:|: git|NN|git grep|NN|grep bpf_jit_supports_kfunc_call|NN|bpf_jit_supports_kfunc_call and|CC|and did|VBD|do n't|RB|not find|VB|find your|PRP$|you favorite|JJ|favorite architecture|NN|architecture there|RB|there and|CC|and did|VBD|do n't|RB|not find|VB|find it|PRP|it in|IN|in the|DT|the upcoming|JJ|upcoming patches|NNS|patch for|IN|for riscv|NN|riscv and|CC|and arm32|NN|arm32 ?|.|?",
      "aux(3,1) nsubj(3,2) root(0,3) punct(3,4) compound(7,5) compound(7,6) obj(3,7) cc(11,8) aux(11,9) advmod(11,10) obj(3,11) conj:and(7,11) nmod:poss(14,12) amod(14,13) obj(11,14) advmod(11,15) cc(19,16) aux(19,17) advmod(19,18) obj(3,19) conj:and(7,19) obj(19,20) case(24,21) det(24,22) amod(24,23) obl:in(19,24) case(26,25) nmod:for(24,26) cc(28,27) nmod:for(24,28) conj:and(26,28) punct(3,29)");

  public static final Sentence STOPS_ME_NOT_SURE_WHY = S.of("The only thing that stops me from fully embracing MUST is the kfunc requirement on the explicit jit support; I'm not sure why it exists and at this point I'm too afraid to ask.",
      "The|DT|the only|JJ|only thing|NN|thing that|WDT|that stops|VBZ|stop me|PRP|I from|IN|from fully|RB|fully embracing|VBG|embrace MUST|MD|must is|VBZ|be the|DT|the kfunc|NN|kfunc requirement|NN|requirement on|IN|on the|DT|the explicit|JJ|explicit jit|NN|jit support|NN|support ;|:|; I|PRP|I 'm|VBP|be not|RB|not sure|JJ|sure why|WRB|why it|PRP|it exists|VBZ|exist and|CC|and at|IN|at this|DT|this point|NN|point I|PRP|I 'm|VBP|be too|RB|too afraid|JJ|afraid to|TO|to ask|VB|ask .|.|.",
      "det(3,1) amod(3,2) nsubj(5,3) nsubj(14,3) ref(3,4) acl:relcl(3,5) obj(5,6) case(9,7) advmod(9,8) obl:from(5,9) aux(14,10) cop(14,11) det(14,12) compound(14,13) root(0,14) case(19,15) det(19,16) amod(19,17) compound(19,18) nmod:on(14,19) punct(14,20) nsubj(24,21) cop(24,22) advmod(24,23) parataxis(14,24) advmod(27,25) nsubj(27,26) ccomp(24,27) cc(35,28) case(31,29) det(31,30) obl:at(35,31) nsubj(35,32) nsubj:xsubj(37,32) cop(35,33) advmod(35,34) ccomp(24,35) conj:and(27,35) mark(37,36) xcomp(35,37) punct(14,38)");

  public static final Sentence PAREN_DOUBT = S.of("Some work needs to be done in libbpf (and probably the kernel too?)",
      "Some|DT|some work|NN|work needs|VBZ|need to|TO|to be|VB|be done|VBN|do in|IN|in libbpf|NN|libbpf (|-LRB-|( and|CC|and probably|RB|probably the|DT|the kernel|NN|kernel too|RB|too ?|.|? )|-RRB-|)",
      "det(2,1) nsubj(3,2) nsubj:pass:xsubj(6,2) root(0,3) mark(6,4) aux:pass(6,5) xcomp(3,6) case(8,7) obl:in(6,8) punct(6,9) cc(13,10) advmod(13,11) det(13,12) xcomp(3,13) conj:and(6,13) advmod(13,14) punct(6,15) punct(3,16)");

  public static final Sentence WHY_NOT_REUSE = S.of("Why not just reuse the existing flag?",
      "Why|WRB|why not|RB|not just|RB|just reuse|VB|reuse the|DT|the existing|VBG|exist flag|NN|flag ?|.|?",
      "advmod(4,1) advmod(4,2) advmod(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)");

  public static final Sentence NOT_SURE_APPROACH = S.of("I'm not sure this is the right approach.",
      "I|PRP|I 'm|VBP|be not|RB|not sure|JJ|sure this|DT|this is|VBZ|be the|DT|the right|JJ|right approach|NN|approach .|.|.",
      "nsubj(4,1) cop(4,2) advmod(4,3) root(0,4) nsubj(9,5) cop(9,6) det(9,7) amod(9,8) ccomp(4,9) punct(4,10)");

  public static final Sentence WONDER_WHETHER = S.of("I wonder whether the old option should stay around for one more release.",
      "I|PRP|I wonder|VBP|wonder whether|IN|whether the|DT|the old|JJ|old option|NN|option should|MD|should stay|VB|stay around|RB|around for|IN|for one|CD|one more|JJR|more release|NN|release .|.|.",
      "nsubj(2,1) root(0,2) mark(8,3) det(6,4) amod(6,5) nsubj(8,6) aux(8,7) ccomp(2,8) advmod(8,9) case(13,10) nummod(13,11) amod(13,12) obl:for(8,13) punct(2,14)");

  public static final Sentence DOES_IT_BREAK = S.of("Does the new option break existing configurations?",
      "Does|VBZ|do the|DT|the new|JJ|new option|NN|option break|NN|break existing|VBG|exist configurations|NNS|configuration ?|.|?",
      "root(0,1) det(7,2) amod(7,3) compound(5,4) compound(7,5) amod(7,6) nsubj(1,7) punct(1,8)");

  public static final Sentence NO_STRONG_OPINION = S.of("I don't have a strong opinion on the matter myself, as long as there is some way to mark a subset of them as stable.",
      "I|PRP|I do|VBP|do n't|RB|not have|VB|have a|DT|a strong|JJ|strong opinion|NN|opinion on|IN|on the|DT|the matter|NN|matter myself|PRP|myself ,|,|, as|RB|as long|RB|long as|RB|as there|RB|there is|VBZ|be some|DT|some way|NN|way to|TO|to mark|VB|mark a|DT|a subset|NN|subset of|IN|of them|PRP|they as|IN|as stable|JJ|stable .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) case(10,8) det(10,9) nmod:on(7,10) obl:npmod(4,11) punct(4,12) advmod(14,13) advmod(21,14) advmod(21,15) advmod(21,16) cop(21,17) det(19,18) nsubj(21,19) mark(21,20) parataxis(4,21) det(23,22) obj(21,23) case(25,24) nmod:of(23,25) case(27,26) advcl:as(21,27) punct(4,28)");

  public static final Sentence SUPPORT_WHATEVER = S.of("Exactly why I'm going to support whatever decision is being made here.",
      "Exactly|RB|exactly why|WRB|why I|PRP|I 'm|VBP|be going|VBG|go to|TO|to support|VB|support whatever|WDT|whatever decision|NN|decision is|VBZ|be being|VBG|be made|VBN|make here|RB|here .|.|.",
      "advmod(5,1) advmod(5,2) nsubj(5,3) nsubj:xsubj(7,3) aux(5,4) csubj:pass(12,5) mark(7,6) xcomp(5,7) det(9,8) obj(7,9) aux(12,10) aux:pass(12,11) root(0,12) advmod(12,13) punct(12,14)");

  public static final Sentence DONT_AGREE = S.of("I don't agree with removing the option in this release.",
      "I|PRP|I do|VBP|do n't|RB|not agree|VB|agree with|IN|with removing|VBG|remove the|DT|the option|NN|option in|IN|in this|DT|this release|NN|release .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) mark(6,5) advcl:with(4,6) det(8,7) obj(6,8) case(11,9) det(11,10) nmod:in(8,11) punct(4,12)");

  public static final Sentence AGREE_KEEPING = S.of("I agree with keeping the old name as an alias.",
      "I|PRP|I agree|VBP|agree with|IN|with keeping|VBG|keep the|DT|the old|JJ|old name|NN|name as|IN|as an|DT|a alias|NN|alias .|.|.",
      "nsubj(2,1) root(0,2) case(4,3) advcl:with(2,4) det(7,5) amod(7,6) obj(4,7) case(10,8) det(10,9) obl:as(4,10) punct(2,11)");

  public static final Sentence FINE_EITHER_WAY = S.of("I'm fine either way.",
      "I|PRP|I 'm|VBP|be fine|JJ|fine either|DT|either way|NN|way .|.|.",
      "nsubj(3,1) cop(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");

  public static final Sentence MAIN_CONCERN = S.of("My main concern is that this breaks existing users.",
      "My|PRP$|my main|JJ|main concern|NN|concern is|VBZ|be that|IN|that this|DT|this breaks|VBZ|break existing|VBG|exist users|NNS|user .|.|.",
      "nmod:poss(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(7,5) nsubj(7,6) ccomp(4,7) amod(9,8) obj(7,9) punct(4,10)");

  public static final Sentence WOULD_SUPPORT_IF = S.of("I would support this if the documentation is updated first.",
      "I|PRP|I would|MD|would support|VB|support this|DT|this if|IN|if the|DT|the documentation|NN|documentation is|VBZ|be updated|VBN|update first|RB|first .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) mark(9,5) det(7,6) nsubj:pass(9,7) aux:pass(9,8) advcl:if(3,9) advmod(9,10) punct(3,11)");

  public static final Sentence DONT_OBJECT = S.of("I don't object to renaming it.",
      "I|PRP|I do|VBP|do n't|RB|not object|VB|object to|IN|to renaming|VBG|rename it|PRP|it .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) case(6,5) advcl:to(4,6) obj(6,7) punct(4,8)");

  public static final Sentence GOOD_QUESTION = S.of("Good question!",
      "Good|JJ|good question|NN|question !|.|!",
      "amod(2,1) root(0,2) punct(2,3)");

  public static final Sentence HOPING_CLEAR_UP = S.of("That is one of the things I'm hoping we can clear up by this discussion.",
      "That|DT|that is|VBZ|be one|CD|one of|IN|of the|DT|the things|NNS|thing I|PRP|I 'm|VBP|be hoping|VBG|hope we|PRP|we can|MD|can clear|VB|clear up|RP|up by|IN|by this|DT|this discussion|NN|discussion .|.|.",
      "nsubj(6,1) cop(6,2) det:qmod(6,3) fixed(3,4) det(6,5) root(0,6) nsubj(9,7) aux(9,8) dep(6,9) nsubj(12,10) aux(12,11) ccomp(9,12) compound:prt(12,13) case(16,14) det(16,15) obl:by(12,16) punct(6,17)");

  public static final Sentence APPLIED_THANKS = S.of("Applied, thanks!",
      "Applied|NNP|Applied ,|,|, thanks|NNS|thanks !|.|!",
      "root(0,1) punct(1,2) appos(1,3) punct(1,4)");

  public static final Sentence LETS_GO_WITH = S.of("Let's go with SHOULD then.",
      "Let|VB|let 's|PRP|'s go|VB|go with|IN|with SHOULD|MD|should then|RB|then .|.|.",
      "root(0,1) nsubj(3,2) ccomp(1,3) case(5,4) obl:with(3,5) advmod(3,6) punct(1,7)");

  public static final Sentence NOT_APPLIED = S.of("I have not applied it yet.",
      "I|PRP|I have|VBP|have not|RB|not applied|VBN|apply it|PRP|it yet|RB|yet .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) advmod(4,6) punct(4,7)");

  public static final Sentence IF_NOBODY_OBJECTS = S.of("If nobody objects, let's go with the second option.",
      "If|IN|if nobody|NN|nobody objects|NNS|object ,|,|, let|VB|let 's|PRP|'s go|VB|go with|IN|with the|DT|the second|JJ|second option|NN|option .|.|.",
      "mark(5,1) compound(3,2) nsubj(5,3) punct(3,4) root(0,5) nsubj(7,6) ccomp(5,7) case(11,8) det(11,9) amod(11,10) obl:with(7,11) punct(5,12)");

  public static final Sentence FEEL_FREE_CRITIQUE = S.of("Feel free to critique any part of this (including rejecting the notion entirely).",
      "Feel|VB|feel free|JJ|free to|IN|to critique|NN|critique any|DT|any part|NN|part of|IN|of this|DT|this (|-LRB-|( including|VBG|include rejecting|VBG|reject the|DT|the notion|NN|notion entirely|RB|entirely )|-RRB-|) .|.|.",
      "root(0,1) advmod(1,2) case(4,3) obl:to(2,4) det(6,5) dep(1,6) case(8,7) nmod:of(6,8) punct(6,9) case(11,10) acl:including(6,11) det(13,12) obj(11,13) advmod(13,14) punct(6,15) punct(1,16)");

  public static final Sentence NAK = S.of("NAK, we will not take this.",
      "NAK|NNP|NAK ,|,|, we|PRP|we will|MD|will not|RB|not take|VB|take this|DT|this .|.|.",
      "nsubj(6,1) punct(6,2) nsubj(6,3) aux(6,4) advmod(6,5) root(0,6) obj(6,7) punct(6,8)");

  public static final Sentence MUST_NOT_REORDER = S.of("Implementations MUST NOT reorder the fields.",
      "Implementations|NNS|implementation MUST|MD|must NOT|RB|not reorder|VB|reorder the|DT|the fields|NNS|field .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");

  public static final Sentence TRYING_TO_CLARIFY = S.of("Just trying to clarify what that decision is.",
      "Just|RB|just trying|VBG|try to|TO|to clarify|VB|clarify what|WP|what that|DT|that decision|NN|decision is|VBZ|be .|.|.",
      "advmod(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(8,5) det(7,6) nsubj(8,7) ccomp(4,8) punct(2,9)");

  public static final Sentence IF_YOU_CARE = S.of("If you care about kfuncs on arm32 please help reviewing posted patches.",
      "If|IN|if you|PRP|you care|VBP|care about|IN|about kfuncs|NNS|kfunc on|IN|on arm32|NN|arm32 please|UH|please help|VB|help reviewing|VBG|review posted|VBN|post patches|NNS|patch .|.|.",
      "mark(3,1) nsubj(3,2) advcl:if(9,3) case(5,4) obl:about(3,5) case(7,6) nmod:on(5,7) discourse(9,8) root(0,9) dep(9,10) amod(12,11) obj(10,12) punct(9,13)");

  public static final Sentence OR_GO_WITH_SHOULD = S.of("(or go with SHOULD otherwise).",
      "(|-LRB-|( or|CC|or go|VB|go with|IN|with SHOULD|MD|should otherwise|RB|otherwise )|-RRB-|) .|.|.",
      "punct(3,1) cc(3,2) root(0,3) case(5,4) obl:with(3,5) advmod(5,6) punct(3,7) punct(3,8)");

  public static final Sentence HAVING_MUST = S.of("But having MUST here might give us motivation to address the shortcomings...",
      "But|CC|but having|VBG|have MUST|MD|must here|RB|here might|MD|might give|VB|give us|PRP|we motivation|NN|motivation to|TO|to address|VB|address the|DT|the shortcomings|NNS|shortcoming ...|.|...",
      "cc(6,1) aux(6,2) nsubj(6,3) advmod(3,4) aux(6,5) root(0,6) iobj(6,7) obj(6,8) mark(10,9) advcl:to(6,10) det(12,11) obj(10,12) punct(6,13)");

  public static final Sentence THIS_PATCH_ADDS = S.of("This patch adds a description of the concept of stable kfuncs.",
      "This|DT|this patch|NN|patch adds|VBZ|add a|DT|a description|NN|description of|IN|of the|DT|the concept|NN|concept of|IN|of stable|JJ|stable kfuncs|NNS|kfunc .|.|.",
      "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) case(11,9) amod(11,10) nmod:of(8,11) punct(3,12)");


  public static final Sentence APPROVED_AS_LONG_AS = S.of("Freeze break approved, as long as it lands before Friday.",
      "Freeze|VB|freeze break|NN|break approved|VBN|approve ,|,|, as|RB|as long|RB|long as|IN|as it|PRP|it lands|VBZ|land before|IN|before Friday|NNP|Friday .|.|.",
      "dep(3,1) dep(3,2) root(0,3) punct(3,4) advmod(6,5) advmod(3,6) mark(9,7) nsubj(9,8) advcl:as(6,9) case(11,10) obl:before(9,11) punct(3,12)");

  public static final Sentence NOT_GOING_IN = S.of("This is not going in.",
      "This|DT|this is|VBZ|be not|RB|not going|VBG|go in|RP|in .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) compound:prt(4,5) punct(4,6)");

  public static final Sentence AGREED_MUST_V3 = S.of("Agreed, MUST and MUST NOT in v3.",
      "Agreed|VBN|agree ,|,|, MUST|MD|must and|CC|and MUST|MD|must NOT|RB|not in|IN|in v3|NN|v3 .|.|.",
      "root(0,1) punct(1,2) dep(2,3) cc(8,4) aux(8,5) advmod(8,6) case(8,7) dep(2,8) conj:and(3,8) punct(3,9)");

  public static final Sentence DO_NOT_AGREE = S.of("I do not agree with that.",
      "I|PRP|I do|VBP|do not|RB|not agree|VB|agree with|IN|with that|DT|that .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) case(6,5) obl:with(4,6) punct(4,7)");

  public static final Sentence PLUS_ONE_FROM_ME = S.of("+1 to the new flag from me.",
      "+1|CD|+1 to|IN|to the|DT|the new|JJ|new flag|NN|flag from|IN|from me|PRP|I .|.|.",
      "root(0,1) case(5,2) det(5,3) amod(5,4) nmod:to(1,5) case(7,6) nmod:from(5,7) punct(1,8)");

  public static final Sentence NOT_CONVINCED_WONT_BLOCK = S.of("I'm still not convinced this couldn't wait, but I won't block it.",
      "I|PRP|I 'm|VBP|be still|RB|still not|RB|not convinced|VBN|convince this|DT|this could|MD|could n't|RB|not wait|VB|wait ,|,|, but|CC|but I|PRP|I wo|MD|will n't|RB|not block|VB|block it|PRP|it .|.|.",
      "nsubj:pass(5,1) aux:pass(5,2) advmod(5,3) advmod(5,4) csubj(9,5) obj(5,6) aux(9,7) advmod(9,8) root(0,9) punct(9,10) cc(15,11) nsubj(15,12) aux(15,13) advmod(15,14) conj:but(9,15) obj(15,16) punct(9,17)");

  public static final Sentence NOT_SURE_IT_HANDLES = S.of("I'm not sure it handles our macros.",
      "I|PRP|I 'm|VBP|be not|RB|not sure|JJ|sure it|PRP|it handles|VBZ|handle our|PRP$|we macros|NNS|macro .|.|.",
      "nsubj(4,1) cop(4,2) advmod(4,3) root(0,4) nsubj(6,5) ccomp(4,6) nmod:poss(8,7) obj(6,8) punct(4,9)");

  public static final Sentence COULD_LIVE_WITH = S.of("SHOULD for new code I could live with.",
      "SHOULD|MD|should for|IN|for new|JJ|new code|NN|code I|PRP|I could|MD|could live|VB|live with|IN|with .|.|.",
      "aux(7,1) case(4,2) amod(4,3) obl:for(7,4) nsubj(7,5) aux(7,6) root(0,7) advmod(7,8) punct(7,9)");

  public static final Sentence WORKS_FOR_US = S.of("That works for us.",
      "That|DT|that works|VBZ|work for|IN|for us|PRP|we .|.|.",
      "nsubj(2,1) root(0,2) case(4,3) obl:for(2,4) punct(2,5)");

  public static final Sentence TOO_WEAK = S.of("SHOULD NOT is too weak here.",
      "SHOULD|MD|should NOT|RB|not is|VBZ|be too|RB|too weak|JJ|weak here|RB|here .|.|.",
      "aux(5,1) advmod(5,2) cop(5,3) advmod(5,4) root(0,5) advmod(5,6) punct(5,7)");

  public static final Sentence NOT_ATTACHED = S.of("I'm not attached to it.",
      "I|PRP|I 'm|VBP|be not|RB|not attached|VBN|attach to|IN|to it|PRP|it .|.|.",
      "nsubj:pass(4,1) aux:pass(4,2) advmod(4,3) root(0,4) case(6,5) obl:to(4,6) punct(4,7)");

  public static final Sentence WHY_WOULD_WE_REWRITE = S.of("Why would we rewrite all that working code?",
      "Why|WRB|why would|MD|would we|PRP|we rewrite|VB|rewrite all|PDT|all that|DT|that working|VBG|work code|NN|code ?|.|?",
      "advmod(4,1) aux(4,2) nsubj(4,3) root(0,4) det:predet(8,5) det(8,6) amod(8,7) obj(4,8) punct(4,9)");

  public static final Sentence REALLY_WANT_ANOTHER = S.of("Do we really want yet another option?",
      "Do|VBP|do we|PRP|we really|RB|really want|VBP|want yet|RB|yet another|DT|another option|NN|option ?|.|?",
      "aux(4,1) nsubj(4,2) advmod(4,3) root(0,4) advmod(7,5) det(7,6) obj(4,7) punct(4,8)");

  public static final Sentence FINE_EITHER_WAY_AS_LONG_AS = S.of("I'm fine either way, as long as the old name stays as an alias.",
      "I|PRP|I 'm|VBP|be fine|JJ|fine either|DT|either way|NN|way ,|,|, as|RB|as long|RB|long as|IN|as the|DT|the old|JJ|old name|NN|name stays|VBZ|stay as|IN|as an|DT|a alias|NN|alias .|.|.",
      "nsubj(3,1) cop(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6) advmod(8,7) advmod(3,8) mark(13,9) det(12,10) amod(12,11) nsubj(13,12) advcl:as(8,13) case(16,14) det(16,15) obl:as(13,16) punct(3,17)");

  public static final Sentence NO_MUST_FOR_SELFTESTS = S.of("No MUST for selftests.",
      "No|UH|no MUST|MD|must for|IN|for selftests|NNS|selftest .|.|.",
      "discourse(2,1) root(0,2) case(4,3) obl:for(2,4) punct(2,5)");

  public static final Sentence WHY_CANT_THIS_WAIT = S.of("Why can't this wait for the next release?",
      "Why|WRB|why ca|MD|can n't|RB|not this|DT|this wait|VB|wait for|IN|for the|DT|the next|JJ|next release|NN|release ?|.|?",
      "advmod(5,1) aux(5,2) advmod(5,3) nsubj(5,4) root(0,5) case(9,6) det(9,7) amod(9,8) obl:for(5,9) punct(5,10)");

  public static final Sentence WHAT_ABOUT_PEOPLE = S.of("What about the people running old netbooks?",
      "What|WP|what about|IN|about the|DT|the people|NNS|person running|VBG|run old|JJ|old netbooks|NNS|netbook ?|.|?",
      "dep(5,1) mark(5,2) det(4,3) nsubj(5,4) root(0,5) amod(7,6) obj(5,7) punct(5,8)");

  public static final Sentence WHAT_ABOUT_DOING = S.of("What about doing a yearly probe of the addresses?",
      "What|WP|what about|IN|about doing|VBG|do a|DT|a yearly|JJ|yearly probe|NN|probe of|IN|of the|DT|the addresses|NNS|address ?|.|?",
      "root(0,1) case(3,2) dep(1,3) det(6,4) amod(6,5) obj(3,6) case(9,7) det(9,8) nmod:of(6,9) punct(1,10)");

  public static final Sentence AGENDA_ITEM = S.of("* What tests will we use to validate it?",
      "*|NFP|* What|WP|what tests|VBZ|test will|MD|will we|PRP|we use|VB|use to|TO|to validate|VB|validate it|PRP|it ?|.|?",
      "nsubj(2,1) root(0,2) dep(6,3) aux(6,4) nsubj(6,5) nsubj:xsubj(8,5) dep(2,6) mark(8,7) xcomp(6,8) obj(8,9) punct(2,10)");

  public static final Sentence THOUGHTS = S.of("Thoughts?",
      "Thoughts|NNS|thought ?|.|?",
      "root(0,1) punct(1,2)");
}
