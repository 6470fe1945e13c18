package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.S;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.analysis.testing.Threads;
import quorum.mail.Position;
import quorum.mail.Stance;

/**
 * A reviewer's suggestion that another reply quotes and answers becomes an issue; its author
 * holds it (support), or as hedged in the same sentence ("but I'm not attached to it").
 */
class OwnPointTest {
  static final Sentence COLON_ID_ADD = S.of("Nobody has to remember: I'd add a table with the release in which each entry becomes removable.",
      "Nobody|NN|nobody has|VBZ|have to|TO|to remember|VB|remember :|:|: I|PRP|I 'd|VBD|have add|VB|add a|DT|a table|NN|table with|IN|with the|DT|the release|NN|release in|IN|in which|WDT|which each|DT|each entry|NN|entry becomes|VBZ|become removable|JJ|removable .|.|.",
      "nsubj(4,1) aux(4,2) mark(4,3) root(0,4) punct(4,5) nsubj(8,6) aux(8,7) parataxis(4,8) det(10,9) obj(8,10) case(13,11) det(13,12) obl:with(8,13) obl:in(18,13) case(15,14) ref(13,15) det(17,16) nsubj(18,17) acl:relcl(13,18) xcomp(18,19) punct(4,20)");

  static final Sentence NAME_IT_NOT_ATTACHED = S.of("I'd name it --cruft-only, but I'm not attached to it.",
      "I|PRP|I 'd|MD|would name|VB|name it|PRP|it --|:|-- cruft|NN|cruft -|HYPH|- only|RB|only ,|,|, but|CC|but I|PRP|I 'm|VBP|be not|RB|not attached|VBN|attach to|IN|to it|PRP|it .|.|.",
      "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5) dep(3,6) punct(6,7) advmod(6,8) punct(6,9) cc(14,10) nsubj:pass(14,11) aux:pass(14,12) advmod(14,13) dep(3,14) conj:but(6,14) case(16,15) obl:to(14,16) punct(3,17)");

  private static ThreadAnalysis answered(Sentence suggestion) {
    return new Analyzer(new ScriptedAnnotator(THIS_PATCH_ADDS, suggestion, DONT_AGREE),
        AnalysisOptions.DEFAULT).analyze(new Threads("[PATCH] x")
            .message("p0", "A", null, Threads.own(THIS_PATCH_ADDS.text()))
            .message("p1", "B", "p0", Threads.own(suggestion.text()))
            .message("p2", "C", "p1", Threads.quote(suggestion.text()),
                Threads.own(DONT_AGREE.text()))
            .build());
  }

  private static String anchorIssue(ThreadAnalysis a) {
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.ANCHOR).map(Issue::id)
        .findFirst().orElseThrow();
  }

  @Test
  void theAuthorOfAQuotedSuggestionSupportsIt() {
    ThreadAnalysis a = answered(COLON_ID_ADD);
    String issue = anchorIssue(a);
    assertThat(a.positions()).filteredOn(p -> p.issue().equals(issue))
        .extracting(p -> p.who().display(), Position::stance, p -> p.evidence().in().value())
        .containsExactly(tuple("B", Stance.SUPPORT, "p1"), tuple("C", Stance.OPPOSE, "p2"));
  }

  @Test
  void aSuggestionItsAuthorIsNotAttachedToIsHeldNeutrally() {
    ThreadAnalysis a = answered(NAME_IT_NOT_ATTACHED);
    String issue = anchorIssue(a);
    assertThat(a.positions()).filteredOn(p -> p.issue().equals(issue) && p.who().display().equals("B"))
        .extracting(Position::stance).containsExactly(Stance.NEUTRAL);
  }

  @Test
  void theAuthorOfAPatchHoldsTheRuleAReviewerQuotes() {
    String line = "Callers must check the return value of every call.";
    ThreadAnalysis a = new Analyzer(new ScriptedAnnotator(THIS_PATCH_ADDS, DONT_AGREE),
        AnalysisOptions.DEFAULT).analyze(new Threads("[PATCH] x")
            .message("p0", "A", null, Threads.own(THIS_PATCH_ADDS.text()),
                Threads.patch("+" + line))
            .message("p1", "B", "p0", Threads.quote("+" + line), Threads.own(DONT_AGREE.text()))
            .build());
    String issue = anchorIssue(a);
    assertThat(a.positions()).filteredOn(p -> p.issue().equals(issue))
        .extracting(p -> p.who().display(), Position::stance, p -> p.evidence().excerpt())
        .containsExactly(tuple("A", Stance.SUPPORT, "proposed text: " + line),
            tuple("B", Stance.OPPOSE, DONT_AGREE.text()));
  }

  @Test
  void aRuleQuotedFromPatchLinesIsTheSentenceWithoutDiffMarkers() {
    ThreadAnalysis a = new Analyzer(new ScriptedAnnotator(THIS_PATCH_ADDS, DONT_AGREE),
        AnalysisOptions.DEFAULT).analyze(new Threads("[PATCH] x")
            .message("p0", "A", null, Threads.own(THIS_PATCH_ADDS.text()),
                Threads.patch("@@ -1,2 +1,3 @@\n Errors\n+Callers must check the return value\n+of every call."))
            .message("p1", "B", "p0",
                Threads.quotedPatch("@@ -1,2 +1,3 @@\n+Callers must check the return value\n+of every call."),
                Threads.own(DONT_AGREE.text()))
            .build());
    String issue = anchorIssue(a);
    assertThat(a.issues()).filteredOn(i -> i.id().equals(issue)).extracting(Issue::text)
        .containsExactly("Callers must check the return value of every call.");
    assertThat(a.positions()).filteredOn(p -> p.issue().equals(issue) && p.who().display().equals("B"))
        .extracting(Position::stance).containsExactly(Stance.OPPOSE);
  }
}
