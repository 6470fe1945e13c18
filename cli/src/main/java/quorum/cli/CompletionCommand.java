package quorum.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quorum completion bash}: prints a completion script generated from the command model. */
@Command(name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print a shell completion script (bash; zsh can load it with bashcompinit).",
    footerHeading = "%nExamples:%n",
    footer = {"  quorum completion bash > ~/.local/share/bash-completion/completions/quorum",
        "  source <(quorum completion bash)"})
final class CompletionCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
      description = "the shell: bash (default)")
  String shell;

  @Override
  public Integer call() {
    if (!"bash".equals(shell) && !"zsh".equals(shell)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unsupported shell '" + shell + "'; quorum generates bash completion (zsh via bashcompinit)");
    }
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash("quorum", root));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
