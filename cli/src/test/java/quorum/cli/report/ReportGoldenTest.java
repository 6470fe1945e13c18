package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.testing.CorpusLocator;

/**
 * The Markdown and JSON reports of the seed and of threads from corpus/ against their goldens:
 * any change in what a report says shows up here as a diff to accept or fix.
 */
class ReportGoldenTest {
  static Stream<String> threads() {
    List<String> inputs = List.of(
        "bpf-kfunc-stability-2023-01-17.txt",
        "quoting/phy-rate-matching-snips-signatures-trailers.mbox",
        "series/corvid-errno-policy-v2.mbox",
        "rfc-debates/export-symbol-gpl-nacked-quote-only-message.mbox",
        "quoting/plugin-abi-six-level-nesting-quote-only-ancestors.mbox");
    assertThat(inputs).isNotEmpty();
    return inputs.stream();
  }

  static List<ThreadReport> reports(String corpusFile) throws Exception {
    Path p = CorpusLocator.corpus(corpusFile);
    List<ThreadReport> out = new ArrayList<>();
    for (Discussion d : new Ingester(IngestOptions.LENIENT).ingest(List.of(p)).discussions()) {
      out.add(ThreadReport.of(d));
    }
    assertThat(out).as("threads in %s", corpusFile).isNotEmpty();
    return out;
  }

  static String name(String corpusFile) {
    String file = Path.of(corpusFile).getFileName().toString();
    return file.substring(0, file.lastIndexOf('.'));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("threads")
  void markdownMatchesItsGolden(String corpusFile) throws Exception {
    GoldenFiles.assertMatches(name(corpusFile), "md", new MarkdownReport().render(reports(corpusFile)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("threads")
  void jsonMatchesItsGolden(String corpusFile) throws Exception {
    GoldenFiles.assertMatches(name(corpusFile), "json", new JsonReport().render(reports(corpusFile)));
  }
}
