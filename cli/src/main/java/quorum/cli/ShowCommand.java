package quorum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;

/** {@code quorum show}: read mail and print its threads with the reply trees inside them. */
@Command(name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Read mail files or folders and print their threads as reply trees.",
        "Messages that survive only as quotes inside later mail appear as nodes of their own."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum show corpus/bpf-kfunc-stability-2023-01-17.txt",
        "  quorum show --json ~/Mail/lists/bpf/ | jq '.threads[0].messages[].author.name'",
        "  quorum show --format mbox list-archive.mbox.gz"})
final class ShowCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "mbox (mboxo/mboxrd, .gz), maildir, .eml, a web-archive text copy, "
          + "or a folder of any of these")
  List<Path> paths;

  @Mixin
  InputOptions input;

  @Option(names = "--json", description = "print JSON (schema quorum/1, see docs/json.md)")
  boolean json;


  @Override
  public Integer call() throws Exception {
    IngestOptions options = input.options();
    IngestResult result = new Ingester(options).ingest(paths);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(ShowJson.render(result));
    } else {
      out.print(TreeText.render(result.discussions()));
    }
    out.flush();
    return common.report(result, spec.commandLine().getErr());
  }
}
