package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;

/** A reviewer's question is settled by the answer of someone who decides in the thread. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class DecidersTest {
  private static final String PATCH = "This adds an option that prunes every unreachable object.";
  private static final String QUESTION = "Is \"unreachable\" even the right word when reflog"
      + " entries are kept?";
  private static final String ANSWER = "We have used \"unreachable\" for objects no ref or reflog"
      + " reaches since forever, so the word is consistent with the rest of the tool.";

  private static Threads thread(String answerer) {
    return new Threads("[PATCH] gc: add --prune-unreachable option")
        .message("m0", "Arjun Mehta", null, Threads.own(PATCH))
        .message("m1", "Ren Okafor", "m0", Threads.quote(PATCH), Threads.own(QUESTION))
        .message("m2", answerer, "m1", Threads.quote(QUESTION), Threads.own(ANSWER));
  }

  @Test
  void aDecidersAnswerSettlesTheQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread("Junko Hamada")
        .message("m3", "Junko Hamada", "m0", Threads.quote(PATCH),
            Threads.own("Applied to next, thanks."))
        .build());
    assertThat(a.decisions()).anyMatch(d -> d.status() == DecisionStatus.AGREED
        && d.gist().startsWith("We have used"));
  }

  @Test
  void theSameAnswerFromSomeoneWhoDecidesNothingSettlesNothing(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread("Junko Hamada")
        .message("m3", "Lee Brandt", "m0", Threads.quote(PATCH),
            Threads.own("Applied to next, thanks."))
        .build());
    assertThat(a.decisions()).noneMatch(d -> d.gist().startsWith("We have used"));
  }

  @Test
  void aDecidersNoDeclinesTheSuggestion(Analyzer analyzer) {
    String q = "Wouldn't it be better to make the selftest rule a MUST?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] docs: write down the uAPI rules")
        .message("m0", "Marta Kowalczyk", null, Threads.own("New ioctls should come with a"
            + " selftest."))
        .message("m1", "Dmitri Volkov", "m0", Threads.quote("New ioctls should come with a"
            + " selftest."), Threads.own(q))
        .message("m2", "Hiroshi Tanaka", "m1", Threads.quote(q),
            Threads.own("No MUST for selftests. Some ioctls only run on real hardware."))
        .message("m3", "Hiroshi Tanaka", "m0", Threads.quote("New ioctls should come with a"
            + " selftest."), Threads.own("Applied, thanks."))
        .build());
    assertThat(a.decisions()).extracting(Decision::status, Decision::gist)
        .anyMatch(t -> t.toList().get(0) == DecisionStatus.REJECTED
            && t.toList().get(1).toString().startsWith("No MUST"));
  }

  /** A decider's flat "No" is the verdict even when another reply read as the settling one. */
  @Test
  void aDecidersNoCountsWhetherOrNotItReadAsSettling() {
    java.util.Set<String> deciders = java.util.Set.of("Hiroshi Tanaka");
    quorum.mail.MessageKey m4 = new quorum.mail.MessageKey("m4");
    assertThat(Deciders.givesVerdict(new quorum.mail.Response(
        quorum.mail.Participant.named("Hiroshi Tanaka"), m4, false, "No MUST for selftests."),
        "Dmitri Volkov", deciders)).isTrue();
    assertThat(Deciders.givesVerdict(new quorum.mail.Response(
        quorum.mail.Participant.named("Hiroshi Tanaka"), m4, false, "Maybe once the driver lands."),
        "Dmitri Volkov", deciders)).isFalse();
    assertThat(Deciders.givesVerdict(new quorum.mail.Response(
        quorum.mail.Participant.named("Lee Brandt"), m4, false, "No MUST for selftests."),
        "Dmitri Volkov", deciders)).isFalse();
  }
}
