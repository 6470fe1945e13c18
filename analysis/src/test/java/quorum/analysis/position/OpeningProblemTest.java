package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Position;
import quorum.mail.Stance;

/**
 * A reservation in the thread's opening message is its author's problem statement, the
 * reason they open the thread: it supports what they raise. The same words in a reply stay a
 * concern.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class OpeningProblemTest {
  private static final String ASK = "I'd like to propose a per-device retry timeout for the"
      + " block layer.";
  private static final String PROBLEM = "The problem is that one global timeout is too short"
      + " for slow USB disks.";

  private static List<Stance> stancesOf(ThreadAnalysis a, String who) {
    return a.positions().stream().filter(p -> p.who().display().equals(who))
        .map(Position::stance).toList();
  }

  @Test
  void theOpenersProblemStatementSupportsWhatTheyRaise(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Per-device retry timeout")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\n" + ASK + " " + PROBLEM))
        .message("m1", "Ben Okafor", "m0", quote(ASK), own("Sounds good to me."))
        .build());
    assertThat(stancesOf(a, "Ana Ruiz")).isNotEmpty().containsOnly(Stance.SUPPORT);
  }

  @Test
  void theSameReservationInAReplyStaysAConcern(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Per-device retry timeout")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\n" + ASK))
        .message("m1", "Ben Okafor", "m0", quote(ASK),
            own("The problem is that a per-device timeout is one more knob nobody sets."))
        .build());
    assertThat(stancesOf(a, "Ben Okafor")).contains(Stance.CONCERN);
  }
}
