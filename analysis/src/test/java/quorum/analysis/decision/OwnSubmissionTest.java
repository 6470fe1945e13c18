package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.DecisionStatus;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * In a discussion topic the opener accepting a point about their own talk or submission
 * settles it; accepting a point about the topic itself is only a view.
 */
class OwnSubmissionTest {
  private static final String ABSTRACT = "We will present lease, a way for a driver to take"
      + " back a buffer it lent to user space when its device goes away.";

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void theOpenerAcceptingAPointAboutTheAbstractAgreesToIt(Analyzer analyzer) {
    String hint = "Could the abstract already say how this differs from pinned pages?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TECH TOPIC] Leases for lent buffers")
        .message("m0", "Mira Okafor", null, Threads.own(ABSTRACT))
        .message("m1", "Tomas Berg", "m0", Threads.quote(ABSTRACT), Threads.own(hint))
        .message("m2", "Mira Okafor", "m1", Threads.quote(hint),
            Threads.own("Thank you for the feedback, that's a very good point. Here is the"
                + " revised abstract."))
        .build());
    Optional<Issue> point = a.issues().stream()
        .filter(i -> i.kind() != Issue.Kind.PROPOSAL && i.in().value().equals("m1")).findFirst();
    assertThat(point).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(point.get().id())
        && d.status() == DecisionStatus.AGREED);
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void theOpenerAgreeingWithAPointAboutTheTopicOnlyTakesAStand(Analyzer analyzer) {
    String open = "Too many trees go straight to the top; I'd like to discuss whether more"
        + " of them should go through sub-maintainers.";
    String split = "Could maintainers split their work into more topic branches?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] Flat merge tree")
        .message("m0", "Mira Okafor", null, Threads.own(open))
        .message("m1", "Tomas Berg", "m0", Threads.quote(open), Threads.own(split))
        .message("m2", "Mira Okafor", "m1", Threads.quote(split), Threads.own("Agreed."))
        .build());
    assertThat(a.decisions()).noneMatch(d -> d.status() == DecisionStatus.AGREED);
  }

  @Test
  void onlyAPointNamingTheSubmissionIsTheOpenersToSettle() {
    Participant tomas = Participant.named("Tomas Berg");
    MessageKey m1 = new MessageKey("m1");
    assertThat(OwnSubmission.named(new Issue("i2", "Saying that in the abstract already might"
        + " help.", Issue.Kind.POINT, tomas, m1, ""))).isTrue();
    assertThat(OwnSubmission.named(new Issue("i2", "Could the talk also cover the test farm?",
        Issue.Kind.QUESTION, tomas, m1, ""))).isTrue();
    assertThat(OwnSubmission.named(new Issue("i2", "Perhaps maintainers should just split up"
        + " their work?", Issue.Kind.QUESTION, tomas, m1, ""))).isFalse();
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void anAcceptanceMayFollowAWordOfThanks(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.opensWithAcceptance(nlp.annotate("Thank you both for the"
        + " feedback, that's a very good point.").get(0))).isTrue();
    assertThat(DecisionFinder.opensWithAcceptance(nlp.annotate("Thanks, will do.").get(0)))
        .isTrue();
    assertThat(DecisionFinder.opensWithAcceptance(nlp.annotate("Thanks for the review, but I"
        + " don't think that's a good point.").get(0))).isFalse();
    assertThat(DecisionFinder.opensWithAcceptance(nlp.annotate("That is a question we never"
        + " agreed on.").get(0))).isFalse();
  }
}
