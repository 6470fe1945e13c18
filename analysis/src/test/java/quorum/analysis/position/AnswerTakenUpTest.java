package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;

/**
 * A course of action put forward under a quoted question ("One thing I'd like would be to
 * send one digest a week") is part of that question's topic, unless someone else answers it
 * under a quote of it alone: then the others took it up as a point of its own, and the stand
 * under that quote is on it.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AnswerTakenUpTest {
  private static final String ASKED = "Should we make the nightly test report mails opt-in for "
      + "the subsystem maintainers?";
  private static final String ANSWER = "One thing I'd really like to see would be to send one "
      + "report digest per week instead of a separate report mail for every failing board.";

  private static Threads answered() {
    return new Threads("Nightly test report mails")
        .message("m0", "Ana Ruiz", null, own("The nightly reports flood our inboxes.\n\n" + ASKED))
        .message("m1", "Ben Okafor", "m0", quote(ASKED), own(ANSWER));
  }

  private static Optional<Issue> point(ThreadAnalysis a, String text) {
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT && i.text().equals(text))
        .findFirst();
  }

  @Test
  void anAnswerOthersTakeUpUnderItsQuoteIsAPoint(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(answered()
        .message("m2", "Carla Diaz", "m1", quote(ANSWER),
            own("Yes, I agree that a weekly report digest of the failing boards would be good."))
        .build());
    Optional<Issue> answer = point(a, ANSWER);
    assertThat(answer).isPresent();
    assertThat(a.positions()).anyMatch(p -> p.issue().equals(answer.get().id())
        && p.who().display().equals("Carla Diaz"));
  }

  @Test
  void anAnswerNobodyTakesUpStaysWithTheQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(answered().build());
    assertThat(point(a, ANSWER)).isEmpty();
  }
}
