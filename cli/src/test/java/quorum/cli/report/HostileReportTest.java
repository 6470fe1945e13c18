package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, "Reports are inert": the hostile thread in corpus/hostile/ (script tags, event
 * handlers, javascript: and data: links, tag-breaking text, a 10 000-character subject) renders
 * as text in every format, and the HTML holds no element or attribute that came from mail.
 */
class HostileReportTest {
  private static final String HOSTILE = "hostile/script-injection.mbox";
  private static List<ThreadReport> reports;
  private static String html;

  @BeforeAll
  static void render() throws Exception {
    reports = ReportGoldenTest.reports(HOSTILE);
    html = new HtmlReport().render(reports);
  }

  @Test
  void htmlHasNoMarkupFromMail() {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String tag : List.of("<script", "<img", "<svg", "<iframe", "<b ", "<textarea")) {
      assertThat(lower).as("raw %s in the page", tag).doesNotContain(tag);
    }
    // the mail's "</title></style>" did not close ours early: each closes exactly once
    assertThat(lower.split("</title>", -1)).hasSize(2);
    assertThat(lower.split("</style>", -1)).hasSize(2);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img, svg, iframe, object, embed, form, textarea, base, link"))
        .isEmpty();
    assertThat(doc.select("style")).hasSize(1); // ours, in <head>
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("default-src 'none'");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
  }

  @Test
  void payloadsShowAsText() {
    Document doc = Jsoup.parse(html);
    String text = doc.body().text();
    assertThat(text).contains("<script>document.title='PWNED'</script>");
    assertThat(text).contains("onerror=\"document.body.appendChild(document.createElement('pwned'))\"");
    assertThat(text).contains("javascript:document.title='PWNED'");
    assertThat(text).contains("<a href=\"javascript:alert(1)\">this</a>");
    assertThat(doc.title()).contains("<script>document.title='PWNED'</script>");
    assertThat(doc.title()).doesNotContain("PWNED'</title>");
  }

  @Test
  void linksAreOnlyWebMailOrPageAnchors() {
    Document doc = Jsoup.parse(html);
    List<String> hrefs = doc.select("[href]").eachAttr("href");
    assertThat(hrefs).isNotEmpty();
    for (String href : hrefs) {
      assertThat(href).as("href").matches("(#t\\d+-[a-z0-9-]+|https?://[^\\s\"'<>]+|mailto:[^\\s\"'<>]+)");
    }
    assertThat(doc.select("[src], [srcset], [action], [formaction], [data]")).isEmpty();
    // the real links of the hostile mail stay clickable
    assertThat(hrefs).contains("https://lore.kernel.org/bpf/", "mailto:list@lists.example.org");
  }

  @Test
  void hugeSubjectIsCutForDisplayButKeptInJson() throws Exception {
    Document doc = Jsoup.parse(html);
    String h1 = doc.selectFirst("article.thread h1").text();
    assertThat(h1.codePointCount(0, h1.length())).isLessThanOrEqualTo(HtmlReport.SUBJECT_MAX + 1);
    assertThat(h1).endsWith("…");
    String md = new MarkdownReport().render(reports);
    String heading = md.lines().findFirst().orElseThrow();
    assertThat(heading.length()).isLessThan(400);
    String json = new JsonReport().render(reports);
    assertThat(json).contains(reports.get(0).discussion().subject().replace("\"", "\\\""));
    assertThat(reports.get(0).discussion().subject().length()).isGreaterThanOrEqualTo(9000);
  }

  @Test
  void markdownShowsPayloadsAsText() {
    String md = new MarkdownReport().render(reports);
    // every "<" from mail that could open a tag is escaped; no link to javascript: can form
    for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
      boolean inCode = md.lastIndexOf('`', i) > md.lastIndexOf('\n', i);
      char next = i + 1 < md.length() ? md.charAt(i + 1) : ' ';
      if (!inCode && (Character.isLetter(next) || next == '/')) {
        assertThat(md.charAt(i - 1)).as("escape before < at %d: %s", i,
            md.substring(Math.max(0, i - 20), Math.min(md.length(), i + 20))).isEqualTo('\\');
      }
    }
    assertThat(md).doesNotContain("](javascript:");
  }
}
