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
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * Choices: a summary that chooses outright settles the proposal whatever words it shares with
 * it; an answered question settles its point only when it weighed two options.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class ChoiceTest {
  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(ss.size() - 1);
  }

  private static final Issue PROPOSAL = new Issue("i1",
      "RFC: deprecation policy for configuration parameters", Issue.Kind.PROPOSAL,
      Participant.named("A"), new MessageKey("m0"), "");

  @Test
  void aSummaryChoosingOutrightSettlesTheProposal(CoreNlpAnnotator nlp) {
    Sentence s = parse(nlp, "Let's go with two major releases for documented options, none for"
        + " undocumented ones, and the overdue check.");
    assertThat(Summary.sums(s)).isTrue();
    assertThat(Summary.alsoSettled(s, false, List.of(PROPOSAL), Optional.empty()))
        .containsExactly(PROPOSAL);
    // asking for a v2 keeps the proposal open
    assertThat(Summary.alsoSettled(s, true, List.of(PROPOSAL), Optional.empty())).isEmpty();
  }

  @Test
  void aChoiceThatWaitsOrANounOfConsensusSettlesNoProposal(CoreNlpAnnotator nlp) {
    Sentence waits = parse(nlp, "Agreed, let's go with that: unreachable sections get rewritten,"
        + " and the change happens only when every author has said yes.");
    assertThat(Summary.alsoSettled(waits, false, List.of(PROPOSAL), Optional.empty())).isEmpty();
    Sentence noun = parse(nlp, "The friction is how much consensus is needed in a given case.");
    assertThat(Summary.choosesOutright(noun)).isFalse();
  }

  @Test
  void questionsWeighingTwoOptionsAskForAChoice(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.weighsAlternatives(parse(nlp,
        "Could the legacy functions stay, deprecated, until 2.0 instead of going away in 1.0?")))
        .isTrue();
    assertThat(DecisionFinder.weighsAlternatives(parse(nlp,
        "Would you accept 2.5.0, or should I backport the fix to 2.4.1?"))).isTrue();
    assertThat(DecisionFinder.weighsAlternatives(parse(nlp,
        "Why MUST NOT here rather than SHOULD NOT?"))).isTrue();
    assertThat(DecisionFinder.weighsAlternatives(parse(nlp, "Shouldn't this be MUST NOT?")))
        .isTrue();
    assertThat(DecisionFinder.weighsAlternatives(parse(nlp,
        "Can the bot keep a reference to bug trackers or such?"))).isFalse();
    assertThat(DecisionFinder.weighsAlternatives(parse(nlp,
        "Would using git notes for prompts be useful here?"))).isFalse();
  }

  @Test
  void anInformingAnswerToAYesNoQuestionSettlesNothing(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] docs: guidelines for generated patches")
        .message("p0", "Rosa Lind", null, Threads.own("This patch adds guidelines for patches"
            + " produced with the help of tools."))
        .message("p1", "Sven Aho", "p0", Threads.quote("This patch adds guidelines for patches"
            + " produced with the help of tools."), Threads.own("Could we keep the prompts in"
            + " git notes for each commit?"))
        .message("p2", "Rosa Lind", "p1", Threads.quote("Could we keep the prompts in git notes"
            + " for each commit?"), Threads.own("I looked at git notes a bit during the trailer"
            + " discussion last year."))
        .build());
    assertThat(a.decisions()).noneMatch(d -> d.status() == DecisionStatus.AGREED
        && d.gist().startsWith("I looked"));
  }
}
