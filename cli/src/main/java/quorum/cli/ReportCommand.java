package quorum.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.cli.report.AtomicFile;
import quorum.cli.report.ReportFormat;
import quorum.cli.report.ReportIndex;
import quorum.cli.report.ThreadReport;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.index.QuorumIndex;
import quorum.mail.Discussion;
import quorum.mail.MailDate;
import quorum.mail.Provenance;

/** {@code quorum report}: one summary per thread, as Markdown, HTML or JSON. */
@Command(name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Summarize each thread: issues and who stands where, questions (open first), "
        + "decisions and what is undecided, MUST-vs-SHOULD debates, series and versions, "
        + "participants, timeline, reply tree and review trailers; in Markdown (for a mail reply "
        + "or a wiki), one self-contained HTML page, or JSON.",
        "Without -o the report goes to stdout; with -o it is written atomically. With --all, "
            + "-o names a folder: one report per thread of the index (named by thread id) and "
            + "an index page linking them.",
        "THREAD is a thread of the index (--index): its id as 'quorum threads --json' prints "
            + "it (16 hex digits), or the Message-ID of any message in it, with or without <>. "
            + "An argument that names an existing file or folder is read as mail instead."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum report corpus/bpf-kfunc-stability-2023-01-17.txt",
        "  quorum report --format html -o kfuncs.html corpus/bpf-kfunc-stability-2023-01-17.txt",
        "  quorum report --format json corpus/series/ | jq '.threads[].trailers'",
        "  quorum report -o thread.html '<20230117.kfunc@example.org>'",
        "  quorum report --all --format html -o reports/"})
final class ReportCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  IndexOption indexOption;

  @Parameters(arity = "0..*", paramLabel = "PATH|THREAD",
      description = "mail files or folders (mbox, maildir, .eml, web-archive text copies), or "
          + "threads of the index by id or Message-ID")
  List<String> targets = List.of();

  @Option(names = "--all", description = "report every thread of the index (with -o DIR: one "
      + "file per thread and an index page)")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "md, html or json (default: md, or html/json when the -o file ends so)")
  Optional<ReportFormat> format = Optional.empty();

  @Option(names = "--json", description = "shorthand for --format json")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the report to FILE (atomically: a temporary file, then a rename); "
          + "with --all, a folder")
  Optional<Path> output = Optional.empty();

  @Option(names = "--no-analysis",
      description = "leave out issues, positions, questions, decisions and normative language "
          + "(faster: no language models are loaded)")
  boolean noAnalysis;

  @Option(names = "--strict", description = "fail (exit 3) on the first message that must be rejected")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    ThreadInputs.requireTargetsOrAll(spec, targets, all);
    ReportFormat f = chosenFormat();
    IngestOptions options = strict ? IngestOptions.STRICT : IngestOptions.LENIENT;
    if (all && output.isPresent()) {
      return writeFolder(f, output.get(), options);
    }
    IngestResult result = all ? ThreadInputs.loadAll(indexOption, options, !common.quiet)
        : ThreadInputs.load(targets, indexOption, options);
    List<ThreadReport> reports = new ArrayList<>();
    Analyzer analyzer = noAnalysis || result.discussions().isEmpty() ? null : analyzer();
    try (ProgressBar bar = Progress.count("report", " thread", result.discussions().size(),
        !common.quiet && result.discussions().size() > 1)) {
      if (analyzer == null) {
        for (Discussion d : result.discussions()) {
          reports.add(ThreadReport.of(d));
          bar.step();
        }
      } else {
        analyzer.analyzeAll(result.discussions(), (d, a) -> {
          reports.add(ThreadReport.of(d, a));
          bar.step();
        });
      }
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

  /** Threads of the index analysed together by {@code --all -o DIR} (memory holds these). */
  private static final int FOLDER_WINDOW = 16;

  private static Analyzer analyzer() {
    return new Analyzer(AnalysisOptions.DEFAULT.withCacheDir(AnalyzeCommand.cacheDir()));
  }

  /**
   * {@code --all -o DIR}: one report per thread of the index, written as it is made (so memory
   * holds one thread at a time), named by thread id, and an index page linking them.
   */
  private int writeFolder(ReportFormat f, Path dir, IngestOptions options) throws Exception {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(),
          "with --all, -o names a folder, and " + dir + " is a file");
    }
    List<ReportIndex.Entry> entries = new ArrayList<>();
    Analyzer analyzer = noAnalysis ? null : analyzer();
    try (QuorumIndex index = QuorumIndex.open(indexOption.resolve())) {
      List<String> ids = ThreadInputs.allThreads(index);
      try (ProgressBar bar = Progress.count("report", " thread", ids.size(), !common.quiet)) {
        // a window of threads at a time: analysed together (both cores busy), then written
        for (int from = 0; from < ids.size(); from += FOLDER_WINDOW) {
          List<Discussion> window = new ArrayList<>();
          List<String> files = new ArrayList<>();
          for (String id : ids.subList(from, Math.min(ids.size(), from + FOLDER_WINDOW))) {
            List<Discussion> ds = ThreadInputs.rebuild(index, id, options).discussions();
            for (int i = 0; i < ds.size(); i++) {
              window.add(ds.get(i));
              files.add(id + (i == 0 ? "" : "-" + (i + 1)) + "." + ReportIndex.extension(f));
            }
          }
          List<ThreadReport> reports = new ArrayList<>();
          if (analyzer == null) {
            window.forEach(d -> reports.add(ThreadReport.of(d)));
          } else {
            analyzer.analyzeAll(window, (d, a) -> reports.add(ThreadReport.of(d, a)));
          }
          for (int i = 0; i < window.size(); i++) {
            String file = files.get(i);
            AtomicFile.write(dir.resolve(file), f.renderer().render(List.of(reports.get(i))));
            entries.add(entry(file, window.get(i), reports.get(i)));
          }
          bar.stepBy(Math.min(ids.size(), from + FOLDER_WINDOW) - from);
        }
      }
    }
    AtomicFile.write(dir.resolve(ReportIndex.fileName(f)), ReportIndex.render(f, entries));
    if (!common.quiet) {
      spec.commandLine().getErr().printf("quorum: wrote %d report(s) and %s to %s%n",
          entries.size(), ReportIndex.fileName(f), dir);
      spec.commandLine().getErr().flush();
    }
    return ExitCodes.OK;
  }

  private static ReportIndex.Entry entry(String file, Discussion d, ThreadReport r) {
    int open = r.analysis().map(a -> (int) a.questions().stream()
        .filter(q -> q.status().isOpen()).count()).orElse(0);
    String first = d.messages().stream().flatMap(m -> m.date().stream()).min(MailDate::compareTo)
        .map(m -> m.local().toLocalDate().toString()).orElse("");
    long real = d.messages().stream().filter(m -> m.provenance() != Provenance.QUOTED_ONLY).count();
    return new ReportIndex.Entry(file, r.subject(), (int) real, first, open);
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
