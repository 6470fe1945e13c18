package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.DecisionStatus;

/**
 * The everyday verbs by which a maintainer takes a submission into a tree or turns it down,
 * besides "Applied" and "NAK": committed, picked up, pushed, taken; Nacked, dropped, "not an
 * option", "I won't apply this".
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class MaintainerVerdictsTest {
  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(ss.size() - 1);
  }

  @Test
  void takingTheSubmissionIntoATreeAgrees(CoreNlpAnnotator nlp) {
    for (String s : List.of("Committed, thanks.", "I've committed it as-is.",
        "I've picked this up for 6.9.", "Picked up, thanks.", "Pushed to for-next, thanks.",
        "I'll take it through my tree.", "I'll apply it after the merge window.")) {
      Sentence x = parse(nlp, s);
      assertThat(DecisionFinder.statusOf(x)).as(s).contains(DecisionStatus.AGREED);
      assertThat(DecisionFinder.judgesSubmission(x, Optional.empty())).as(s).isTrue();
    }
  }

  @Test
  void turningItDownRejects(CoreNlpAnnotator nlp) {
    for (String s : List.of("Nacked.", "I'll drop it.", "I won't apply this.",
        "That is not an option.")) {
      assertThat(DecisionFinder.statusOf(parse(nlp, s))).as(s).contains(DecisionStatus.REJECTED);
    }
  }

  @Test
  void theSameWordsInOtherSensesSettleNothing(CoreNlpAnnotator nlp) {
    for (String s : List.of("The commit message is fine.", "I'll commit to reviewing the next version.",
        "It won't take long.", "The old driver dropped the check years ago, I think.")) {
      assertThat(DecisionFinder.statusOf(parse(nlp, s))).as(s).isEmpty();
    }
  }

  /** End to end: the maintainer committing the patch settles the proposal. */
  @Test
  void aMaintainerCommittingThePatchAgreesTheProposal(Analyzer analyzer) {
    String plan = "This patch documents what happens when a maintainer steps down.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] Documentation: project continuity")
        .message("m0", "Dana Whitaker", null, Threads.own(plan))
        .message("m1", "Felix Braun", "m0", Threads.quote(plan),
            Threads.own("Looks sensible to me, one nit aside."))
        .message("m2", "Junko Hamada", "m0", Threads.quote(plan),
            Threads.own("I've committed it as-is, thanks."))
        .build());
    Issue proposal = a.issues().stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL)
        .findFirst().orElseThrow();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(proposal.id())
        && d.status() == DecisionStatus.AGREED);
  }
}
