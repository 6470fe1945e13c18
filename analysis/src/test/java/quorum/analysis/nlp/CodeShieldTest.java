package quorum.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeShieldTest {
  @Test
  void shieldsGlobExtensionsAndStableBranchSuffixesKeepingTheLength() {
    assertThat(CodeShield.apply("56 in fs/*.c and Documentation/*.rst, or *.[ch]."))
        .isEqualTo("56 in fs/x.c and Documentation/x.rst, or x.[ch].");
    assertThat(CodeShield.apply("Fixed in v5.10.y and 6.1.y.")).isEqualTo("Fixed in v5.10_y and 6.1_y.");
  }

  @Test
  void leavesProseAndOtherNumbersAlone() {
    String prose = "We need a *lot* more, e.g. in 6.2.0. It was fixed in 5.10.It seems so. See x.* too.";
    assertThat(CodeShield.apply(prose)).isSameAs(prose);
    assertThat(CodeShield.apply("a1.2.y")).isEqualTo("a1.2.y"); // not a version: part of a word
  }
}
