package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.List;
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
import quorum.mail.Position;
import quorum.mail.Stance;

/**
 * A first message that proposes no change but puts a topic up for discussion under a subject
 * stating it: the subject is an issue of the thread, its opener supports discussing it, a
 * direct reply that argues without quoting speaks to it, and when nothing settles it, it stays
 * open. A subject put as a question raises no such issue. A reply naming the topic as a whole
 * ("I support this topic") speaks to it whatever point it quotes, unless it takes up the
 * quoted point's own words.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class TopicIssueTest {
  private static final String SUBJECT = "[TECH TOPIC] Shared ownership of firmware loaders";

  private static ThreadAnalysis thread(Analyzer analyzer, String subject) {
    return analyzer.analyze(new Threads(subject)
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\nFirmware loaders are copied into every "
            + "driver that needs them, and each copy handles retries differently. I would like to "
            + "talk about who maintains the common pieces."))
        .message("m1", "Ben Okafor", "m0", own("I think this is a good fit for the track, "
            + "the retry handling alone has bitten us twice this year."))
        .build());
  }

  private static Optional<Issue> topic(ThreadAnalysis a) {
    return a.issues().stream().filter(i -> i.text().equals("Shared ownership of firmware loaders"))
        .findFirst();
  }

  private static List<Position> on(ThreadAnalysis a, Issue i, String who) {
    return a.positions().stream()
        .filter(p -> p.issue().equals(i.id()) && p.who().display().equals(who)).toList();
  }

  @Test
  void theSubjectOfATopicIsAnIssueTheRepliesSpeakTo(Analyzer analyzer) {
    ThreadAnalysis a = thread(analyzer, SUBJECT);
    assertThat(topic(a)).get().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(Issue.Kind.POINT);
      assertThat(on(a, i, "Ana Ruiz")).extracting(Position::stance).containsExactly(Stance.SUPPORT);
      assertThat(on(a, i, "Ben Okafor")).extracting(Position::stance)
          .containsExactly(Stance.SUPPORT);
      assertThat(a.decisions()).anySatisfy(d -> {
        assertThat(d.issue()).isEqualTo(i.id());
        assertThat(d.status()).isEqualTo(DecisionStatus.OPEN);
      });
    });
  }

  private static final String ASKED = "Could the retry policy live in the firmware core "
      + "instead of each driver?";

  /** The topic thread, a point raised as a question in reply, and a reply quoting it. */
  private static ThreadAnalysis quotingAPoint(Analyzer analyzer, String reply) {
    return analyzer.analyze(new Threads(SUBJECT)
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\nFirmware loaders are copied into every "
            + "driver that needs them, and each copy handles retries differently. I would like to "
            + "talk about who maintains the common pieces."))
        .message("m1", "Ben Okafor", "m0", quote("I would like to talk about who maintains the "
            + "common pieces."), own(ASKED))
        .message("m2", "Chloe Dubois", "m1", quote(ASKED), own(reply))
        .build());
  }

  private static Issue asked(ThreadAnalysis a) {
    return a.issues().stream().filter(i -> i.text().equals(ASKED)).findFirst().orElseThrow();
  }

  @Test
  void aReplyNamingTheTopicSpeaksToItUnderAQuotedPoint(Analyzer analyzer) {
    ThreadAnalysis a = quotingAPoint(analyzer, "I support this topic.");
    Issue topic = topic(a).orElseThrow();
    assertThat(on(a, topic, "Chloe Dubois")).extracting(Position::stance)
        .containsExactly(Stance.SUPPORT);
    assertThat(on(a, asked(a), "Chloe Dubois")).isEmpty();
  }

  @Test
  void aReplyNamingTheTopicInTheQuotedPointsWordsArguesThatPoint(Analyzer analyzer) {
    ThreadAnalysis a = quotingAPoint(analyzer,
        "I support this topic, and the retry policy belongs in the firmware core.");
    assertThat(on(a, asked(a), "Chloe Dubois")).extracting(Position::stance)
        .containsExactly(Stance.SUPPORT);
    assertThat(on(a, topic(a).orElseThrow(), "Chloe Dubois")).isEmpty();
  }

  @Test
  void aSubjectPutAsAQuestionIsNoTopicIssue(Analyzer analyzer) {
    ThreadAnalysis a = thread(analyzer, "How to share ownership of firmware loaders");
    assertThat(a.issues()).noneMatch(i -> i.text().startsWith("How to share"));
  }
}
