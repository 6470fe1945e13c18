package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Position;
import quorum.mail.Stance;

/**
 * A verdict that names nothing of its own ("It is a good idea and I endorse it too") under a
 * quote that takes up the thread's subject is on the topic the subject puts up for discussion,
 * whatever point the quote ends with; a verdict naming its own object, or one under a quote
 * about something else, is not.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class TopicVerdictTest {
  private static final String SUBJECT = "[TECH TOPIC] Shared ownership of firmware loaders";
  private static final String OPENING = "Hi all,\n\nFirmware loaders are copied into every "
      + "driver that needs them, and each copy handles retries differently. I would like to "
      + "talk about who maintains the common pieces.";

  private static ThreadAnalysis thread(Analyzer analyzer, String quoted, String reply) {
    return analyzer.analyze(new Threads(SUBJECT)
        .message("m0", "Ana Ruiz", null, own(OPENING))
        .message("m1", "Ben Okafor", "m0", quote("I would like to talk about who maintains the "
            + "common pieces."), own(quoted))
        .message("m2", "Chloe Dubois", "m1", quote(quoted), own(reply))
        .build());
  }

  private static Issue topic(ThreadAnalysis a) {
    return a.issues().stream().filter(i -> i.text().equals("Shared ownership of firmware loaders"))
        .findFirst().orElseThrow();
  }

  private static List<Stance> on(ThreadAnalysis a, Issue i, String who) {
    return a.positions().stream()
        .filter(p -> p.issue().equals(i.id()) && p.who().display().equals(who))
        .map(Position::stance).toList();
  }

  private static final String ABOUT_THE_TOPIC = "Could the firmware loaders share one retry "
      + "helper instead of each driver keeping its own?";

  @Test
  void aVerdictNamingNothingUnderAQuoteAboutTheTopicIsOnTheTopic(Analyzer analyzer) {
    ThreadAnalysis a = thread(analyzer, ABOUT_THE_TOPIC, "It is a good idea and I endorse it too.");
    assertThat(on(a, topic(a), "Chloe Dubois")).containsExactly(Stance.SUPPORT);
  }

  @Test
  void aLeadingVerdictCountsByItsOwnClause(Analyzer analyzer) {
    ThreadAnalysis a = thread(analyzer, ABOUT_THE_TOPIC, "I think this is a really good idea, "
        + "and the retry helper should live in the firmware core.");
    assertThat(on(a, topic(a), "Chloe Dubois")).containsExactly(Stance.SUPPORT);
  }

  @Test
  void aVerdictNamingItsOwnObjectIsNotOnTheTopic(Analyzer analyzer) {
    ThreadAnalysis a = thread(analyzer, ABOUT_THE_TOPIC, "A shared retry counter is a good idea.");
    assertThat(on(a, topic(a), "Chloe Dubois")).isEmpty();
  }

  @Test
  void aVerdictUnderAQuoteAboutSomethingElseIsNotOnTheTopic(Analyzer analyzer) {
    ThreadAnalysis a = thread(analyzer, "Could the retry policy live in the core instead of "
        + "each driver?", "It is a good idea and I endorse it too.");
    assertThat(on(a, topic(a), "Chloe Dubois")).isEmpty();
  }
}
