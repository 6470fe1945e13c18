package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.S;
import quorum.mail.Stance;

/** A speaker proposing a course of action supports it ("we could add X", "let's X"). */
class OwnSuggestionTest {
  private final StanceReader reader = new StanceReader();

  static final Sentence WE_COULD_ADD = S.of("Also we could add a RETIRED file for people who retire.",
      "Also|RB|also we|PRP|we could|MD|could add|VB|add a|DT|a RETIRED|VBN|retire file|NN|file for|IN|for people|NNS|person who|WP|who retire|VBP|retire .|.|.",
      "advmod(4,1) nsubj(4,2) aux(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) case(9,8) nmod:for(7,9) nsubj(11,9) ref(9,10) acl:relcl(9,11) punct(4,12)");

  static final Sentence ID_KEEP = S.of("I'd keep the old name.",
      "I|PRP|I 'd|MD|would keep|VB|keep the|DT|the old|JJ|old name|NN|name .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)");

  static final Sentence LETS_ENABLE = S.of("Let's enable it too.",
      "Let|VB|let 's|PRP|'s enable|VB|enable it|PRP|it too|RB|too .|.|.",
      "root(0,1) nsubj(3,2) ccomp(1,3) obj(3,4) advmod(3,5) punct(1,6)");

  static final Sentence LETS_NOT_RUSH = S.of("Let's not rush this.",
      "Let|VB|let 's|PRP|'s not|RB|not rush|VB|rush this|DT|this .|.|.",
      "root(0,1) nsubj(4,2) advmod(4,3) ccomp(1,4) obj(4,5) punct(1,6)");

  static final Sentence WHAT_ABOUT_DOING = S.of("What about doing an annual probe of all addresses.",
      "What|WP|what about|IN|about doing|VBG|do an|DT|a annual|JJ|annual probe|NN|probe of|IN|of all|DT|all addresses|NNS|address .|.|.",
      "root(0,1) case(3,2) dep(1,3) det(6,4) amod(6,5) obj(3,6) case(9,7) det(9,8) nmod:of(6,9) punct(1,10)");

  static final Sentence SHOULD_HAVE_KEPT = S.of("I should have kept reading.",
      "I|PRP|I should|MD|should have|VB|have kept|VBN|keep reading|NN|reading .|.|.",
      "nsubj(4,1) aux(4,2) aux(4,3) root(0,4) obj(4,5) punct(4,6)");

  static final Sentence SHOULDNT_ADD = S.of("We shouldn't add another flag for this.",
      "We|PRP|we should|MD|should n't|RB|not add|VB|add another|DT|another flag|NN|flag for|IN|for this|DT|this .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:for(4,8) punct(4,9)");

  static final Sentence COULD_RENAME_IF = S.of("We could rename it if nobody uses it.",
      "We|PRP|we could|MD|could rename|VB|rename it|PRP|it if|IN|if nobody|NN|nobody uses|VBZ|use it|PRP|it .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) mark(7,5) nsubj(7,6) advcl:if(3,7) obj(7,8) punct(3,9)");

  static final Sentence IF_CONVENTION_MUST = S.of("If this is the convention for new functions, it should be a MUST.",
      "If|IN|if this|DT|this is|VBZ|be the|DT|the convention|NN|convention for|IN|for new|JJ|new functions|NNS|function ,|,|, it|PRP|it should|MD|should be|VB|be a|DT|a MUST|MD|must .|.|.",
      "mark(5,1) nsubj(5,2) cop(5,3) det(5,4) advcl:if(14,5) case(8,6) amod(8,7) nmod:for(5,8) punct(14,9) nsubj(14,10) aux(14,11) cop(14,12) det(14,13) root(0,14) punct(14,15)");

  static final Sentence API_MUST_NOT_CHANGE = S.of("The public API MUST NOT change within a major version.",
      "The|DT|the public|JJ|public API|NN|api MUST|MD|must NOT|RB|not change|VB|change within|IN|within a|DT|a major|JJ|major version|NN|version .|.|.",
      "det(3,1) amod(3,2) nsubj(6,3) aux(6,4) advmod(6,5) root(0,6) case(10,7) det(10,8) amod(10,9) obl:within(6,10) punct(6,11)");

  static final Sentence I_CAN_DO_THAT = S.of("I can do that.",
      "I|PRP|I can|MD|can do|VB|do that|DT|that .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5)");

  @Test
  void statingARuleSupportsItANegatedRuleToo() {
    assertThat(reader.proposes(IF_CONVENTION_MUST)).contains(Stance.SUPPORT);
    assertThat(reader.proposes(API_MUST_NOT_CHANGE)).contains(Stance.SUPPORT);
  }

  @Test
  void offeringToDoWhatWasAskedSupports() {
    assertThat(reader.read(I_CAN_DO_THAT)).contains(Stance.SUPPORT);
  }

  @Test
  void aSuggestionAfterAColonCountsEvenWithItsWouldTaggedHad() {
    // "Nobody has to remember: I'd add ...": "has to" is no counterfactual, the clause after
    // the colon is the suggestion, and the tagger read "'d" as "had"
    assertThat(reader.proposes(OwnPointTest.COLON_ID_ADD)).contains(Stance.SUPPORT);
  }

  @Test
  void proposingAnActionSupportsIt() {
    assertThat(reader.proposes(WE_COULD_ADD)).contains(Stance.SUPPORT);
    assertThat(reader.proposes(ID_KEEP)).contains(Stance.SUPPORT);
    assertThat(reader.proposes(LETS_ENABLE)).contains(Stance.SUPPORT);
    assertThat(reader.proposes(WHAT_ABOUT_DOING)).contains(Stance.SUPPORT);
  }

  @Test
  void proposingNotToActOpposesAndAConditionMakesItConditional() {
    assertThat(reader.proposes(LETS_NOT_RUSH)).contains(Stance.OPPOSE);
    assertThat(reader.proposes(SHOULDNT_ADD)).contains(Stance.OPPOSE);
    assertThat(reader.proposes(COULD_RENAME_IF)).contains(Stance.CONDITIONAL);
  }

  @Test
  void aRegretAboutThePastProposesNothing() {
    assertThat(reader.proposes(SHOULD_HAVE_KEPT)).isEmpty();
  }
}
