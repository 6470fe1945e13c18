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

/** Sentences that look like questions but ask nobody anything. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class NotAskedTest {
  @Test
  void iDontSeeHowAssertsRatherThanAsks(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] tracing tools and uAPI")
        .message("e0", "Jiri Kos", null, Threads.own("Tracepoints became ABI once tools used"
            + " them.\nI don't see how eBPF makes this different in principle."))
        .build());
    assertThat(a.questions()).isEmpty();
  }

  @Test
  void iDontRememberWhereSpeaksOfTheWritersPast(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] doc: tool disclosure")
        .message("d0", "Dave Hahn", null, Threads.own("I always add a tag for generated code."
            + "\nBut I don't remember where I read that rule, it may have been a random page."))
        .build());
    assertThat(a.questions()).isEmpty();
  }

  @Test
  void aQuestionSentAgainFromAnotherAddressIsAskedOnce(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TECH TOPIC] driver upstreaming")
        .message("u0", "Nia Rao", null, Threads.own("We plan to post the drivers in December."))
        .message("u1", "Greg Holt", "u0", Threads.quote("We plan to post the drivers in"
            + " December."), Threads.own("Do you have patches today for this new bus?"))
        .message("u2", "Greg H.", "u0", Threads.quote("We plan to post the drivers in"
            + " December."), Threads.own("Do you have patches today for this new bus?"))
        .build());
    assertThat(a.questions()).extracting(Question::about)
        .containsExactly("Do you have patches today for this new bus?");
  }

  @Test
  void aDoubtConcededBeforeAClaimHedgesIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] error return conventions")
        .message("s0", "Lena Pohl", null, Threads.own("Some drivers return NULL, others an"
            + " error pointer.\nI'm not sure if one convention for the whole tree is possible,"
            + " but any step in that direction would be an improvement."))
        .build());
    assertThat(a.questions()).isEmpty();
  }

  @Test
  void aDoubtAfterTheButStillAsks(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] error return conventions")
        .message("s0", "Lena Pohl", null, Threads.own("Some drivers return NULL, others an"
            + " error pointer.\nOne convention sounds good, but I'm not sure whether the"
            + " static checkers can enforce it."))
        .build());
    assertThat(a.questions()).hasSize(1);
  }

  @Test
  void aDoubtWhoseClauseEndsBeforeTheButStillAsks(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] style: braces rule")
        .message("b0", "Ola Berg", null, Threads.own("It's not clear to me whether the rule"
            + " covers old code; the second hunk suggests it does, but it doesn't say so."))
        .build());
    assertThat(a.questions()).hasSize(1);
  }

  @Test
  void aQuotedTitleAfterAnArticleAsksNothing(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[SUMMIT] prep")
        .message("p0", "Tom Ries", null, Threads.own("I plan a short survey in preparation for"
            + " a \"Who Maintains What?\" session on the second day."))
        .build());
    assertThat(a.questions()).isEmpty();
  }
}
