package quorum.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.AnalysisText;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.cli.report.AtomicFile;
import quorum.cli.report.ReportFormat;
import quorum.cli.report.ThreadReport;
import quorum.index.IndexWriterSession;
import quorum.index.QuorumIndex;
import quorum.index.SearchResults;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

/**
 * {@code quorum demo}: the whole product in one run on the bundled corpus: ingest into a
 * temporary index, the seed thread's reply tree, its analysis, a search, and an HTML report.
 */
@Command(name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Show what quorum does, on the bundled corpus/: ingest it into a temporary "
        + "index, print the seed thread's reply tree and analysis, run a search, and write the "
        + "thread's HTML report. No arguments, no set-up."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./quorum demo", "  quorum demo --corpus ~/src/quorum/corpus"})
final class DemoCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  static final String SEED = "bpf-kfunc-stability-2023-01-17.txt";
  static final String SAMPLE_QUERY = "nq:kfunc OR s:MUST";

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "the corpus folder (default: corpus/ of the quorum checkout)")
  Path corpus;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus != null ? corpus : defaultCorpus();
    Path seed = dir.resolve(SEED);
    if (!Files.isRegularFile(seed)) {
      throw new quorum.ingest.IngestException(seed + ": the demo's seed thread is missing; "
          + "pass --corpus DIR pointing at quorum's corpus/ folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("quorum-demo-");
    Path indexDir = work.resolve("index");

    heading(out, "1. ingest " + dir + " into a temporary index");
    IngestResult all = new Ingester(IngestOptions.LENIENT).ingest(List.of(dir));
    try (QuorumIndex index = QuorumIndex.create(indexDir); IndexWriterSession w = index.writer()) {
      w.addAll(all.discussions());
    }
    out.printf("read %d messages in %d threads: %d indexed, %d duplicates, %d rejected"
        + " (the corpus keeps broken samples on purpose; quorum names each one)%n",
        all.read(), all.discussions().size(), all.accepted(), all.duplicates(), all.rejected());

    heading(out, "2. the seed thread, " + SEED + " (a web-archive copy: no headers, no newlines)");
    Discussion thread = new Ingester(IngestOptions.LENIENT).ingest(List.of(seed)).discussions().get(0);
    out.print(TreeText.render(List.of(thread)));

    heading(out, "3. what was asked, who stands where, what was decided (CoreNLP)");
    ThreadAnalysis analysis = new Analyzer(AnalysisOptions.DEFAULT.withCacheDir(work.resolve("nlp")))
        .analyze(thread);
    out.print(AnalysisText.summary(analysis));

    heading(out, "4. quorum search '" + SAMPLE_QUERY + "'");
    try (QuorumIndex index = QuorumIndex.open(indexDir)) {
      SearchResults hits = index.search(SAMPLE_QUERY, 5);
      hits.hits().forEach(h -> out.printf("  %s  %-24s %s%n    %s%n",
          h.dateText().map(d -> d.length() > 10 ? d.substring(0, 10) : d).orElse("????-??-??"),
          h.from().display(), h.subject().isBlank() ? h.threadSubject() : h.subject(),
          SearchCommand.highlight(h.snippet())));
      out.printf("  %d matches%n", hits.totalMatches());
    }

    heading(out, "5. the HTML report");
    Path html = work.resolve("seed-report.html");
    AtomicFile.write(html, ReportFormat.HTML.renderer().render(List.of(ThreadReport.of(thread, analysis))));
    out.println("written to " + html);
    out.println();
    out.println("Next: ./quorum help, ./quorum ingest PATH, ./quorum search QUERY, ./quorum report PATH");
    out.flush();
    return ExitCodes.OK;
  }

  private static void heading(PrintWriter out, String text) {
    out.println();
    out.println(Terminal.bold("== " + text));
  }

  /** corpus/ beside the launcher (QUORUM_HOME), else beside the jar's checkout, else ./corpus. */
  private static Path defaultCorpus() {
    String home = System.getenv("QUORUM_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "corpus");
    }
    try {
      Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("corpus").resolve(SEED))) {
          return p.resolve("corpus");
        }
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      // fall through to the working directory
    }
    return Path.of("corpus");
  }
}
