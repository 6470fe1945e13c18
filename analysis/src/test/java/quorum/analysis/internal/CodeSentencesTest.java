package quorum.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeSentencesTest {
  @Test
  void pastedCodeIsNotProse() {
    assertThat(CodeSentences.isCode("ok_or(Error::ENXIO)?")).isTrue();
    assertThat(CodeSentences.isCode("let off = regs.base.offset(bit(n + 2))?")).isTrue();
    assertThat(CodeSentences.isCode("register_irq(GPIO_NR, None, dev, data.clone(), irq)?")).isTrue();
    assertThat(CodeSentences.isCode("cat ${MBOX} | git am -3 --reject if [ ${?}")).isTrue();
  }

  @Test
  void questionsAboutCodeStayProse() {
    assertThat(CodeSentences.isCode("Why not use foo_bar() instead of baz()?")).isFalse();
    assertThat(CodeSentences.isCode("Is foo_bar() needed at all?")).isFalse();
    assertThat(CodeSentences.isCode("Should I use register_irq() or any of the other ones?")).isFalse();
    assertThat(CodeSentences.isCode("ctags?")).isFalse();
    assertThat(CodeSentences.isCode("Does CONFIG_FOO=y break the build for you?")).isFalse();
    assertThat(CodeSentences.isCode("NAK.")).isFalse();
    assertThat(CodeSentences.isCode("v2: MUST (Jane), \"encouraged\" (Joe)")).isFalse();
  }

  @Test
  void stripsQuotesAndPunctuationAroundAWord() {
    assertThat(CodeSentences.stripEdges("(\"Yes,\")")).isEqualTo("Yes");
    assertThat(CodeSentences.stripEdges("[why?]")).isEqualTo("why");
    assertThat(CodeSentences.stripEdges("...")).isEmpty();
    assertThat(CodeSentences.stripEdges("foo.bar")).isEqualTo("foo.bar");
  }
}
