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
 * An idea in a reply that repeats words of what it answers is no point of its own, unless
 * someone else answers that very sentence under a quote of it: a list of ideas answered item
 * by item keeps each item apart, and the stand under it is on that item (not the opener's own
 * items, which restate their topic).
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AnsweredItemTest {
  private static final String TOPIC = "The rst output of the documentation build is slow, and "
      + "the kernel-doc output is hard to read.";
  private static final String ITEM = "- Simplify the rst output kernel-doc produces.";
  private static final String OTHER = "- Cache the kernel-doc output per document.";

  private static Threads opening() {
    return opening("Ben Okafor");
  }

  private static Threads opening(String lister) {
    return new Threads("[TECH TOPIC] Faster documentation builds")
        .message("m0", "Ana Ruiz", null, own(TOPIC))
        .message("m1", lister, "m0", quote(TOPIC),
            own("Some ideas:\n\n" + ITEM + "\n" + OTHER));
  }

  private static Optional<Issue> point(ThreadAnalysis a, String text) {
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT && i.text().equals(text))
        .findFirst();
  }

  @Test
  void anItemAnsweredUnderItsQuoteIsAPoint(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(opening()
        .message("m2", "Carla Diaz", "m1", quote(ITEM), own("Seems worth a try."),
            quote(OTHER), own("That would help, but I don't think it is our biggest problem."))
        .build());
    Optional<Issue> item = point(a, ITEM);
    assertThat(item).isPresent();
    assertThat(a.positions()).anyMatch(p -> p.issue().equals(item.get().id())
        && p.who().display().equals("Carla Diaz"));
  }

  @Test
  void anItemNobodyAnswersStaysOnWhatItAnswered(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(opening()
        .message("m2", "Carla Diaz", "m1", quote(ITEM + "\n" + OTHER),
            own("Both seem worth a try."))
        .build());
    assertThat(point(a, ITEM)).isEmpty();
  }

  @Test
  void theOpenersOwnItemAnsweredStaysTheirTopic(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(opening("Ana Ruiz")
        .message("m2", "Carla Diaz", "m1", quote(ITEM), own("Seems worth a try."))
        .build());
    assertThat(point(a, ITEM)).isEmpty();
  }
}
