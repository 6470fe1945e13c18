package quorum.analysis.position;

import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.S;

/**
 * Made-up review sentences for the stance tests, as the real pipeline parses them (printed
 * from CoreNLP the way {@link quorum.analysis.testing.DumpSentences} prints fixtures).
 */
final class StanceSentences {
  private StanceSentences() {}

  static final Sentence SOUNDS_GREAT = S.of("That sounds great to me.",
      "That|DT|that sounds|VBZ|sound great|JJ|great to|IN|to me|PRP|I .|.|.",
      "nsubj(2,1) root(0,2) xcomp(2,3) case(5,4) obl:to(2,5) punct(2,6)");

  static final Sentence LOOKS_NICE = S.of("The new layout looks really nice.",
      "The|DT|the new|JJ|new layout|NN|layout looks|VBZ|look really|RB|really nice|JJ|nice .|.|.",
      "det(3,1) amod(3,2) nsubj(4,3) root(0,4) advmod(6,5) xcomp(4,6) punct(4,7)");

  static final Sentence THANKS_READS_BETTER = S.of("Thanks for writing this up, it reads much better now.",
      "Thanks|NN|thanks for|IN|for writing|VBG|write this|DT|this up|RP|up ,|,|, it|PRP|it reads|VBZ|read much|RB|much better|JJR|good now|RB|now .|.|.",
      "nsubj(8,1) case(3,2) acl:for(1,3) obj(3,4) compound:prt(3,5) punct(8,6) nsubj(8,7) root(0,8) advmod(10,9) advmod(8,10) advmod(8,11) punct(8,12)");

  static final Sentence MIGHT_GET_EXPENSIVE = S.of("The extra copies might get expensive on small machines.",
      "The|DT|the extra|JJ|extra copies|NNS|copy might|MD|might get|VB|get expensive|JJ|expensive on|IN|on small|JJ|small machines|NNS|machine .|.|.",
      "det(3,1) amod(3,2) nsubj(5,3) aux(5,4) root(0,5) xcomp(5,6) case(9,7) amod(9,8) obl:on(6,9) punct(5,10)");

  static final Sentence FEELS_VERY_LOW = S.of("The number of people who read the changelog feels very low.",
      "The|DT|the number|NN|number of|IN|of people|NNS|person who|WP|who read|VBD|read the|DT|the changelog|NN|changelog feels|VBZ|feel very|RB|very low|JJ|low .|.|.",
      "det(2,1) nsubj(9,2) case(4,3) nmod:of(2,4) nsubj(6,4) ref(4,5) acl:relcl(4,6) det(8,7) obj(6,8) root(0,9) advmod(11,10) xcomp(9,11) punct(9,12)");

  static final Sentence COULD_END_UP_BREAKING = S.of("This could end up breaking older toolchains.",
      "This|DT|this could|MD|could end|VB|end up|RP|up breaking|VBG|break older|JJR|old toolchains|NNS|toolchain .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) compound:prt(3,4) dep(3,5) amod(7,6) obj(5,7) punct(3,8)");

  static final Sentence MAY_GET_CONFUSED = S.of("Users may get confused by two names for one option.",
      "Users|NNS|user may|MD|may get|VB|get confused|VBN|confuse by|IN|by two|CD|two names|NNS|name for|IN|for one|CD|one option|NN|option .|.|.",
      "nsubj:pass(4,1) aux(4,2) aux:pass(4,3) root(0,4) case(7,5) nummod(7,6) obl:agent(4,7) case(10,8) nummod(10,9) obl:for(4,10) punct(4,11)");

  static final Sentence DONT_THINK_GOOD_IDEA = S.of("I don't think this is a good idea.",
      "I|PRP|I do|VBP|do n't|RB|not think|VB|think this|DT|this is|VBZ|be a|DT|a good|JJ|good idea|NN|idea .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) nsubj(9,5) cop(9,6) det(9,7) amod(9,8) ccomp(4,9) punct(4,10)");

  static final Sentence NOT_A_BIG_FAN = S.of("I'm not a big fan of adding another knob.",
      "I|PRP|I 'm|VBP|be not|RB|not a|DT|a big|JJ|big fan|NN|fan of|IN|of adding|VBG|add another|DT|another knob|NN|knob .|.|.",
      "nsubj(6,1) cop(6,2) advmod(6,3) det(6,4) amod(6,5) root(0,6) case(8,7) acl:of(6,8) det(10,9) obj(8,10) punct(6,11)");

