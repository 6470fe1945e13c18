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

/** A promise whose act waits for a later cycle takes a point up as a plan: proposed. */
class DeferredPromiseTest {
  private static final String RULES = "Reminder: ballots for the steering committee go out"
      + " on Monday, and anyone with three or more commits may ask for one.";

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void theOwnerAcceptingAPointForNextYearProposesIt(Analyzer analyzer) {
    String point = "Could the mail say plainly whether we have to ask for a ballot or wait"
        + " for one?";
    ThreadAnalysis a = analyzer.analyze(new Threads("Reminder: steering committee ballots")
        .message("m0", "Ines Calder", null, Threads.own(RULES))
        .message("m1", "Piotr Nowak", "m0", Threads.quote(RULES), Threads.own(point))
        .message("m2", "Ines Calder", "m1", Threads.quote(point),
            Threads.own("I agree this was confusing, and we'll make sure to word it better"
                + " next year."))
        .build());
    Optional<Issue> ask = a.issues().stream().filter(i -> i.text().equals(point)).findFirst();
    assertThat(ask).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(ask.get().id())
        && d.status() == DecisionStatus.PROPOSED);
    assertThat(a.decisions()).noneMatch(d -> d.issue().equals(ask.get().id())
        && d.status() == DecisionStatus.AGREED);
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aPromiseForTheVersionAtHandStaysAgreed(Analyzer analyzer) {
    String point = "Could the mail say plainly whether we have to ask for a ballot or wait"
        + " for one?";
    ThreadAnalysis a = analyzer.analyze(new Threads("Reminder: steering committee ballots")
        .message("m0", "Ines Calder", null, Threads.own(RULES))
        .message("m1", "Piotr Nowak", "m0", Threads.quote(RULES), Threads.own(point))
        .message("m2", "Ines Calder", "m1", Threads.quote(point),
            Threads.own("Agreed, I will send a corrected reminder today."))
        .build());
    Optional<Issue> ask = a.issues().stream().filter(i -> i.text().equals(point)).findFirst();
    assertThat(ask).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(ask.get().id())
        && d.status() == DecisionStatus.AGREED);
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aLaterCycleIsNamedByTimeOrByAVersionThatMayNotCome(CoreNlpAnnotator nlp) {
    assertThat(Deferral.namesLater(nlp.annotate("We'll do better next year.").get(0))).isTrue();
    assertThat(Deferral.namesLater(nlp.annotate("I'll fold it in if there's a v4.").get(0)))
        .isTrue();
    assertThat(Deferral.namesLater(nlp.annotate("We can look at it in the future.").get(0)))
        .isTrue();
    assertThat(Deferral.namesLater(nlp.annotate("I'll send a v2 with that change.").get(0)))
        .isFalse();
    assertThat(Deferral.namesLater(nlp.annotate("The next patch fixes the leak.").get(0)))
        .isFalse();
  }

  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void onlyTheWritersOwnActOrIntentionIsDeferred(CoreNlpAnnotator nlp) {
    assertThat(Deferral.promisesLater(nlp.annotate("This is something I'd like to automate"
        + " next year.").get(0))).isTrue();
    assertThat(Deferral.promisesLater(nlp.annotate("I'll roll this into a v6 if there's a"
        + " v6.").get(0))).isTrue();
    assertThat(Deferral.promisesLater(nlp.annotate("Once the bot is established I'll get back"
        + " to you.").get(0))).isTrue();
    assertThat(Deferral.promisesLater(nlp.annotate("They will automate it next year.").get(0)))
        .isFalse();
    assertThat(Deferral.promisesLater(nlp.annotate("We won't change it next year.").get(0)))
        .isFalse();
    assertThat(Deferral.promisesLater(nlp.annotate("Next year the vote moves online.").get(0)))
        .isFalse();
  }
}
