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

/** A reply under the asker's own restatement of a question, later in the same message. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class RestatementTest {
  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  private static Threads thread(String reply) {
    return new Threads("[MAINTAINERS SUMMIT] Merge tree too flat?")
        .message("f0", "Jiri Kosa", null, Threads.own("Too many trees go straight to the top"
            + " and the merge graph stays flat."))
        .message("f1", "Steve Rost", "f0", Threads.quote("Too many trees go straight to the top"
            + " and the merge graph stays flat."), Threads.own("Topic branches make pulls easier"
            + " to review. Perhaps maintainers should just start splitting up their work?"
            + " It may mean more pull requests."),
            Threads.quote("How could we get maintainers to delegate more?"),
            Threads.own("Others may take over more easily. Perhaps the first step is just to"
            + " have maintainers split up their work."))
        .message("f2", "Jiri Kosa", "f1", Threads.quote("Others may take over more easily."
            + " Perhaps the first step is just to have maintainers split up their work."),
            Threads.own(reply));
  }

  @Test
  void aReplyUnderTheAskersRestatementAnswersTheQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread("Agreed.\n\nThat is how we run our tree.").build());
    assertThat(statusOf(a, "Perhaps maintainers should")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyUnderAnotherSentenceOfTheMessageDoesNot(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] Merge tree too flat?")
        .message("f0", "Jiri Kosa", null, Threads.own("Too many trees go straight to the top"
            + " and the merge graph stays flat."))
        .message("f1", "Steve Rost", "f0", Threads.quote("Too many trees go straight to the top"
            + " and the merge graph stays flat."), Threads.own("Topic branches make pulls easier"
            + " to review. Perhaps maintainers should just start splitting up their work?"
            + " It may mean more pull requests."),
            Threads.quote("How could we get maintainers to delegate more?"),
            Threads.own("Others may take over more easily once the trees are documented."))
        .message("f2", "Jiri Kosa", "f1", Threads.quote("Others may take over more easily once"
            + " the trees are documented."), Threads.own("Agreed."))
        .build());
    assertThat(statusOf(a, "Perhaps maintainers should")).isNotEqualTo(QuestionStatus.ANSWERED);
  }
}