  static final Sentence WRONG_LAYER = S.of("This is the wrong layer to fix it.",
      "This|DT|this is|VBZ|be the|DT|the wrong|JJ|wrong layer|NN|layer to|TO|to fix|VB|fix it|PRP|it .|.|.",
      "nsubj(5,1) cop(5,2) det(5,3) amod(5,4) root(0,5) mark(7,6) acl:to(5,7) obj(7,8) punct(5,9)");

  static final Sentence MIGHT_BE_WRONG_LAYER = S.of("This might be the wrong layer to fix it.",
      "This|DT|this might|MD|might be|VB|be the|DT|the wrong|JJ|wrong layer|NN|layer to|TO|to fix|VB|fix it|PRP|it .|.|.",
      "nsubj(6,1) aux(6,2) cop(6,3) det(6,4) amod(6,5) root(0,6) mark(8,7) acl:to(6,8) obj(8,9) punct(6,10)");

  static final Sentence NOT_THAT_BIG_AN_ISSUE = S.of("The overhead shouldn't be that big of an issue.",
      "The|DT|the overhead|NN|overhead should|MD|should n't|RB|not be|VB|be that|DT|that big|JJ|big of|IN|of an|DT|a issue|NN|issue .|.|.",
      "det(2,1) nsubj(7,2) aux(7,3) advmod(7,4) cop(7,5) det(7,6) root(0,7) case(10,8) det(10,9) nmod:of(7,10) punct(7,11)");

  static final Sentence DONT_THINK_A_PROBLEM = S.of("I don't think the cost is a problem here.",
      "I|PRP|I do|VBP|do n't|RB|not think|VB|think the|DT|the cost|NN|cost is|VBZ|be a|DT|a problem|NN|problem here|RB|here .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(6,5) nsubj(9,6) cop(9,7) det(9,8) ccomp(4,9) advmod(9,10) punct(4,11)");

  static final Sentence FINE_PROVIDED = S.of("Fine with me, provided the old name keeps working for a release.",
      "Fine|JJ|fine with|IN|with me|PRP|I ,|,|, provided|VBD|provide the|DT|the old|JJ|old name|NN|name keeps|VBZ|keep working|VBG|work for|IN|for a|DT|a release|NN|release .|.|.",
      "dep(5,1) case(3,2) obl:with(1,3) punct(5,4) root(0,5) det(8,6) amod(8,7) nsubj(9,8) ccomp(5,9) obj(9,10) case(13,11) det(13,12) obl:for(9,13) punct(5,14)");

  static final Sentence AS_LONG_AS_THIS_IS_FINE = S.of("As long as the default stays the same, this is fine.",
      "As|RB|as long|RB|long as|IN|as the|DT|the default|NN|default stays|VBZ|stay the|DT|the same|JJ|same ,|,|, this|DT|this is|VBZ|be fine|JJ|fine .|.|.",
      "advmod(2,1) advmod(12,2) mark(6,3) det(5,4) nsubj(6,5) advcl:as(2,6) det(8,7) obj(6,8) punct(12,9) nsubj(12,10) cop(12,11) root(0,12) punct(12,13)");

  static final Sentence LEAVE_IT_TO_YOU = S.of("I'll leave that decision to you.",
      "I|PRP|I 'll|MD|will leave|VB|leave that|DT|that decision|NN|decision to|IN|to you|PRP|you .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:to(3,7) punct(3,8)");

  static final Sentence NACKED_BREAKS = S.of("Nacked, this breaks the userspace ABI.",
      "Nacked|NNP|Nacked ,|,|, this|DT|this breaks|VBZ|break the|DT|the userspace|NN|userspace ABI|NN|abi .|.|.",
      "nsubj(4,1) punct(4,2) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) punct(4,8)");

  static final Sentence HAPPY_TO_HELP = S.of("Happy to help test the next version.",
      "Happy|JJ|happy to|TO|to help|VB|help test|VB|test the|DT|the next|JJ|next version|NN|version .|.|.",
      "nsubj(3,1) mark(3,2) root(0,3) xcomp(3,4) det(7,5) amod(7,6) obj(4,7) punct(3,8)");

