package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.DecisionStatus;

/** An announcement states what its organiser settled; it is not a proposal to agree to. */
class AnnouncementTest {
  @Test
  void subjectsThatAnnounce() {
    assertThat(Announcement.is("Reminder: voting procedures for the release board", false))
        .isTrue();
    assertThat(Announcement.is("Re: IMPORTANT: opt in before the poll opens", false)).isTrue();
    assertThat(Announcement.is("[ANNOUNCE] tarn 4.2 released", false)).isTrue();
    assertThat(Announcement.is("Release board election: call for nominees", false)).isTrue();
  }

  @Test
  void subjectsThatPropose() {
    assertThat(Announcement.is("[PATCH] NEWS: announce the removal of protocol v1", true))
        .isFalse();
    assertThat(Announcement.is("[RFC] Reminder mails for stale reviews", false)).isFalse();
    assertThat(Announcement.is("Proposal: drop i386 from the installer images", false)).isFalse();
    assertThat(Announcement.is("Important fixes should go to stable first", false)).isFalse();
    assertThat(Announcement.is("A reminder bot for stale patches?", false)).isFalse();
  }

  /**
   * End to end: the organiser's reminder of a procedure, asked about and clarified, nobody
   * settling it in a reply: the procedure stands as announced.
   */
  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void anAnnouncedProcedureStandsAgreed(Analyzer analyzer) {
    String call = "We strongly encourage every maintainer with more than three tagged commits"
        + " to request a ballot before Friday.";
    String ask = "Does that mean I should request a ballot even if I got one last year?";
    ThreadAnalysis a = analyzer.analyze(new Threads("Reminder: voting procedures for the"
        + " release board")
        .message("m0", "Ines Duarte", null, Threads.own(call))
        .message("m1", "Karl Weber", "m0", Threads.quote(call), Threads.own(ask))
        .message("m2", "Ines Duarte", "m1", Threads.quote(ask),
            Threads.own("Yes, the list is rebuilt every year, so please request one again."))
        .build());
    Optional<Issue> proposal = a.issues().stream()
        .filter(i -> i.kind() == Issue.Kind.PROPOSAL).findFirst();
    assertThat(proposal).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(proposal.get().id())
        && d.status() == DecisionStatus.AGREED);
  }

  /**
   * An announcement that proposes no change ("IMPORTANT: opt in before you can vote") raises
   * its subject as a topic point; with nothing settling it otherwise it stands as announced,
   * not open.
   */
  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void anAnnouncedTopicStandsAgreed(Analyzer analyzer) {
    String notice = "The voting service only mails a ballot to those who opted in on its"
        + " site. The link to opt in is on the election page.";
    String ask = "I opted in yesterday but got no ballot so far?";
    ThreadAnalysis a = analyzer.analyze(new Threads("IMPORTANT: opt-in for the release board"
        + " vote")
        .message("m0", "Ines Duarte", null, Threads.own(notice))
        .message("m1", "Karl Weber", "m0", Threads.quote(notice), Threads.own(ask))
        .message("m2", "Ines Duarte", "m1", Threads.quote(ask),
            Threads.own("The service can be slow; the ballots went out this morning."))
        .build());
    Optional<Issue> topic = a.issues().stream()
        .filter(i -> i.kind() == Issue.Kind.POINT && i.in().value().equals("m0")).findFirst();
    assertThat(topic).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(topic.get().id())
        && d.status() == DecisionStatus.AGREED && d.gist().startsWith("announced: "));
  }
}
