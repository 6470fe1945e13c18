package quorum.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code quorum} command; each job is a subcommand. */
@Command(name = "quorum",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads mailing-list discussions the way a careful maintainer does.",
    subcommands = {ShowCommand.class, IngestCommand.class, SearchCommand.class, ServeCommand.class,
        ThreadsCommand.class, HistoryCommand.class, DemoCommand.class, AnalyzeCommand.class, EvalCommand.class, TrainStanceCommand.class, TrainAnswersCommand.class, ReportCommand.class,
        QuestionsCommand.class,
        CompletionCommand.class, HelpCommand.class},
    footerHeading = "%nSee also:%n",
    footer = {"  quorum help <command>   a command's options and examples",
        "  man quorum-<command>    the same as a man page (installed under cli/target/man)"})
final class QuorumCommand implements Runnable {
  @Mixin
  ExitCodes.Documented exitCodes;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // no subcommand: show the usage, which is a usage error
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
