package quorum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.AnalysisJson;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.AnalysisText;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.mail.Discussion;

/** {@code quorum analyze}: questions, positions, decisions and MUST/SHOULD in each thread. */
@Command(name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Read threads and say what was asked, who stands where, what was decided,",
        "and which RFC 2119 keywords (MUST, SHOULD, ...) the proposal uses and the debate about them.",
        "Language work runs on Stanford CoreNLP over own text only; results are cached per message.",
        "THREAD is a thread of the index (--index): its id as 'quorum threads --json' prints "
            + "it (16 hex digits), or the Message-ID of any message in it, with or without <>. "
            + "An argument that names an existing file or folder is read as mail instead."},

    footerHeading = "%nExamples:%n",
    footer = {"  quorum analyze corpus/bpf-kfunc-stability-2023-01-17.txt",
        "  quorum analyze --json corpus/rfc-debates/ | jq '.threads[].decisions'",
        "  quorum analyze '<20230117.kfunc@example.org>'",
        "  quorum analyze --all --json > all.json"})
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  IndexOption indexOption;

  @Parameters(arity = "0..*", paramLabel = "PATH|THREAD",
      description = "mail files or folders (any format show reads), or threads of the index "
          + "by id or Message-ID")
  List<String> targets = List.of();

  @Option(names = "--all", description = "analyze every thread of the index")
  boolean all;

  @Option(names = "--json", description = "print JSON (schema quorum/1, see docs/json.md)")
  boolean json;

  @Option(names = "--no-cache", negatable = true, defaultValue = "true",
      description = "keep CoreNLP results per message, and each thread's analysis, in the "
          + "cache folder (default: on; $XDG_CACHE_HOME/quorum/nlp, else ~/.cache/quorum/nlp)")
  boolean cache;

  @Override
  public Integer call() throws Exception {
    ThreadInputs.requireTargetsOrAll(spec, targets, all);
    IngestResult ingested = all ? ThreadInputs.loadAll(indexOption, IngestOptions.LENIENT,
        !common.quiet) : ThreadInputs.load(targets, indexOption, IngestOptions.LENIENT);
    int exit = common.report(ingested, spec.commandLine().getErr());
    AnalysisOptions options = cache ? AnalysisOptions.DEFAULT.withCacheDir(cacheDir())
        : AnalysisOptions.DEFAULT;
    Analyzer analyzer = new Analyzer(options);
    List<Discussion> threads = ingested.discussions();
    ObjectNode root = JsonOutput.document();
    ArrayNode jsonThreads = root.putArray("threads");
    StringBuilder text = new StringBuilder();
    try (ProgressBar bar = Progress.count("analyze", " thread", threads.size(), !common.quiet)) {
      ObjectMapper mapper = new ObjectMapper();
      analyzer.analyzeAll(threads, (d, a) -> {
        if (json) {
          jsonThreads.add(mapper.valueToTree(AnalysisJson.tree(a)));
        } else {
          text.append(AnalysisText.summary(a)).append('\n');
        }
        bar.step();
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? JsonOutput.write(root) : text);
    out.flush();
    return exit;
  }

  static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("quorum").resolve("nlp");
  }
}
