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

/**
 * A reply under a quote of one question of a message answers that one: the asker's other
 * questions, in other paragraphs the reply left unquoted, stay unanswered even when the reply
 * shares their words. A quote of a statement, or of the previous item of the same list of
 * questions, still lets the block answer the question it talks about.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class QuotedPointTest {
  private static final String POINT_ONE = "1. Does the review queue still work? It was set up"
      + " for a handful of careful patches from a few regular submitters.";
  private static final String POINT_TWO = "2. Should the test robots post their results to the"
      + " review queue as well? Many submitters never see the robot results today.";

  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  @Test
  void aReplyUnderOnePointLeavesTheUnquotedPointsOpen(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] Review at scale")
        .message("p0", "Sara Lev", null, Threads.own("I'd like to discuss:\n\n" + POINT_ONE
            + "\n\n" + POINT_TWO))
        .message("p1", "Greg Kroa", "p0", Threads.quote(POINT_ONE),
            Threads.own("The review queue was never meant for careful patches only. We changed"
            + " how it works this year and the robot results from the test robots now reach"
            + " most submitters anyway."))
        .build());
    assertThat(statusOf(a, "Does the review queue")).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(statusOf(a, "Should the test robots")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyUnderAStatementNextToTheQuestionAnswersIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] Review at scale")
        .message("p0", "Sara Lev", null, Threads.own("Many submitters never see the robot"
            + " results today.\n\nShould the test robots post their results to the review"
            + " queue as well?"))
        .message("p1", "Greg Kroa", "p0", Threads.quote("Many submitters never see the robot"
            + " results today."), Threads.own("The test robots now post their results to the"
            + " review queue, so submitters see them there."))
        .build());
    assertThat(statusOf(a, "Should the test robots")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyUnderTheItemBeforeMayAnswerTheNextItemOfTheList(Analyzer analyzer) {
    String list = "- How does the support group work with the conduct committee?\n"
        + "- What happens when the conduct committee and the support group both handle an"
        + " issue?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] Support group")
        .message("s0", "Shua Kha", null, Threads.own("A few points to settle first.\n\n" + list))
        .message("s1", "Steve Rost", "s0",
            Threads.quote("- How does the support group work with the conduct committee?"),
            Threads.own("Ideally, it would not. When an issue escalates, the conduct committee"
            + " takes over and the support group steps out of the issue."))
        .build());
    assertThat(statusOf(a, "- What happens when")).isEqualTo(QuestionStatus.ANSWERED);
  }
}