  static final Sentence APPLIED_THANKS = S.of("Applied, thanks.",
      "Applied|NNP|Applied ,|,|, thanks|NNS|thanks .|.|.",
      "root(0,1) punct(1,2) appos(1,3) punct(1,4)");

  static final Sentence FIXED_IN_V3 = S.of("Fixed in v3, thanks!",
      "Fixed|VBN|fix in|IN|in v3|NN|v3 ,|,|, thanks|NNS|thanks !|.|!",
      "root(0,1) case(3,2) obl:in(1,3) punct(1,4) obl:npmod(1,5) punct(1,6)");

  static final Sentence WILL_DO_BOTH = S.of("Will do both.",
      "Will|MD|will do|VB|do both|DT|both .|.|.",
      "aux(2,1) root(0,2) obj(2,3) punct(2,4)");

  static final Sentence FIXED_A_TYPO = S.of("Fixed a typo in the parser comments.",
      "Fixed|VBN|fix a|DT|a typo|NN|typo in|IN|in the|DT|the parser|NN|parser comments|NNS|comment .|.|.",
      "root(0,1) det(3,2) obj(1,3) case(7,4) det(7,5) compound(7,6) nmod:in(3,7) punct(1,8)");

  static final Sentence OLD_CODE_WAS_CONFUSING = S.of("The old code was confusing.",
      "The|DT|the old|JJ|old code|NN|code was|VBD|be confusing|JJ|confusing .|.|.",
      "det(3,1) amod(3,2) nsubj(5,3) cop(5,4) root(0,5) punct(5,6)");

  static final Sentence JIM_THINKS_FINE = S.of("Jim thinks this is fine.",
      "Jim|NNP|Jim thinks|VBZ|think this|DT|this is|VBZ|be fine|JJ|fine .|.|.",
      "nsubj(2,1) root(0,2) nsubj(5,3) cop(5,4) ccomp(2,5) punct(2,6)");

  static final Sentence MUST_NOT_IS_FINE = S.of("MUST NOT is fine with me for the header layout.",
      "MUST|MD|must NOT|RB|not is|VBZ|be fine|JJ|fine with|IN|with me|PRP|I for|IN|for the|DT|the header|NN|header layout|NN|layout .|.|.",
      "aux(4,1) advmod(4,2) cop(4,3) root(0,4) case(6,5) obl:with(4,6) case(10,7) det(10,8) compound(10,9) obl:for(4,10) punct(4,11)");

  static final Sentence CONCERNS_ADDRESSED = S.of("All my concerns have been addressed.",
      "All|PDT|all my|PRP$|my concerns|NNS|concern have|VBP|have been|VBN|be addressed|VBN|address .|.|.",
      "det:predet(3,1) nmod:poss(3,2) nsubj:pass(6,3) aux(6,4) aux:pass(6,5) root(0,6) punct(6,7)");

  static final Sentence LISTS_CONCERNS = S.of("The wiki page lists who has which concerns.",
      "The|DT|the wiki|NN|wiki page|NN|page lists|NNS|list who|WP|who has|VBZ|have which|WDT|which concerns|NNS|concern .|.|.",
      "det(4,1) compound(3,2) compound(4,3) root(0,4) obj(8,4) ref(4,5) aux(8,6) det(8,7) acl:relcl(4,8) punct(4,9)");

  static final Sentence HARD_TO_SAY = S.of("It's hard to say how many users rely on it.",
      "It|PRP|it 's|VBZ|be hard|JJ|hard to|TO|to say|VB|say how|WRB|how many|JJ|many users|NNS|user rely|VBP|rely on|IN|on it|PRP|it .|.|.",
      "nsubj(3,1) nsubj:xsubj(5,1) cop(3,2) root(0,3) mark(5,4) xcomp(3,5) advmod(7,6) amod(8,7) nsubj(9,8) ccomp(5,9) case(11,10) obl:on(9,11) punct(3,12)");

  static final Sentence DOESNT_MAKE_SENSE = S.of("That doesn't make sense to me.",
      "That|DT|that does|VBZ|do n't|RB|not make|VB|make sense|NN|sense to|IN|to me|PRP|I .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) case(7,6) obl:to(4,7) punct(4,8)");

  static final Sentence IM_FOR_IT = S.of("I'm for it.",
      "I|PRP|I 'm|VBP|be for|IN|for it|PRP|it .|.|.",
      "nsubj(4,1) cop(4,2) case(4,3) root(0,4) punct(4,5)");

