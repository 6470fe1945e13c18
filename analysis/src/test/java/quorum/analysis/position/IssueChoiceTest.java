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
import quorum.mail.Position;

/**
 * Which issue a reply's stand attaches to, on short made-up threads through the real
 * pipeline: a reply to an answer on a sub-point stays on that sub-point, and a sentence naming
 * the proposal by a generic noun ("The motivation is good") speaks to the whole proposal
 * even under a quoted rule.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class IssueChoiceTest {
  private static final String PROPOSAL =
      "I propose that the plugin ABI stays backward compatible for the whole 3.x series.";
  private static final String ASKED = "What about the shared buffer struct that plugins read directly?";
  private static final String ANSWER =
      "We make the buffer struct opaque in 3.0 and plugins use accessor functions from then on.";

  private static Optional<Issue> issueOf(ThreadAnalysis a, String who) {
    Optional<Position> p = a.positions().stream()
        .filter(x -> x.who().display().equals(who)).reduce((x, y) -> y);
    return p.flatMap(x -> a.issues().stream().filter(i -> i.id().equals(x.issue())).findFirst());
  }

  @Test
  void aReplyToAnAnswerOnASubPointStaysOnThatSubPoint(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] freeze the plugin ABI for 3.x")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\n" + PROPOSAL))
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(ASKED))
        .message("m2", "Ana Ruiz", "m1", quote(ASKED), own(ANSWER))
        .message("m3", "Chloe Dubois", "m2", quote(ANSWER),
            own("I strongly disagree with that, it breaks every existing plugin at once."))
        .build());
    assertThat(issueOf(a, "Chloe Dubois")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(ASKED));
    // the answer is no issue of its own
    assertThat(a.issues()).noneMatch(i -> i.text().equals(ANSWER));
  }

  @Test
  void namingTheProposalsMotivationSpeaksToTheProposalUnderAQuotedRule(Analyzer analyzer) {
    String rule = "Client-side hooks MUST NOT be relied on to enforce project policy.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] docs: say that hooks can be bypassed")
        .message("m0", "Ana Ruiz", null,
            own("This patch documents that client-side hooks can be skipped.\n\n" + rule))
        .message("m1", "Ben Okafor", "m0", quote(rule), own("The motivation is good."))
        .build());
    assertThat(issueOf(a, "Ben Okafor")).get()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(Issue.Kind.PROPOSAL));
  }

  private static final String FREEZE_ASK = "I'd like to ask for a freeze exception to land the"
      + " new scheduler in 5.0 behind a runtime flag.";
  private static final String DEFAULT_STAYS = "The old scheduler stays the default.";
  private static final String RISK = "What exactly is the risk to the default path, then?";

  private static ThreadAnalysis freezeThread(Analyzer analyzer, String verdict) {
    return analyzer.analyze(new Threads("Freeze exception: new scheduler behind a flag")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\n" + FREEZE_ASK + " " + DEFAULT_STAYS))
        .message("m1", "Ben Okafor", "m0", quote(DEFAULT_STAYS), own(RISK))
        .message("m2", "Ana Ruiz", "m1", quote(RISK),
            own("None, the flag is checked once at boot."))
        .message("m3", "Chloe Dubois", "m2", quote(RISK), own(verdict))
        .build());
  }

  @Test
  void aStandUnderAQuotedQuestionThatNamesTheProposalSpeaksToTheProposal(Analyzer analyzer) {
    ThreadAnalysis a = freezeThread(analyzer, "Freeze exception granted for the new scheduler,"
        + " as long as the runtime flag stays off in 5.0.");
    assertThat(issueOf(a, "Chloe Dubois")).get()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(Issue.Kind.PROPOSAL));
  }

  @Test
  void aStandUnderAQuotedQuestionThatNamesNothingElseStaysOnTheQuestion(Analyzer analyzer) {
    ThreadAnalysis a = freezeThread(analyzer, "I agree that the risk is low.");
    assertThat(issueOf(a, "Chloe Dubois")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(RISK));
  }

  @Test
  void aStandUnderAQuotedQuestionIsNotMovedToAnIssueALaterReplyRaisedOnIt(Analyzer analyzer) {
    String stand = "I don't mind either way, as long as the boot check is documented for"
        + " distributions.";
    ThreadAnalysis a = analyzer.analyze(new Threads("Freeze exception: new scheduler behind a flag")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\n" + FREEZE_ASK + " " + DEFAULT_STAYS))
        .message("m1", "Ben Okafor", "m0", quote(DEFAULT_STAYS), own(RISK))
        .message("m2", "Ana Ruiz", "m1", quote(RISK),
            own("None, the flag is checked once at boot."))
        .message("m3", "Chloe Dubois", "m2", quote(RISK), own(stand))
        .message("m4", "Ben Okafor", "m3", quote(stand),
            own("Who writes the boot check documentation for the distributions, then?"))
        .build());
    // the later question quotes the stand and shares its words, but came after it
    assertThat(issueOf(a, "Chloe Dubois")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(RISK));
  }
}
