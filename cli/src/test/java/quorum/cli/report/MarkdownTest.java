package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void escapesTagsButNotComparisons() {
    assertThat(Markdown.escape("<script>x</script> and a < b")).isEqualTo("\\<script>x\\</script> and a < b");
  }

  @Test
  void escapesLinkSyntaxButLeavesBracketedPrefixesReadable() {
    assertThat(Markdown.escape("[PATCH v2] foo")).isEqualTo("[PATCH v2] foo");
    assertThat(Markdown.escape("[x](javascript:alert(1))")).isEqualTo("[x\\](javascript:alert(1))");
    assertThat(Markdown.escape("![i][ref]")).isEqualTo("![i\\][ref]");
  }

  @Test
  void leavesIntrawordUnderscoresAlone() {
    assertThat(Markdown.escape("EXPORT_SYMBOL_GPL and _emph_")).isEqualTo("EXPORT_SYMBOL_GPL and \\_emph\\_");
  }

  @Test
  void escapesEmphasisCodeEntitiesAndClosingHashes() {
    assertThat(Markdown.escape("*a* `b` &amp; ~~c~~ #1 issue #")).isEqualTo("\\*a\\* \\`b\\` \\&amp; \\~\\~c\\~\\~ #1 issue \\#");
  }

  @Test
  void codeSpansShowIdentifiersLiterally() {
    assertThat(Markdown.code("<a_b@c>", 100)).isEqualTo("`<a_b@c>`");
    assertThat(Markdown.code("<a`b@c>", 100)).isEqualTo("\\<a\\`b@c>");
  }

  @Test
  void tableCellsEscapePipes() {
    assertThat(Markdown.cell("a || b", 100)).isEqualTo("a \\|\\| b");
  }
}