  static final Sentence CALLS_WHATEVER = S.of("The tool then calls whatever helper the config names.",
      "The|DT|the tool|NN|tool then|RB|then calls|VBZ|call whatever|WDT|whatever helper|NN|helper the|DT|the config|NN|config names|NNS|name .|.|.",
      "det(2,1) nsubj(4,2) advmod(4,3) root(0,4) det(6,5) obj(4,6) det(9,7) compound(9,8) dep(6,9) punct(4,10)");

  static final Sentence BOTH_SUPPORTED_UNTIL = S.of("Both branches supported until 2029 ship the old driver.",
      "Both|DT|both branches|NNS|branch supported|VBN|support until|IN|until 2029|CD|2029 ship|NN|ship the|DT|the old|JJ|old driver|NN|driver .|.|.",
      "det(2,1) nsubj(3,2) root(0,3) dep(3,4) nummod(6,5) dep(4,6) det(9,7) amod(9,8) dep(6,9) punct(3,10)");

  static final Sentence CAN_IT_HANDLE = S.of("Can it also handle sparse files?",
      "Can|MD|can it|PRP|it also|RB|also handle|VBP|handle sparse|JJ|sparse files|NNS|file ?|.|?",
      "aux(4,1) nsubj(4,2) advmod(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)");

  static final Sentence WILL_THIS_DO_RIGHT = S.of("Will this do the right thing for renamed files?",
      "Will|MD|will this|DT|this do|VB|do the|DT|the right|JJ|right thing|NN|thing for|IN|for renamed|VBN|rename files|NNS|file ?|.|?",
      "aux(3,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(9,7) amod(9,8) nmod:for(6,9) punct(3,10)");

  static final Sentence WHAT_HAPPENS_IF = S.of("What happens if the daemon restarts mid-write?",
      "What|WP|what happens|VBZ|happen if|IN|if the|DT|the daemon|NN|daemon restarts|NNS|restart mid-write|NN|mid-write ?|.|?",
      "nsubj(2,1) root(0,2) mark(7,3) det(6,4) compound(6,5) nsubj(7,6) advcl:if(2,7) punct(2,8)");

  static final Sentence COULD_YOU_ADD = S.of("Could you add a test for it?",
      "Could|MD|could you|PRP|you add|VB|add a|DT|a test|NN|test for|IN|for it|PRP|it ?|.|?",
      "aux(3,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:for(3,7) punct(3,8)");

  static final Sentence CAN_WE_DROP = S.of("Can we drop the old flag instead?",
      "Can|MD|can we|PRP|we drop|VB|drop the|DT|the old|JJ|old flag|NN|flag instead|RB|instead ?|.|?",
      "aux(3,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) advmod(3,7) punct(3,8)");

  static final Sentence DOES_THAT_WORK_FOR_YOU = S.of("Does that work for you?",
      "Does|VBZ|do that|DT|that work|NN|work for|IN|for you|PRP|you ?|.|?",
      "root(0,1) det(3,2) nsubj(1,3) case(5,4) nmod:for(3,5) punct(1,6)");

  static final Sentence POTENTIALLY_LOOKS_GOOD = S.of("This potentially looks good.",
      "This|DT|this potentially|RB|potentially looks|VBZ|look good|JJ|good .|.|.",
      "nsubj(3,1) advmod(3,2) root(0,3) xcomp(3,4) punct(3,5)");

  static final Sentence HARD_TO_MISS_IF = S.of("Hard to miss if someone is looking for it.",
      "Hard|JJ|hard to|TO|to miss|VB|miss if|IN|if someone|NN|someone is|VBZ|be looking|VBG|look for|IN|for it|PRP|it .|.|.",
      "root(0,1) mark(3,2) dep(1,3) mark(7,4) nsubj(7,5) aux(7,6) advcl:if(3,7) case(9,8) obl:for(7,9) punct(1,10)");

  static final Sentence HARD_TO_GET_RIGHT = S.of("It's hard to get right.",
      "It|PRP|it 's|VBZ|be hard|JJ|hard to|TO|to get|VB|get right|JJ|right .|.|.",
      "nsubj(3,1) nsubj:xsubj(5,1) cop(3,2) root(0,3) mark(5,4) xcomp(3,5) xcomp(5,6) punct(3,7)");

