package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/** A reply that opens on a course of its own argues; it does not say yes or no. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class CounterProposalTest {
  private static Sentence first(CoreNlpAnnotator nlp, String text) {
    return nlp.annotate(text).get(0);
  }

  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  @Test
  void aWishAConditionOrAnotherIdeaProposes(CoreNlpAnnotator nlp) {
    assertThat(CounterProposal.proposes(first(nlp, "I'd much rather see one digest per release."))).isTrue();
    assertThat(CounterProposal.proposes(first(nlp, "What we would prefer is a weekly summary."))).isTrue();
    assertThat(CounterProposal.proposes(first(nlp,
        "If the bot just set a header, it would be easy to filter on it."))).isTrue();
    assertThat(CounterProposal.proposes(first(nlp, "Here's another idea: a public feed."))).isTrue();
    assertThat(CounterProposal.proposes(first(nlp, "Alternatively, drop the copies to the list."))).isTrue();
  }

  @Test
  void anAnswerAnAgreementOrARatingDoesNot(CoreNlpAnnotator nlp) {
    assertThat(CounterProposal.proposes(first(nlp, "The bot already sets that header."))).isFalse();
    assertThat(CounterProposal.proposes(first(nlp, "I had a similar idea last year."))).isFalse();
    assertThat(CounterProposal.proposes(first(nlp, "That would be great if you can do it."))).isFalse();
    assertThat(CounterProposal.proposes(first(nlp, "I like it."))).isFalse();
  }

  @Test
  void aCounterProposalDoesNotSettleAYesNoQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] the volume of bot mail")
        .message("b0", "Ines Varga", null, Threads.own("Every backport mails each maintainer"
            + " once per release.\nCould the reports be made opt-in for each subsystem?"))
        .message("b1", "Karl Moss", "b0", Threads.quote("Could the reports be made opt-in for"
            + " each subsystem?"), Threads.own("I'd much rather see one digest per release."
            + "\nThat would cut the volume by a factor of five."))
        .build());
    assertThat(statusOf(a, "Could the reports")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aProposalAnswersAQuestionThatAsksForOne(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] the volume of bot mail")
        .message("b0", "Ines Varga", null, Threads.own("Every backport mails each maintainer"
            + " once per release.\nWhat would make the reports easier to live with?"))
        .message("b1", "Karl Moss", "b0", Threads.quote("What would make the reports easier to"
            + " live with?"), Threads.own("I'd much rather see one digest per release."
            + "\nThat would cut the volume by a factor of five."))
        .build());
    assertThat(statusOf(a, "What would make")).isEqualTo(QuestionStatus.ANSWERED);
  }
}
