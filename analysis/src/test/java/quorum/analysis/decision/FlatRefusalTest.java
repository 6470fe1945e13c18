package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flat refusals, as whoever is in charge says no, against concerns, doubts and hedges. */
class FlatRefusalTest {
  @Test
  void readsFlatRefusalsAnywhereInTheSentence() {
    assertThat(FlatRefusal.refuses("Honestly, reverting the ABI is not an option.")).isTrue();
    assertThat(FlatRefusal.refuses("The old scheduler quirk isn't worth keeping.")).isTrue();
    assertThat(FlatRefusal.refuses("Yes, the lock order is by design.")).isTrue();
    assertThat(FlatRefusal.refuses("We don\u2019t want per-board config files again.")).isTrue();
    assertThat(FlatRefusal.refuses("I'm not going to pull a tree with merge commits like that."))
        .isTrue();
    assertThat(FlatRefusal.refuses("I do not recommend the staging tree for a new driver."))
        .isTrue();
    assertThat(FlatRefusal.refuses("A second mirror isn't going to be possible for us to host."))
        .isTrue();
    assertThat(FlatRefusal.refuses("I really don't think we need a new mount flag for this."))
        .isTrue();
  }

  @Test
  void aConcernADoubtOrAHedgedLimitIsNoRefusal() {
    assertThat(FlatRefusal.refuses("I worry that the cache will grow without bound.")).isFalse();
    assertThat(FlatRefusal.refuses("I'm not sure the extra flag helps much.")).isFalse();
    assertThat(FlatRefusal.refuses("For occasional contributors it doesn't work as well."))
        .isFalse();
    assertThat(FlatRefusal.refuses("I don't think anyone tested it on arm64 yet.")).isFalse();
  }

  @Test
  void aBareNoAnswersButNoBeforeANounDoesNot() {
    assertThat(FlatRefusal.answersNo("No.")).isTrue();
    assertThat(FlatRefusal.answersNo("Nope, that breaks every existing user.")).isTrue();
    assertThat(FlatRefusal.answersNo("No surprise, but I disagree.")).isFalse();
    assertThat(FlatRefusal.answersNo("Not yet, the tree is closed.")).isFalse();
    assertThat(FlatRefusal.refuses("No.")).isFalse();
  }
}
