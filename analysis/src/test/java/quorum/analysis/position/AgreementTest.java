package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.Fixtures;
import quorum.analysis.testing.S;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.analysis.testing.Threads;
import quorum.mail.Position;
import quorum.mail.Stance;

/** Bare agreement takes the answered speaker's stance; disagreement the opposite. */
class AgreementTest {
  static final Sentence AGREE_100 = S.of("Yeah, I agree 100%, and I've said so before.",
      "Yeah|UH|yeah ,|,|, I|PRP|I agree|VBP|agree 100|CD|100 %|NN|% ,|,|, and|CC|and I|PRP|I 've|VBP|have said|VBN|say so|RB|so before|RB|before .|.|.",
      "discourse(4,1) punct(4,2) nsubj(4,3) root(0,4) nummod(6,5) obj(4,6) punct(4,7) cc(11,8) nsubj(11,9) aux(11,10) conj:and(4,11) advmod(13,12) advmod(11,13) punct(4,14)");

  static final Sentence AGREE_WITH_GREG = S.of("I agree with Greg here.",
      "I|PRP|I agree|VBP|agree with|IN|with Greg|NNP|Greg here|RB|here .|.|.",
      "nsubj(2,1) root(0,2) case(4,3) obl:with(2,4) advmod(2,5) punct(2,6)");

  static final Sentence DISAGREE = S.of("I disagree.",
      "I|PRP|I disagree|VBP|disagree .|.|.",
      "nsubj(2,1) root(0,2) punct(2,3)");

  static final Sentence DONT_AGREE_WITH_THAT = S.of("I don't agree with that.",
      "I|PRP|I do|VBP|do n't|RB|not agree|VB|agree with|IN|with that|DT|that .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) case(6,5) obl:with(4,6) punct(4,7)");

  static final Sentence AGREE_THAT_IT_BREAKS = S.of("I agree that the new flag breaks old scripts.",
      "I|PRP|I agree|VBP|agree that|IN|that the|DT|the new|JJ|new flag|NN|flag breaks|NNS|break old|JJ|old scripts|NNS|script .|.|.",
      "nsubj(2,1) root(0,2) mark(9,3) det(9,4) amod(7,5) compound(7,6) compound(9,7) amod(9,8) ccomp(2,9) punct(2,10)");

  static final Sentence GOOD_POINT = S.of("Good point.",
      "Good|JJ|good point|NN|point .|.|.",
      "amod(2,1) root(0,2) punct(2,3)");

  static final Sentence FAIR_ENOUGH = S.of("Fair enough.",
      "Fair|NNP|Fair enough|RB|enough .|.|.",
      "root(0,1) advmod(1,2) punct(1,3)");

  @Test
  void grantingAPointAgrees() {
    assertThat(Agreement.of(GOOD_POINT)).contains(new Agreement(true, java.util.Optional.empty()));
    assertThat(Agreement.of(FAIR_ENOUGH)).contains(new Agreement(true, java.util.Optional.empty()));
  }

  @Test
  void readsBareAgreementAndWhomItNames() {
    assertThat(Agreement.of(AGREE_100)).contains(new Agreement(true, java.util.Optional.empty()));
    assertThat(Agreement.of(AGREE_WITH_GREG)).contains(new Agreement(true, java.util.Optional.of("Greg")));
    assertThat(Agreement.of(DISAGREE)).contains(new Agreement(false, java.util.Optional.empty()));
    assertThat(Agreement.of(DONT_AGREE_WITH_THAT)).contains(new Agreement(false, java.util.Optional.empty()));
  }

  @Test
  void aLeadingDisagreementBeforeADashIsBareItsReasonFollows() {
    assertThat(Agreement.of(StanceSentences.DISAGREE_DASH_REASON))
        .contains(new Agreement(false, java.util.Optional.empty()));
  }

  @Test
  void agreementWithContentOfItsOwnIsNotBare() {
    assertThat(Agreement.of(AGREE_THAT_IT_BREAKS)).isEmpty();
    assertThat(Agreement.of(Fixtures.DONT_AGREE)).isEmpty();
  }

  @Test
  void disagreeingWithAnObjectionSupportsAndNamingTheObjectorOpposes() {
    ScriptedAnnotator nlp = new ScriptedAnnotator(Fixtures.THIS_PATCH_ADDS, Fixtures.DONT_AGREE,
        DISAGREE, AGREE_WITH_GREG);
    List<Position> ps = new Analyzer(nlp, AnalysisOptions.DEFAULT).analyze(new Threads("[PATCH] x")
        .message("p0", "Ann Author", null, Threads.own(Fixtures.THIS_PATCH_ADDS.text()))
        .message("p1", "Greg Reviewer", "p0", Threads.quote(Fixtures.THIS_PATCH_ADDS.text()),
            Threads.own(Fixtures.DONT_AGREE.text()))
        .message("p2", "Carl Other", "p1", Threads.quote(Fixtures.DONT_AGREE.text()),
            Threads.own(DISAGREE.text()))
        .message("p3", "Dora Third", "p2", Threads.quote(DISAGREE.text()),
            Threads.own(AGREE_WITH_GREG.text()))
        .build()).positions();
    String gregsIssue = ps.stream().filter(p -> p.who().display().equals("Greg Reviewer"))
        .findFirst().orElseThrow().issue();
    assertThat(ps).extracting(p -> p.who().display(), Position::issue, Position::stance)
        .contains(tuple("Greg Reviewer", gregsIssue, Stance.OPPOSE),
            tuple("Carl Other", gregsIssue, Stance.SUPPORT),
            tuple("Dora Third", gregsIssue, Stance.OPPOSE));
  }
}
