package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;

/**
 * A course of action a reply puts forward and welcomes in the same sentence ("It would be
 * nice to ...", "We could definitely ...") is a point of its own, though the sentence reads
 * as support; support for something already said ("so we can make progress" in a clause of
 * its own) raises nothing.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class WelcomedSuggestionTest {
  private static ThreadAnalysis reply(Analyzer analyzer, String text) {
    return analyzer.analyze(new Threads("Reminder: voting procedures for the review board")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\nBallots go out on the 20th to everyone "
            + "with fifty commits in the last year. Please request one if you think you qualify."))
        .message("m1", "Ben Okafor", "m0", own(text))
        .build());
  }

  private static boolean raisesAPoint(ThreadAnalysis a, String text) {
    return a.issues().stream().anyMatch(i -> i.kind() == Issue.Kind.POINT && i.text().equals(text));
  }

  @Test
  void aWishedForCourseOfActionIsAPoint(Analyzer analyzer) {
    String wish = "It would be nice to check the commit threshold automatically for every voter.";
    assertThat(raisesAPoint(reply(analyzer, wish), wish)).isTrue();
  }

  @Test
  void aWeModalWelcomedInPassingIsAPoint(Analyzer analyzer) {
    String we = "We could definitely publish the list of eligible voters before the ballots go out.";
    assertThat(raisesAPoint(reply(analyzer, we), we)).isTrue();
  }

  @Test
  void supportWithAWeModalInASubordinateClauseIsNoPoint(Analyzer analyzer) {
    String glad = "I'm for any ballot procedure that works, so we can make forward progress on the board elections.";
    assertThat(raisesAPoint(reply(analyzer, glad), glad)).isFalse();
  }
}
