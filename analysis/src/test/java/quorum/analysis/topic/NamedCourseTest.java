package quorum.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.S;

/**
 * "The proper fix is to ...", "the best would be to ...", "one thing I'd like would be to
 * ...": a remedy or a wished-for thing named as the subject of "be to" and a verb puts that
 * course of action forward; an aim ("The goal of this series is to ...") or a negated "be"
 * does not. Sentences as the real pipeline parses them.
 */
class NamedCourseTest {
  private static final Sentence PROPER_FIX = S.of("The proper fix is to drop the old build environment and install the packaged one instead.",
      "The|DT|the proper|JJ|proper fix|NN|fix is|VBZ|be to|TO|to drop|VB|drop the|DT|the old|JJ|old build|NN|build environment|NN|environment and|CC|and install|VB|install the|DT|the packaged|VBN|package one|CD|one instead|RB|instead .|.|.",
      "det(3,1) amod(3,2) nsubj(6,3) nsubj(12,3) aux(6,4) mark(6,5) root(0,6) det(10,7) amod(10,8) compound(10,9) obj(6,10) cc(12,11) conj:and(6,12) det(15,13) amod(15,14) obj(12,15) advmod(12,16) punct(6,17)");
  private static final Sentence BEST_WOULD_BE = S.of("Maybe the best would be to keep the driver for one more release and see if someone steps up.",
      "Maybe|RB|maybe the|DT|the best|JJS|good would|MD|would be|VB|be to|TO|to keep|VB|keep the|DT|the driver|NN|driver for|IN|for one|CD|one more|JJR|more release|NN|release and|CC|and see|VB|see if|IN|if someone|NN|someone steps|VBZ|step up|RP|up .|.|.",
      "advmod(7,1) det(3,2) nsubj(7,3) nsubj(15,3) aux(7,4) aux(7,5) mark(7,6) root(0,7) det(9,8) obj(7,9) case(13,10) nummod(13,11) amod(13,12) obl:for(7,13) cc(15,14) conj:and(7,15) mark(18,16) nsubj(18,17) advcl:if(15,18) compound:prt(18,19) punct(7,20)");
  private static final Sentence THING_I_LIKE = S.of("One thing I'd really like to see would be to send one digest per week instead of a mail per board.",
      "One|CD|one thing|NN|thing I|PRP|I 'd|MD|would really|RB|really like|VB|like to|TO|to see|VB|see would|MD|would be|VB|be to|TO|to send|VB|send one|CD|one digest|NN|digest per|IN|per week|NN|week instead|RB|instead of|IN|of a|DT|a mail|NN|mail per|IN|per board|NN|board .|.|.",
      "nummod(2,1) nsubj(12,2) nsubj(6,3) nsubj:xsubj(8,3) aux(6,4) advmod(6,5) dep(2,6) mark(8,7) xcomp(6,8) aux(12,9) aux(12,10) mark(12,11) root(0,12) nummod(14,13) obj(12,14) case(16,15) obl:per(12,16) case(20,17) fixed(17,18) det(20,19) obl:instead_of(12,20) case(22,21) nmod:per(20,22) punct(12,23)");
  private static final Sentence GOAL = S.of("The goal of this series is to move the board files to device tree.",
      "The|DT|the goal|NN|goal of|IN|of this|DT|this series|NN|series is|VBZ|be to|TO|to move|VB|move the|DT|the board|NN|board files|NNS|file to|IN|to device|NN|device tree|NN|tree .|.|.",
      "det(2,1) nsubj(8,2) case(5,3) det(5,4) nmod:of(2,5) aux(8,6) mark(8,7) root(0,8) det(11,9) compound(11,10) obj(8,11) case(14,12) compound(14,13) obl:to(8,14) punct(8,15)");
  private static final Sentence NOT_TO = S.of("The fix is not to add another knob.",
      "The|DT|the fix|NN|fix is|VBZ|be not|RB|not to|TO|to add|VB|add another|DT|another knob|NN|knob .|.|.",
      "det(2,1) nsubj(3,2) nsubj:xsubj(6,2) root(0,3) advmod(6,4) mark(6,5) xcomp(3,6) det(8,7) obj(6,8) punct(3,9)");

  @Test
  void aRemedyNamedAsTheSubjectPutsACourseForward() {
    assertThat(NamedCourse.puts(PROPER_FIX)).isTrue();
    assertThat(NamedCourse.puts(BEST_WOULD_BE)).isTrue();
  }

  @Test
  void aThingTheWriterWishesForPutsACourseForward() {
    assertThat(NamedCourse.puts(THING_I_LIKE)).isTrue();
    assertThat(OwnTextPoints.suggests(THING_I_LIKE)).isTrue();
  }

  @Test
  void anAimOrANegatedRemedyPutsNothingForward() {
    assertThat(NamedCourse.puts(GOAL)).isFalse();
    assertThat(NamedCourse.puts(NOT_TO)).isFalse();
  }
}
