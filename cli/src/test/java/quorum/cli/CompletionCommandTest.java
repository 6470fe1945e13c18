package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void bashCompletionKnowsEverySubcommandAndShowsOptions() {
    CliRunner r = CliRunner.run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("show").contains("completion")
        .contains("--json").contains("--strict");
  }

  @Test
  void unknownShellIsAUsageError() {
    CliRunner r = CliRunner.run("completion", "fish");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("unsupported shell 'fish'");
  }
}
