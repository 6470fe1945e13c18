package quorum.ingest.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectNormalizerTest {
  private final SubjectNormalizer normalizer = new SubjectNormalizer();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Re: foo|foo",
      "RE: Re: foo|foo",
      "Fwd: foo|foo",
      "Aw: foo|foo",
      "Sv: foo|foo",
      "Re[2]: foo|foo",
      "Re :  foo   bar|foo bar",
      "[ksummit] Re: foo|foo",
      "Re: [PATCH v2 3/7] mm: foo|mm: foo",
      "[TECH TOPIC] Rust for Linux|Rust for Linux",
      "Review: the plan|Review: the plan",
      "Rework: locking|Rework: locking",
      "Re:|''",
      "[open bracket|[open bracket"})
  void stripsPrefixesAndTags(String subject, String expected) {
    assertThat(normalizer.normalize(subject)).isEqualTo(expected);
  }

  @Test
  void keyIgnoresCase() {
    assertThat(normalizer.key("Re: [PATCH] Fix Build")).isEqualTo(normalizer.key("fix build"));
  }

  @Test
  void recognisesReplies() {
    assertThat(normalizer.isReply("Re: foo")).isTrue();
    assertThat(normalizer.isReply("[list] RE: foo")).isTrue();
    assertThat(normalizer.isReply("AW: foo")).isTrue();
    assertThat(normalizer.isReply("Fwd: foo")).isFalse();
    assertThat(normalizer.isReply("Regression in 6.1")).isFalse();
    assertThat(normalizer.isReply("[PATCH] foo")).isFalse();
  }

  @Test
  void longHostileSubjectIsLinear() {
    String s = "Re: ".repeat(50_000) + "[".repeat(50_000) + "x";
    assertThat(normalizer.normalize(s)).startsWith("[");
  }

  @Test
  void withoutPrefixesKeepsTheTags() {
    assertThat(normalizer.withoutPrefixes("Re: Fwd: AW: [ANN] x")).isEqualTo("[ANN] x");
    assertThat(normalizer.withoutPrefixes("Re[2]: Reminder: vote")).isEqualTo("Reminder: vote");
    assertThat(normalizer.withoutPrefixes("[PATCH] Re: foo")).isEqualTo("[PATCH] Re: foo");
    assertThat(normalizer.withoutPrefixes("Regression in 6.1")).isEqualTo("Regression in 6.1");
  }
}
