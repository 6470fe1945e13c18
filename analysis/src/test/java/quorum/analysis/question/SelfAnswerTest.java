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
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;

/** A question its asker answers at once, in the next sentence of the same paragraph. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class SelfAnswerTest {
  private static Question question(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no question " + startsWith + " in " + a.questions()));
  }

  @Test
  void aQuestionTheAskerAnswersWithNoIsRhetoricalAndSettled(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH v5] docs: tool-generated patches")
        .message("t0", "Dana Whit", null, Threads.own("This says tool-generated patches need"
            + " careful review from several people."))
        .message("t1", "Lars Stok", "t0", Threads.quote("This says tool-generated patches need"
            + " careful review from several people."), Threads.own("So a bot sends 500 patches"
            + " and now every one of them needs careful review from several people? No.\n\n"
            + "The sender has to understand them first."))
        .build());
    Question q = question(a, "So a bot sends 500 patches");
    assertThat(q.form()).isEqualTo(QuestionForm.RHETORICAL);
    assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aBareWhyAnsweredInTheNextShortSentenceIsSettled(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: accelerator drivers")
        .message("w0", "Dan Wills", null, Threads.own("Vendors keep rewriting their first"
            + " driver."))
        .message("w1", "Linn Wall", "w0", Threads.quote("Vendors keep rewriting their first"
            + " driver."), Threads.own("Throwing the first version away is the pattern we"
            + " should expect, yet we always get annoyed at it. Why? It is expected."))
        .build());
    Question q = question(a, "Why?");
    assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aQuestionFollowedByItsReasonStillAsks(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, Threads.own("Can we drop the autotools files in the"
            + " next release? The meson build has covered every target for a year now."))
        .build());
    Question q = question(a, "Can we drop");
    assertThat(q.form()).isNotEqualTo(QuestionForm.RHETORICAL);
    assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
  }
}
