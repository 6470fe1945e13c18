package quorum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.eval.Evaluator;
import quorum.analysis.eval.Intervals;
import quorum.analysis.eval.Scores;

/**
 * {@code quorum eval}: scores the analysis against human gold labels ({@code *.gold.json},
 * schema quorum-gold/1) and prints precision / recall / F1 per file and overall.
 */
@Command(name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Score the analysis against gold labels (quorum-gold/1): questions P/R/F1,",
        "answered/open accuracy, stance accuracy, decision P/R/F1, normative keyword recall",
        "and reply-tree parent accuracy, per file and overall."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum eval corpus/bpf-kfunc-stability-2023-01-17.gold.json",
        "  quorum eval corpus/rfc-debates/            # every *.gold.json below",
        "  quorum eval --holdout corpus/              # only the held-out threads"})
final class EvalCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold files, or folders to search for *.gold.json")
  List<Path> golds;

  @Option(names = "--holdout", description = "score only files listed in a holdout.txt beside or above them")
  boolean holdoutOnly;

  @Option(names = "--include-holdout",
      description = "also score held-out files (by default they are left for the final score)")
  boolean includeHoldout;

  @Option(names = "--no-cache", negatable = true, defaultValue = "true",
      description = "reuse cached CoreNLP results (default: on; see quorum analyze --help)")
  boolean cache;

  @Option(names = {"--misses", "-v", "--verbose"},
      description = {"list per file what was scored wrong: missed questions, wrong statuses (with",
          "the responses found and whether each settles), wrong forms, extra questions,",
          "missed or wrong stances (with what was found in that message), gold decisions and",
          "normative keywords not found or debated otherwise than the gold, and extra findings"})
  boolean misses;

  @Option(names = "--intervals",
      description = {"after the overall figures, their 95%% intervals over files (a bootstrap:",
          "resample the scored files with replacement), to tell a real change from the luck",
          "of which threads were scored"})
  boolean intervals;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path g : golds) {
      files.addAll(expand(g));
    }
    Holdout holdout = Holdout.around(files);
    files.removeIf(f -> holdoutOnly ? !holdout.contains(f) : !includeHoldout && holdout.contains(f));
    PrintWriter out = spec.commandLine().getOut();
    if (files.isEmpty()) {
      out.println("no gold files to score" + (holdout.isEmpty() ? "" : " (held-out files skipped; "
          + "use --include-holdout or --holdout)"));
      out.flush();
      return ExitCodes.OK;
    }
    Analyzer analyzer = new Analyzer(cache
        ? AnalysisOptions.DEFAULT.withCacheDir(AnalyzeCommand.cacheDir()) : AnalysisOptions.DEFAULT);
    Evaluator evaluator = new Evaluator();
    Scores total = Scores.ZERO;
    List<Scores> perFile = new ArrayList<>();
    for (Path f : files) {
      Evaluator.FileScore s = evaluator.evaluate(f, analyzer);
      out.println("== " + f);
      out.print(s.scores().format());
      if (misses) {
        s.misses().forEach(m -> out.println("  " + m));
      }
      out.flush();
      total = total.plus(s.scores());
      perFile.add(s.scores());
    }
    out.println("== overall (" + files.size() + " file" + (files.size() == 1 ? "" : "s") + ")");
    out.print(total.format());
    if (intervals && perFile.size() > 1) {
      out.println("== 95% intervals over the " + perFile.size() + " files (bootstrap, "
          + Intervals.RESAMPLES + " resamples)");
      out.print(Intervals.format(Intervals.of(perFile)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A gold file as given, or the {@code *.gold.json} files below a folder, sorted. */
  static List<Path> expand(Path p) throws IOException, quorum.ingest.IngestException {
    if (!Files.isDirectory(p)) {
      if (!Files.exists(p)) {
        throw new quorum.ingest.IngestException(p + ": no such gold file");
      }
      return List.of(p);
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
  }
}
