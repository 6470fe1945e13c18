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

/** What "we" should do, asked by the opener, is left to the discussion, not to one reply. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class DeliberationTest {
  private static Question startingWith(ThreadAnalysis a, String prefix) {
    return a.questions().stream().filter(q -> q.about().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no question " + prefix + " in " + a.questions()));
  }

  @Test
  void theOpenersQuestionOfWhatWeShouldDoStaysOpenUnderOneView(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] reviewer shortage")
        .message("d0", "Rosa Lind", null, Threads.own("Nobody is paid to review patches in the"
            + " storage drivers, and it shows. How can we fix that?"))
        .message("d1", "Tariq Aziz", "d0", Threads.quote("Nobody is paid to review patches in"
            + " the storage drivers, and it shows. How can we fix that?"), Threads.own("Vendors"
            + " who ship the drivers should pay for some of the review time."))
        .build());
    Question how = startingWith(a, "How can we fix");
    assertThat(how.responses()).hasSize(1);
    assertThat(how.status()).isEqualTo(QuestionStatus.RESPONDED_NOT_RESOLVED);
  }

  @Test
  void theOpenersProposalPutAsAQuestionIsSettledByAssent(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] reviewer shortage")
        .message("f0", "Rosa Lind", null, Threads.own("Can we at least agree to list the"
            + " unreviewed series in the weekly report?"))
        .message("f1", "Tariq Aziz", "f0", Threads.quote("Can we at least agree to list the"
            + " unreviewed series in the weekly report?"), Threads.own("Yes, that seems fair to"
            + " me."))
        .build());
    assertThat(startingWith(a, "Can we at least").status()).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void theSameQuestionInAReplyIsSettledByTheAnswerUnderIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] reviewer shortage")
        .message("e0", "Rosa Lind", null, Threads.own("I would like to talk about review of the"
            + " storage drivers at the summit."))
        .message("e1", "Tariq Aziz", "e0", Threads.quote("I would like to talk about review of"
            + " the storage drivers at the summit."), Threads.own("The queue has grown to three"
            + " hundred series. How can we shrink it before the merge window?"))
        .message("e2", "Rosa Lind", "e1", Threads.quote("How can we shrink it before the merge"
            + " window?"), Threads.own("We can close every series older than a year."))
        .build());
    assertThat(startingWith(a, "How can we shrink").status()).isEqualTo(QuestionStatus.ANSWERED);
  }
}
