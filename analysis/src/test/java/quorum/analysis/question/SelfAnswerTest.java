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
  void aQuestionTheAskerSaysNobodyKnowsStaysOpen(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] Reviewer fatigue")
        .message("r0", "Mara Lind", null, Threads.own("Reviews take longer every cycle."))
        .message("r1", "Jon Gunn", "r0", Threads.quote("Reviews take longer every cycle."),
            Threads.own("I dread sending a big series to another tree. Then I wonder if people"
            + " feel the same about sending to mine? No idea, nobody tells me."))
        .build());
    Question q = question(a, "Then I wonder");
    assertThat(q.form()).isEqualTo(QuestionForm.RHETORICAL);
    assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
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

  @Test
  void listedQuestionsEachAnsweredInTheAskersNextParagraphAreSettled(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] dropping unmaintained drivers")
        .message("d0", "Ines Ford", null, Threads.own("We should drop drivers nobody"
            + " maintains."))
        .message("d1", "Paulo Reis", "d0", Threads.quote("We should drop drivers nobody"
            + " maintains."), Threads.own("A few points to settle first:\n\n"
            + "- Who will tell the users of a dropped driver?\n\n"
            + "I'd say the maintainer who merged the driver in the first place.\n\n"
            + "- Where will the reasons be recorded?\n\n"
            + "The commit that removes the driver should explain why it goes."))
        .build());
    for (String start : new String[] {"- Who will tell", "- Where will the reasons"}) {
      Question q = question(a, start);
      assertThat(q.form()).isEqualTo(QuestionForm.RHETORICAL);
      assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
    }
  }

  @Test
  void listedQuestionsWithOneParagraphAfterTheListStillAsk(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] shared ABI for accelerators")
        .message("c0", "Dan Wills", null, Threads.own("Questions for the session:\n\n"
            + "- When do vendors need to share one ABI?\n"
            + "- Is there more we can do to steer contributors early?\n\n"
            + "Confidential computing is an area where several vendors keep adding features."))
        .build());
    Question q = question(a, "- When do vendors");
    assertThat(q.form()).isNotEqualTo(QuestionForm.RHETORICAL);
    assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
  }
}
