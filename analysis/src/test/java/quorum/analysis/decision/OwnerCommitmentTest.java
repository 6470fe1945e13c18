package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/** The thread's owner committing to act on a point put to them settles that point. */
class OwnerCommitmentTest {
  private static final String PLAN = "I would like to propose a session on how we keep our"
      + " device kernels close to mainline.";

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void theOwnerPromisingToTakeUpASuggestionAgreesToIt(Analyzer analyzer) {
    String ask = "Could the session also cover the test farm you run for release"
        + " candidates?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TECH TOPIC] Keeping device kernels close"
        + " to mainline")
        .message("m0", "Mira Okafor", null, Threads.own(PLAN))
        .message("m1", "Tomas Berg", "m0", Threads.quote(PLAN), Threads.own(ask))
        .message("m2", "Mira Okafor", "m1", Threads.quote(ask),
            Threads.own("Good idea, we will include a part on the test farm in the talk."))
        .build());
    Optional<Issue> cover = a.issues().stream().filter(i -> i.text().equals(ask)).findFirst();
    assertThat(cover).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(cover.get().id())
        && d.status() == DecisionStatus.AGREED);
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aPromiseAnsweringAWhQuestionTakesUpNoSuggestion(Analyzer analyzer) {
    String ask = "What about putting the driver under drivers/net where the other link"
        + " drivers live?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TECH TOPIC] Where should the link driver"
        + " live")
        .message("m0", "Mira Okafor", null, Threads.own(PLAN))
        .message("m1", "Tomas Berg", "m0", Threads.quote(PLAN), Threads.own(ask))
        .message("m2", "Mira Okafor", "m1", Threads.quote(ask),
            Threads.own("Starting there sounds better than staging, and I will talk to the net"
                + " maintainers about it."))
        .build());
    assertThat(a.decisions()).noneMatch(d -> d.status() == DecisionStatus.AGREED);
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void onlyAnActOfTheWriterUnconditionalIsACommitment(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.commits(nlp.annotate("We will include that in our talk.").get(0)))
        .isTrue();
    assertThat(DecisionFinder.commits(nlp.annotate("Thanks, I'll send a v2 with that"
        + " change.").get(0))).isTrue();
    assertThat(DecisionFinder.commits(nlp.annotate("We won't include that.").get(0))).isFalse();
    assertThat(DecisionFinder.commits(nlp.annotate("If there is time, we will cover it.")
        .get(0))).isFalse();
    assertThat(DecisionFinder.commits(nlp.annotate("Maybe we'll learn more once it is in.")
        .get(0))).isFalse();
    assertThat(DecisionFinder.commits(nlp.annotate("I will be away next week.").get(0)))
        .isFalse();
    assertThat(DecisionFinder.commits(nlp.annotate("They will send a new version.").get(0)))
        .isFalse();
  }

  @Test
  void theOwnerTakingUpAPointLeavesTheRestOfTheDebateUnsettled() {
    Participant owner = Participant.named("Mira Okafor");
    Issue topic = new Issue("i1", "Keeping device kernels close to mainline",
        Issue.Kind.PROPOSAL, owner, new MessageKey("m0"), "");
    Issue signOff = new Issue("i2", "You will have to sign off the patches before posting.",
        Issue.Kind.POINT, Participant.named("Tomas Berg"), new MessageKey("m1"), "");
    Decision takenUp = new Decision("i2", DecisionStatus.AGREED, "We will sign them off.",
        Optional.of(owner), new Evidence(new MessageKey("m2"), LineSpan.of(1, 1),
            "We will sign them off.", ""));
    assertThat(UnsettledIssues.settlesDebate(List.of(takenUp), List.of(topic, signOff),
        Optional.of(owner))).isFalse();
    Decision applied = new Decision("i1", DecisionStatus.AGREED, "Applied, thanks.",
        Optional.of(Participant.named("Lena Voss")), new Evidence(new MessageKey("m3"),
            LineSpan.of(1, 1), "Applied, thanks.", ""));
    assertThat(UnsettledIssues.settlesDebate(List.of(takenUp, applied), List.of(topic, signOff),
        Optional.of(owner))).isTrue();
  }
}
