package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.analysis.testing.Threads;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Position;
import quorum.mail.Stance;

/**
 * A proposal under review: a reviewer takes a stand on a quoted line of the patch (an issue
 * of its own), the author accepts the point (settled), a third reader's "+1" speaks to the
 * proposal itself whatever it quotes.
 */
class ReviewRulesTest {
  private static final String LINE = "Callers must check the return value of every call.";

  private final ThreadAnalysis a = new Analyzer(new ScriptedAnnotator(THIS_PATCH_ADDS, DO_NOT_AGREE,
      AGREED_MUST_V3, PLUS_ONE_FROM_ME), AnalysisOptions.DEFAULT).analyze(
      new Threads("[PATCH] x")
          .message("p0", "A", null, Threads.own(THIS_PATCH_ADDS.text()), Threads.patch("+" + LINE))
          .message("p1", "B", "p0", Threads.quote(LINE), Threads.own(DO_NOT_AGREE.text()))
          .message("p2", "A", "p1", Threads.quote(DO_NOT_AGREE.text()),
              Threads.own(AGREED_MUST_V3.text()))
          .message("p3", "C", "p1", Threads.quote(DO_NOT_AGREE.text()),
              Threads.own(PLUS_ONE_FROM_ME.text()))
          .build());

  private String anchorIssue() {
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.ANCHOR).map(Issue::id)
        .findFirst().orElseThrow();
  }

  @Test
  void aStandOnAQuotedLineMakesThatLineAnIssue() {
    assertThat(a.issues()).filteredOn(i -> i.kind() == Issue.Kind.ANCHOR)
        .singleElement().satisfies(i -> assertThat(i.text()).isEqualTo(LINE));
    assertThat(a.positions()).extracting(p -> p.who().display(), Position::issue, Position::stance)
        .contains(tuple("B", anchorIssue(), Stance.OPPOSE));
  }

  @Test
  void theAuthorAcceptingAPointSettlesIt() {
    assertThat(a.decisions()).extracting(Decision::issue, Decision::status)
        .contains(tuple(anchorIssue(), DecisionStatus.AGREED));
  }

  @Test
  void aPlusOneSpeaksToTheProposal() {
    assertThat(a.positions()).extracting(p -> p.who().display(), Position::issue, Position::stance)
        .contains(tuple("C", "i1", Stance.SUPPORT));
  }
}
