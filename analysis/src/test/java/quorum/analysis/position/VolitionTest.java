package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.S;
import quorum.mail.Stance;

/** The speaker's own wish as a stand ({@link Volition}), and a claim denied by "so". */
class VolitionTest {
  private final StanceReader reader = new StanceReader();

  @Test
  void theSpeakersWishSupportsWhatIsWished() {
    assertThat(Volition.of(WANT_REPORTS_REACH)).contains(Stance.SUPPORT);
    assertThat(Volition.of(RATHER_KEEP_BOTH)).contains(Stance.SUPPORT);
    assertThat(reader.read(WANT_REPORTS_REACH)).contains(Stance.SUPPORT);
  }

  @Test
  void aNegatedWishOpposes() {
    assertThat(Volition.of(DO_NOT_WANT_SHIPPED)).contains(Stance.OPPOSE);
    assertThat(Volition.of(WHAT_I_DONT_WANT)).contains(Stance.OPPOSE);
    assertThat(reader.read(WHAT_I_DONT_WANT)).contains(Stance.OPPOSE);
  }

  @Test
  void theIfClauseOfAnAppreciationIsTheWishNotACondition() {
    assertThat(reader.read(APPRECIATE_IF_POLICY)).contains(Stance.SUPPORT);
  }

  @Test
  void speechActsPastWishesOthersWishesAndWeighedCasesTakeNoStand() {
    assertThat(Volition.of(LIKE_TO_ASK)).isEmpty();
    assertThat(Volition.of(WANTED_TO_MENTION)).isEmpty();
    assertThat(Volition.of(JIM_WANTS)).isEmpty();
    assertThat(Volition.of(WOULD_NOT_WANT_BUT)).isEmpty();
  }

  @Test
  void iDontThinkSoDeniesWhatItAnswers() {
    assertThat(reader.read(DONT_THINK_SO)).contains(Stance.OPPOSE);
  }

  private static final Sentence WANT_REPORTS_REACH = S.of("I really want these bug reports to reach the distributions eventually.",
      "I|PRP|I really|RB|really want|VBP|want these|DT|this bug|NN|bug reports|VBZ|report to|TO|to reach|VB|reach the|DT|the distributions|NNS|distribution eventually|RB|eventually .|.|.",
      "nsubj(3,1) advmod(3,2) root(0,3) det(5,4) nsubj(6,5) nsubj:xsubj(8,5) ccomp(3,6) mark(8,7) xcomp(6,8) det(10,9) obj(8,10) advmod(8,11) punct(3,12)");

  private static final Sentence DO_NOT_WANT_SHIPPED = S.of("We do not want to fix a documentation problem by shipping generated files.",
      "We|PRP|we do|VBP|do not|RB|not want|VB|want to|TO|to fix|VB|fix a|DT|a documentation|NN|documentation problem|NN|problem by|IN|by shipping|VBG|ship generated|VBN|generate files|NNS|file .|.|.",
      "nsubj(4,1) nsubj:xsubj(6,1) aux(4,2) advmod(4,3) root(0,4) mark(6,5) xcomp(4,6) det(9,7) compound(9,8) obj(6,9) case(13,10) amod(13,11) amod(13,12) obl:by(6,13) punct(4,14)");

  private static final Sentence WHAT_I_DONT_WANT = S.of("What I really don't want to see is a pile of changes to pass flags around.",
      "What|WP|what I|PRP|I really|RB|really do|VBP|do n't|RB|not want|VB|want to|TO|to see|VB|see is|VBZ|be a|DT|a pile|NN|pile of|IN|of changes|NNS|change to|TO|to pass|VB|pass flags|NNS|flag around|RB|around .|.|.",
      "obj(6,1) nsubj:xsubj(8,1) nsubj(6,2) advmod(6,3) aux(6,4) advmod(6,5) root(0,6) mark(8,7) xcomp(6,8) cop(11,9) det(11,10) obj(8,11) nsubj:xsubj(15,11) case(13,12) nmod:of(11,13) mark(15,14) xcomp(8,15) obj(15,16) advmod(15,17) punct(6,18)");

  private static final Sentence APPRECIATE_IF_POLICY = S.of("I'd very much appreciate it if a policy could be written down.",
      "I|PRP|I 'd|MD|would very|RB|very much|RB|much appreciate|VBP|appreciate it|PRP|it if|IN|if a|DT|a policy|NN|policy could|MD|could be|VB|be written|VBN|write down|RP|down .|.|.",
      "nsubj(5,1) aux(5,2) advmod(4,3) advmod(5,4) root(0,5) obj(5,6) mark(12,7) det(9,8) nsubj:pass(12,9) aux(12,10) aux:pass(12,11) advcl:if(5,12) compound:prt(12,13) punct(5,14)");

  private static final Sentence RATHER_KEEP_BOTH = S.of("I'd rather keep both interfaces.",
      "I|PRP|I 'd|MD|would rather|RB|rather keep|VB|keep both|DT|both interfaces|VBZ|interface .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) nsubj(6,5) ccomp(4,6) punct(4,7)");

  private static final Sentence LIKE_TO_ASK = S.of("I'd like to ask about the timing.",
      "I|PRP|I 'd|MD|would like|VB|like to|TO|to ask|VB|ask about|IN|about the|DT|the timing|NN|timing .|.|.",
      "nsubj(3,1) nsubj:xsubj(5,1) aux(3,2) root(0,3) mark(5,4) xcomp(3,5) case(8,6) det(8,7) obl:about(5,8) punct(3,9)");

  private static final Sentence WANTED_TO_MENTION = S.of("I wanted to mention this earlier.",
      "I|PRP|I wanted|VBD|want to|TO|to mention|VB|mention this|DT|this earlier|JJR|early .|.|.",
      "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) det(6,5) obl:tmod(4,6) punct(2,7)");

  private static final Sentence WOULD_NOT_WANT_BUT = S.of("I would not want checks for unsigned values, but they might help for signed ones.",
      "I|PRP|I would|MD|would not|RB|not want|VB|want checks|NNS|check for|IN|for unsigned|JJ|unsigned values|NNS|value ,|,|, but|CC|but they|PRP|they might|MD|might help|VB|help for|IN|for signed|VBN|sign ones|NNS|one .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) case(8,6) amod(8,7) nmod:for(5,8) punct(4,9) cc(13,10) nsubj(13,11) aux(13,12) conj:but(4,13) case(16,14) amod(16,15) obl:for(13,16) punct(4,17)");

  private static final Sentence JIM_WANTS = S.of("Jim wants the old interface gone.",
      "Jim|NNP|Jim wants|VBZ|want the|DT|the old|JJ|old interface|NN|interface gone|VBN|go .|.|.",
      "nsubj(2,1) root(0,2) det(5,3) amod(5,4) nsubj(6,5) xcomp(2,6) punct(2,7)");

  private static final Sentence DONT_THINK_SO = S.of("I don't think so.",
      "I|PRP|I do|VBP|do n't|RB|not think|VB|think so|RB|so .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) advmod(4,5) punct(4,6)");
}
