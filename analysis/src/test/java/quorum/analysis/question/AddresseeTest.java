package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/** A question about the person it is put to, which only that person can settle. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AddresseeTest {
  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  private static boolean aboutThem(CoreNlpAnnotator nlp, String q) {
    return Addressee.asksAboutThem(nlp.annotate(q).get(0));
  }

  @Test
  void youAsTheSubjectOfTheMainClauseAsksAboutThePerson(CoreNlpAnnotator nlp) {
    assertThat(aboutThem(nlp, "Are you perhaps looking for a way to unload the driver?")).isTrue();
    assertThat(aboutThem(nlp, "Do you have patches today for this bus?")).isTrue();
    assertThat(aboutThem(nlp, "Do you think we should unload the driver?")).isFalse();
    assertThat(aboutThem(nlp, "Are there example drivers you can point to?")).isFalse();
    assertThat(aboutThem(nlp, "Should we unload the driver?")).isFalse();
  }

  @Test
  void aQuestionInTheSecondPersonIsPutToThem(CoreNlpAnnotator nlp) {
    assertThat(Addressee.putToThem(nlp.annotate("Do you think we should unload the driver?")
        .get(0))).isTrue();
    assertThat(Addressee.putToThem(nlp.annotate("Could you share your test script?").get(0)))
        .isTrue();
    assertThat(Addressee.putToThem(nlp.annotate("Should we unload the driver?").get(0)))
        .isFalse();
  }

  @Test
  void aThirdParticipantDoesNotSettleWhatTheAddresseeIsAskedToKnow(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(probeThread()
        .message("p2", "Sue Khan", "p1", Threads.quote("Are you perhaps looking for a way to"
            + " unload the driver when it attaches to no device?"), Threads.own("Not quite: I"
            + " want the files gone.\n\nDo you know of a bus that already cleans them up?"))
        .message("p3", "Dmitri Tor", "p2", Threads.quote("Do you know of a bus that already"
            + " cleans them up?"), Threads.own("The platform bus drops them on unbind, I believe."))
        .build());
    assertThat(statusOf(a, "Do you know of a bus")).isEqualTo(QuestionStatus.RESPONDED_NOT_RESOLVED);
  }

  @Test
  void theAddresseeSettlesWhatTheyAreAskedToKnow(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(probeThread()
        .message("p2", "Sue Khan", "p1", Threads.quote("Are you perhaps looking for a way to"
            + " unload the driver when it attaches to no device?"), Threads.own("Not quite: I"
            + " want the files gone.\n\nDo you know of a bus that already cleans them up?"))
        .message("p3", "Dan Wills", "p2", Threads.quote("Do you know of a bus that already"
            + " cleans them up?"), Threads.own("The platform bus drops them on unbind."))
        .build());
    assertThat(statusOf(a, "Do you know of a bus")).isEqualTo(QuestionStatus.ANSWERED);
  }

  private static Threads probeThread() {
    return new Threads("[TECH TOPIC] Driver probe fails and register succeeds")
        .message("p0", "Sue Khan", null, Threads.own("The driver gets registered even when its"
            + " probe fails, and the sysfs files stay around."))
        .message("p1", "Dan Wills", "p0", Threads.quote("The driver gets registered even when its"
            + " probe fails, and the sysfs files stay around."), Threads.own("Are you perhaps"
            + " looking for a way to unload the driver when it attaches to no device?"));
  }

  @Test
  void aThirdParticipantsRemarkDoesNotSettleAQuestionAboutTheAddressee(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(probeThread()
        .message("p2", "Dmitri Tor", "p1", Threads.quote("Are you perhaps looking for a way to"
            + " unload the driver when it attaches to no device?"), Threads.own("Nor does this"
            + " work for devices that are hot-plugged later."))
        .build());
    assertThat(statusOf(a, "Are you perhaps")).isEqualTo(QuestionStatus.RESPONDED_NOT_RESOLVED);
  }

  @Test
  void theAddresseeSettlesAQuestionAboutThemselves(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(probeThread()
        .message("p2", "Sue Khan", "p1", Threads.quote("Are you perhaps looking for a way to"
            + " unload the driver when it attaches to no device?"), Threads.own("Yes, that is"
            + " what I am after."))
        .build());
    assertThat(statusOf(a, "Are you perhaps")).isEqualTo(QuestionStatus.ANSWERED);
  }
}
