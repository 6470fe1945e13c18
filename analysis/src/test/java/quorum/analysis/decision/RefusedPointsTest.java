package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.analysis.Issue;
import quorum.analysis.testing.Threads;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Discussion;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Stance;

/** A point turned down flatly is rejected when the refusal stood. */
class RefusedPointsTest {
  /** Ana opens, Ben suggests a point in m1, Carl answers in m2, m3 and m4 follow. */
  private static final Discussion THREAD = new Threads("[TECH TOPIC] Probe failures")
      .message("m0", "Ana", null, Threads.own("I propose we talk about probe failures."))
      .message("m1", "Ben", "m0", Threads.own("We could unload the driver when probe fails."))
      .message("m2", "Carl", "m1", Threads.own("reply"))
      .message("m3", "Ben", "m2", Threads.own("reply"))
      .message("m4", "Dora", "m2", Threads.own("reply"))
      .build();

  private static final Issue TOPIC = new Issue("i1", "Probe failures", Issue.Kind.PROPOSAL,
      Participant.named("Ana"), new MessageKey("m0"), "");
  private static final Issue UNLOAD = new Issue("i2",
      "We could unload the driver when probe fails.", Issue.Kind.POINT, Participant.named("Ben"),
      new MessageKey("m1"), "");

  private static final String REFUSAL = "We don't want to go back to drivers that fail to load.";

  @Test
  void aFlatRefusalNobodyOverturnedRejectsThePoint() {
    List<Decision> out = apply(List.of(at("m1", "Ben", Stance.SUPPORT, "We could unload it."),
        at("m2", "Carl", Stance.OPPOSE, REFUSAL)), List.of(open()));
    assertThat(out).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.REJECTED
        && d.by().orElseThrow().display().equals("Carl"));
    assertThat(out).noneMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.OPEN);
  }

  /** "Makes sense" from the raiser afterwards is not arguing back: the refusal stands. */
  @Test
  void theRaisersAgreementAfterwardsLeavesTheRefusalStanding() {
    List<Decision> out = apply(List.of(at("m2", "Carl", Stance.OPPOSE, REFUSAL),
        at("m3", "Ben", Stance.SUPPORT, "Makes sense.")), List.of());
    assertThat(out).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.REJECTED);
  }

  @Test
  void someoneElseSpeakingForThePointAfterwardsKeepsTheDebateOpen() {
    List<Decision> out = apply(List.of(at("m2", "Carl", Stance.OPPOSE, REFUSAL),
        at("m4", "Dora", Stance.SUPPORT, "I'd still like that option for test rigs.")),
        List.of(open()));
    assertThat(out).containsExactly(open());
  }

  @Test
  void theRaiserArguingBackKeepsTheDebateOpen() {
    List<Decision> out = apply(List.of(at("m2", "Carl", Stance.OPPOSE, REFUSAL),
        at("m3", "Ben", Stance.OPPOSE, "That model is exactly what leaves dead drivers around.")),
        List.of(open()));
    assertThat(out).containsExactly(open());
  }

  /** The owner refusing a point put to their own proposal defends it; nobody decided. */
  @Test
  void theOwnersRefusalIsNotAVerdict() {
    List<Decision> out = apply(List.of(at("m2", "Ana", Stance.OPPOSE, REFUSAL)), List.of(open()));
    assertThat(out).containsExactly(open());
  }

  @Test
  void anOppositionThatRefusesNothingFlatlyLeavesThePointAsItWas() {
    List<Decision> out = apply(List.of(at("m2", "Carl", Stance.OPPOSE,
        "I worry that unloading hides the real probe error.")), List.of(open()));
    assertThat(out).containsExactly(open());
  }

  @Test
  void anExplicitVerdictIsKept() {
    Decision agreed = new Decision("i2", DecisionStatus.AGREED, "Agreed, will do.",
        Optional.of(Participant.named("Ana")), evidence("m3", "Agreed, will do."));
    List<Decision> out = apply(List.of(at("m2", "Carl", Stance.OPPOSE, REFUSAL)), List.of(agreed));
    assertThat(out).containsExactly(agreed);
  }

  /** A bare "No," answers a question of fact; it turns down only a course put forward. */
  @Test
  void aBareNoRejectsASuggestionButNotAQuestionOfFact() {
    Issue fact = new Issue("i2", "Are those boards limited to 256 MB?", Issue.Kind.QUESTION,
        Participant.named("Ben"), new MessageKey("m1"), "");
    Position no = at("m2", "Carl", Stance.OPPOSE, "No, the newer ones take a full gigabyte.");
    assertThat(RefusedPoints.apply(List.of(TOPIC, fact), List.of(no), List.of(), List.of(),
        THREAD, Optional.empty())).isEmpty();
    assertThat(RefusedPoints.apply(List.of(TOPIC, UNLOAD), List.of(no), List.of(), List.of(),
        THREAD, Optional.empty())).anyMatch(d -> d.status() == DecisionStatus.REJECTED);
  }

  private static List<Decision> apply(List<Position> positions, List<Decision> decisions) {
    return RefusedPoints.apply(List.of(TOPIC, UNLOAD), positions, decisions, List.of(), THREAD,
        Optional.of(Participant.named("Ana")));
  }

  private static Decision open() {
    return new Decision("i2", DecisionStatus.OPEN, "suggested, not settled: " + UNLOAD.text(),
        Optional.empty(), evidence("m1", UNLOAD.text()));
  }

  private static Position at(String in, String who, Stance s, String text) {
    return new Position(Participant.named(who), "i2", s, evidence(in, text));
  }

  private static Evidence evidence(String in, String text) {
    return new Evidence(new MessageKey(in), LineSpan.of(1, 1), text, "");
  }
}
