package quorum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.cli.report.AtomicFile;
import quorum.cli.report.ReportFormat;
import quorum.cli.report.ThreadReport;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

/** {@code quorum report}: one summary per thread, as Markdown, HTML or JSON. */
@Command(name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Summarize each thread: issues and who stands where, questions (open first), "
        + "decisions and what is undecided, MUST-vs-SHOULD debates, series and versions, "
        + "participants, timeline, reply tree and review trailers; in Markdown (for a mail reply "
        + "or a wiki), one self-contained HTML page, or JSON.",
        "Without -o the report goes to stdout; with -o it is written atomically."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum report corpus/bpf-kfunc-stability-2023-01-17.txt",
        "  quorum report --format html -o kfuncs.html corpus/bpf-kfunc-stability-2023-01-17.txt",
        "  quorum report --format json corpus/series/ | jq '.threads[].trailers'"})
final class ReportCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "mail files or folders (mbox, maildir, .eml, web-archive text copies)")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "md, html or json (default: md, or html/json when the -o file ends so)")
  Optional<ReportFormat> format = Optional.empty();

  @Option(names = "--json", description = "shorthand for --format json")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the report to FILE (atomically: a temporary file, then a rename)")
  Optional<Path> output = Optional.empty();

  @Option(names = "--no-analysis",
      description = "leave out issues, positions, questions, decisions and normative language "
          + "(faster: no language models are loaded)")
  boolean noAnalysis;

  @Option(names = "--strict", description = "fail (exit 3) on the first message that must be rejected")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    ReportFormat f = chosenFormat();
    IngestResult result = new Ingester(strict ? IngestOptions.STRICT : IngestOptions.LENIENT)
        .ingest(paths);
    List<ThreadReport> reports = new ArrayList<>();
    Analyzer analyzer = noAnalysis || result.discussions().isEmpty()
        ? null : new Analyzer(AnalysisOptions.DEFAULT.withCacheDir(AnalyzeCommand.cacheDir()));
    for (Discussion d : result.discussions()) {
      reports.add(analyzer == null ? ThreadReport.of(d) : ThreadReport.of(d, analyzer.analyze(d)));
    }
    String text = f.renderer().render(reports);
    if (output.isPresent()) {
      AtomicFile.write(output.get(), text);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return common.report(result, spec.commandLine().getErr());
  }

  private ReportFormat chosenFormat() {
    if (json) {
      return ReportFormat.JSON;
    }
    if (format.isPresent()) {
      return format.get();
    }
    String name = output.map(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT))
        .orElse("");
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return ReportFormat.HTML;
    }
    return name.endsWith(".json") ? ReportFormat.JSON : ReportFormat.MD;
  }
}
