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
}
