package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/** A reply under a quoted run of questions of one paragraph answers the whole run. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class QuestionRunTest {
  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  private static Threads thread(String questions, String quoted) {
    return new Threads("[TECH TOPIC] a new interconnect bus")
        .message("u0", "Kostya Sin", null, Threads.own("I would like to present how support"
            + " for the new interconnect could look upstream, at the December summit."))
        .message("u1", "Greg Hall", "u0", Threads.quote("I would like to present how support"
            + " for the new interconnect could look upstream, at the December summit."),
            Threads.own(questions))
        .message("u2", "Kostya Sin", "u1", Threads.quote(quoted),
            Threads.own("Hi Greg,\n\nGood idea, we'll clean up and post an RFC skeleton before"
                + " December for early feedback."));
  }

  @Test
  void aReplyUnderTheWholeRunAnswersItsFirstQuestion(Analyzer analyzer) {
    String run = "Do you have patches today for this new bus? Why not start sending them"
        + " already? Why wait till December?";
    ThreadAnalysis a = analyzer.analyze(thread(run, run).build());
    assertThat(statusOf(a, "Do you have patches")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aQuestionOfAnEarlierParagraphIsNotPartOfTheRun(Analyzer analyzer) {
    String two = "Do you have patches today for this new bus?\n\nWhy wait till December?";
    ThreadAnalysis a = analyzer.analyze(thread(two, two).build());
    assertThat(statusOf(a, "Do you have patches")).isNotEqualTo(QuestionStatus.ANSWERED);
  }
}
