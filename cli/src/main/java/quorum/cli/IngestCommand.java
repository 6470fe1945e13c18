package quorum.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import quorum.index.AddResult;
import quorum.index.IndexWriterSession;
import quorum.index.PreparedDiscussion;
import quorum.index.QuorumIndex;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Severity;

/**
 * {@code quorum ingest}: read mail and add it to the index. Each PATH is read, threaded and
 * committed on its own, so an interrupted run keeps every finished PATH and a re-run adds only
 * what is missing (identity is the Message-ID, or a content hash when there is none).
 */
@Command(name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Add mail to the search index (incremental: nothing is added twice).",
        "Rejected messages are listed with file, line and reason in rejects.log in the index,",
        "and kept raw in rejects.mbox there (with X-Quorum-Rejected and X-Quorum-Source)."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum ingest ~/lists/bpf.mbox.gz",
        "  quorum ingest --index /tmp/q corpus/",
        "  QUORUM_INDEX=~/q quorum ingest ~/Maildir/lists/ksummit"})
final class IngestCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  static final String REJECTS_LOG = "rejects.log";

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  IndexOption indexOption;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "mbox (.gz), maildir, .eml, web-archive text copy, or a folder of them")
  List<Path> paths;

  @Mixin
  InputOptions input;


  @Option(names = "--json", description = "print the summary as JSON (schema quorum/1)")
  boolean json;

  @Override
  public Integer call() throws Exception {
    IngestOptions options = input.options();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = indexOption.resolve();
    Tally tally = new Tally();
    int exit = ExitCodes.OK;
    try (QuorumIndex index = QuorumIndex.create(dir);
         IndexWriterSession session = index.writer();
         ProgressBar bar = Progress.messages("ingest", !common.quiet)) {
      Ingester.deleteLeftoverSpools(dir); // a killed run's; we hold the write lock now
      int file = 0;
      for (Path path : paths) {
        bar.setExtraMessage(" file " + ++file + "/" + paths.size() + " " + path.getFileName());
        int before = tally.read;
        // mapping runs on the ingest workers, ahead of the writer, which analyzes and inverts
        // on its adding threads
        IngestResult result = new Ingester(options).stream(List.of(path), dir,
            read -> bar.stepTo(before + read), PreparedDiscussion::of,
            p -> tally.add(session.add(p)));
        session.commit();
        tally.add(result);
        logRejects(dir, result);
        RejectsMbox.append(dir, result.rejects());
        common.reportDiagnostics(result, err);
        exit = Math.max(exit, CommonOptions.exitCodeFor(result));
      }
    }
    print(dir, tally);
    return exit;
  }

  private void print(Path dir, Tally t) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = JsonOutput.document();
      root.put("index", dir.toString());
      root.put("read", t.read);
      root.put("indexed", t.indexed);
      root.put("duplicates", t.duplicates);
      root.put("rejected", t.rejected);
      root.put("quoteNodes", t.quoteNodes);
      root.put("quoteNodesReplaced", t.upgraded);
      root.put("threadsMerged", t.threadsMerged);
      root.put("rejects", t.rejected > 0 ? dir.resolve(REJECTS_LOG).toString() : null);
      root.put("rejectsMbox", t.rejected > 0 && Files.exists(dir.resolve(RejectsMbox.FILE_NAME))
          ? dir.resolve(RejectsMbox.FILE_NAME).toString() : null);
      out.print(JsonOutput.write(root));
    } else {
      out.printf("%s: read %d message(s): %d indexed, %d duplicate(s), %d rejected%s%s%n", dir,
          t.read, t.indexed, t.duplicates, t.rejected,
          t.quoteNodes > 0 ? "; plus " + t.quoteNodes + " reply-tree node(s) known only from quotes"
              : "",
          t.rejected > 0 ? " (reasons in " + dir.resolve(REJECTS_LOG) + ", messages in "
              + dir.resolve(RejectsMbox.FILE_NAME) + ")" : "");
    }
    out.flush();
  }

  /**
   * Appends each rejection, one line with file, line and reason, so nothing vanishes unseen;
   * through a temporary file and a rename, so a crash never leaves half a line.
   */
  private static void logRejects(Path dir, IngestResult result) throws IOException {
    StringBuilder lines = new StringBuilder();
    result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
        .forEach(d -> lines.append(d).append('\n'));
    if (lines.length() > 0) {
      Path log = dir.resolve(REJECTS_LOG);
      RejectsMbox.replace(log, Files.exists(log) ? Files.readAllBytes(log) : new byte[0],
          lines.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Running totals over all PATHs. */
  private static final class Tally {
    int read;
    int indexed;
    int duplicates;
    int rejected;
    int upgraded;
    int threadsMerged;
    int quoteNodes;

    void add(IngestResult r) {
      read += r.read();
      rejected += r.rejected();
      duplicates += r.duplicates();
    }

    void add(AddResult a) {
      duplicates += a.duplicates();
      indexed += a.added();
      upgraded += a.upgraded();
      quoteNodes += a.quoteNodes();
      threadsMerged += a.threadsMerged();
    }
  }
}
