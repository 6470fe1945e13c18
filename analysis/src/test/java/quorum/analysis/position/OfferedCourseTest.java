package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Stance;

/**
 * A course of action a reply's writer offers, plans or wishes for ("I'd like to ...", "We are
 * willing to ...", "I'd be happy to ...") is a point of its own that its writer supports;
 * offering to act on the work under discussion ("I'd be happy to review ...") raises nothing.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class OfferedCourseTest {
  private static ThreadAnalysis reply(Analyzer analyzer, String text) {
    return analyzer.analyze(new Threads("Session proposal: storage drivers on small boards")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\nWe would like to present our work on "
            + "storage drivers for small boards in a forty-five minute talk."))
        .message("m1", "Ben Okafor", "m0", own(text))
        .build());
  }

  private static Optional<Issue> point(ThreadAnalysis a, String text) {
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT && i.text().equals(text))
        .findFirst();
  }

  private static boolean supportedByWriter(ThreadAnalysis a, Issue i) {
    return a.positions().stream().anyMatch(p -> p.issue().equals(i.id())
        && p.who().display().equals("Ben Okafor") && p.stance() == Stance.SUPPORT);
  }

  @Test
  void aWishForOwnWorkIsAPointItsWriterSupports(Analyzer analyzer) {
    String wish = "I'd like to write the partition rules into the kernel documentation.";
    ThreadAnalysis a = reply(analyzer, wish);
    assertThat(point(a, wish)).isPresent();
    assertThat(supportedByWriter(a, point(a, wish).get())).isTrue();
  }

  @Test
  void anOfferIsAPoint(Analyzer analyzer) {
    String offer = "I'd be happy to briefly explain the flash translation layer effort as input.";
    assertThat(point(reply(analyzer, offer), offer)).isPresent();
  }

  @Test
  void aWillingnessIsAPoint(Analyzer analyzer) {
    String willing = "We are willing to extend the slot to a full hour with a demo of the firmware.";
    assertThat(point(reply(analyzer, willing), willing)).isPresent();
  }

  @Test
  void anOfferToReviewTheWorkIsNoPoint(Analyzer analyzer) {
    String review = "I'd be happy to review the next version of the flash translation layer.";
    assertThat(point(reply(analyzer, review), review)).isEmpty();
  }

  @Test
  void anOfferOnAConditionIsStillAPoint(Analyzer analyzer) {
    String offer = "If it helps, I'd be happy to briefly explain the flash translation layer effort at the session.";
    assertThat(point(reply(analyzer, offer), offer)).isPresent();
  }

  @Test
  void aWishToKeepThingsAsTheyAreIsNoPoint(Analyzer analyzer) {
    String keep = "I'd like to keep it at storage drivers for the small boards.";
    assertThat(point(reply(analyzer, keep), keep)).isEmpty();
  }

  @Test
  void aWishInARelativeClauseIsNoPoint(Analyzer analyzer) {
    String later = "This is something I'd like to handle with a flash translation layer next year.";
    assertThat(point(reply(analyzer, later), later)).isEmpty();
  }

  @Test
  void aWeModalUnderANegatedOpinionIsNoPoint(Analyzer analyzer) {
    String doubt = "I don't think we can generalise from these small boards to the big storage arrays.";
    assertThat(point(reply(analyzer, doubt), doubt)).isEmpty();
  }
}