  static final Sentence IM_INTERESTED = S.of("I'm interested in this.",
      "I|PRP|I 'm|VBP|be interested|JJ|interested in|IN|in this|DT|this .|.|.",
      "nsubj(3,1) cop(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)");

  static final Sentence FINE_BUT_DONT_MERGE = S.of("The new layout seems fine, but don't merge it through the staging tree.",
      "The|DT|the new|JJ|new layout|NN|layout seems|VBZ|seem fine|JJ|fine ,|,|, but|CC|but do|VBP|do n't|RB|not merge|VB|merge it|PRP|it through|IN|through the|DT|the staging|NN|staging tree|NN|tree .|.|.",
      "det(3,1) amod(3,2) nsubj(4,3) nsubj(10,3) root(0,4) xcomp(4,5) punct(4,6) cc(10,7) aux(10,8) advmod(10,9) conj:but(4,10) obj(10,11) case(15,12) det(15,13) compound(15,14) obl:through(10,15) punct(4,16)");

  static final Sentence DISAGREE_DASH_REASON = S.of("I disagree entirely - you have to be able to defend what you submit.",
      "I|PRP|I disagree|VBP|disagree entirely|RB|entirely -|,|- you|PRP|you have|VBP|have to|TO|to be|VB|be able|JJ|able to|TO|to defend|VB|defend what|WP|what you|PRP|you submit|VBP|submit .|.|.",
      "nsubj(2,1) root(0,2) advmod(2,3) punct(2,4) nsubj(9,5) nsubj:xsubj(11,5) aux(9,6) mark(9,7) cop(9,8) parataxis(2,9) mark(11,10) xcomp(9,11) obj(14,12) nsubj(14,13) ccomp(11,14) punct(2,15)");

  static final Sentence HE_DOESNT_LIKE = S.of("He doesn't like the new flag.",
      "He|PRP|he does|VBZ|do n't|RB|not like|VB|like the|DT|the new|JJ|new flag|NN|flag .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)");

  static final Sentence GREG_DOESNT_LIKE = S.of("Greg doesn't like the new flag.",
      "Greg|NNP|Greg does|VBZ|do n't|RB|not like|VB|like the|DT|the new|JJ|new flag|NN|flag .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)");

  static final Sentence COULD_THIS_ALSO_INCLUDE = S.of("Could this also include the lessons learnt from upstreaming the vendor drivers?",
      "Could|MD|could this|DT|this also|RB|also include|VBP|include the|DT|the lessons|NNS|lesson learnt|VBD|learn from|IN|from upstreaming|VBG|upstream the|DT|the vendor|NN|vendor drivers|NNS|driver ?|.|?",
      "aux(4,1) nsubj(4,2) advmod(4,3) root(0,4) det(6,5) nsubj(7,6) ccomp(4,7) advcl(7,8) dep(8,9) det(12,10) compound(12,11) obj(9,12) punct(4,13)");

  static final Sentence DONT_THINK_UNMAINTAINED = S.of("I don't think the old interface is unmaintained.",
      "I|PRP|I do|VBP|do n't|RB|not think|VB|think the|DT|the old|JJ|old interface|NN|interface is|VBZ|be unmaintained|JJ|unmaintained .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(7,5) amod(7,6) nsubj(9,7) cop(9,8) ccomp(4,9) punct(4,10)");

  static final Sentence DONT_THINK_ANYONE_USES = S.of("I don't think anyone uses it.",
      "I|PRP|I do|VBP|do n't|RB|not think|VB|think anyone|NN|anyone uses|VBZ|use it|PRP|it .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) nsubj(6,5) ccomp(4,6) obj(6,7) punct(4,8)");

  static final Sentence NO_REASON_TO_CHANGE = S.of("I see no reason to change the default now.",
      "I|PRP|I see|VBP|see no|DT|no reason|NN|reason to|TO|to change|VB|change the|DT|the default|NN|default now|RB|now .|.|.",
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) acl:to(4,6) det(8,7) obj(6,8) advmod(6,9) punct(2,10)");

  static final Sentence NO_REASON_NOT_TO = S.of("I see no reason not to merge it.",
      "I|PRP|I see|VBP|see no|DT|no reason|NN|reason not|RB|not to|TO|to merge|VB|merge it|PRP|it .|.|.",
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) advmod(7,5) mark(7,6) acl:to(4,7) obj(7,8) punct(2,9)");
}
