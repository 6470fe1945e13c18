package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void keepsParagraphsAndLineBreaks() {
    assertThat(HtmlText.toText("<p>one<br>two</p><p>three</p>")).isEqualTo("one\ntwo\n\nthree\n");
  }

  @Test
  void turnsBlockquotesIntoQuoteMarkers() {
    assertThat(HtmlText.toText("<div>X wrote:</div><blockquote>outer<blockquote>inner"
        + "</blockquote></blockquote><div>mine</div>"))
        .isEqualTo("X wrote:\n> outer\n> > inner\n\nmine\n");
  }

  @Test
  void dropsScriptStyleAndHead() {
    assertThat(HtmlText.toText("<html><head><title>t</title><style>p{}</style></head><body>"
        + "<script>var x = 1;</script><p>kept</p><noscript>no</noscript></body></html>"))
        .isEqualTo("kept\n");
  }

  @Test
  void keepsPreformattedLines() {
    assertThat(HtmlText.toText("<pre>  int x;\n  int y;</pre>")).isEqualTo("int x;\n  int y;\n");
  }

  @Test
  void decodesEntitiesAndCollapsesWhitespace() {
    assertThat(HtmlText.toText("<p>a &lt;b&gt;   c\n  d&nbsp;e</p>")).isEqualTo("a <b> c d e\n");
  }

  @Test
  void survivesDeepNestingWithoutRecursion() {
    String html = "<blockquote>".repeat(5000) + "deep" + "</blockquote>".repeat(5000);
    assertThat(HtmlText.toText(html)).startsWith("> > > ").endsWith("deep\n");
  }
}
