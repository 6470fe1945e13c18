package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.QuestionStatus;
import quorum.testing.CorpusLocator;

/**
 * Reports with analysis findings, on the seed: goldens for Markdown and JSON (kept to the seed
 * so that tuning the analysis changes one pair of files), and the HTML's promise that every
 * finding links to the message text it came from.
 */
@Tag("nlp")
class AnalyzedReportTest {
  static final String SEED = "bpf-kfunc-stability-2023-01-17.txt";
  private static List<ThreadReport> reports;

  @BeforeAll
  static void analyze() throws Exception {
    reports = analyzed(SEED);
  }

  static List<ThreadReport> analyzed(String corpusFile) throws Exception {
    Path p = CorpusLocator.corpus(corpusFile);
    List<ThreadReport> out = new ArrayList<>();
    for (Discussion d : new Ingester(IngestOptions.LENIENT).ingest(List.of(p)).discussions()) {
      out.add(ThreadReport.of(d, SharedAnalyzer.get().analyze(d)));
    }
    return out;
  }

  @Test
  void markdownMatchesItsGolden() throws Exception {
    GoldenFiles.assertMatches("bpf-kfunc-stability-2023-01-17.analyzed", "md",
        new MarkdownReport().render(reports));
  }

  @Test
  void jsonMatchesItsGolden() throws Exception {
    GoldenFiles.assertMatches("bpf-kfunc-stability-2023-01-17.analyzed", "json",
        new JsonReport().render(reports));
  }

  @Test
  void openQuestionsComeFirst() {
    String md = new MarkdownReport().render(reports);
    String questions = md.substring(md.indexOf("### Questions"), md.indexOf("### Decisions"));
    int firstAnswered = questions.indexOf("- **answered**");
    int lastOpen = Math.max(questions.lastIndexOf("- **open**"),
        questions.lastIndexOf("- **responded, not resolved**"));
    assertThat(reports.get(0).analysis().orElseThrow().questions())
        .anyMatch(q -> q.status().isOpen());
    if (firstAnswered >= 0) {
      assertThat(lastOpen).isLessThan(firstAnswered);
    }
    assertThat(reports.get(0).analysis().orElseThrow().questions())
        .extracting(q -> q.status()).contains(QuestionStatus.ANSWERED);
  }

  @Test
  void everyFindingInTheHtmlLinksToTextInThePage() {
    Document doc = Jsoup.parse(new HtmlReport().render(reports));
    Set<String> ids = doc.select("[id]").eachAttr("id").stream().collect(Collectors.toSet());
    List<Element> cites = new ArrayList<>();
    for (String section : List.of("issues", "questions", "decisions", "normative")) {
      Element s = doc.getElementById("t1-" + section);
      assertThat(s).as(section).isNotNull();
      cites.addAll(s.select("a.label"));
    }
    assertThat(cites).isNotEmpty();
    for (Element a : cites) {
      String target = a.attr("href").substring(1);
      assertThat(ids).as("link %s", a.attr("href")).contains(target);
      Element text = doc.getElementById(target);
      assertThat(text.closest("article.msg")).as("%s is message text", target).isNotNull();
    }
    // the stance matrix: one row per participant with a stance, a column per issue
    assertThat(doc.select("#t1-issues table.matrix tbody tr")).isNotEmpty();
  }
}
