package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Every subcommand teaches: a description, examples and the exit codes in {@code --help}, and
 * the same in the man page the build generates from the same model (picocli-codegen).
 */
class HelpTeachesTest {
  static Stream<String> subcommands() {
    return Main.newCommandLine().getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"));
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void helpHasDescriptionExamplesAndExitCodes(String name) {
    CliRunner r = CliRunner.run(name, "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: quorum " + name)
        .containsPattern("Examples:\n  \\S*quorum ").contains("Exit codes:")
        .contains("75   index busy");
    assertThat(r.out().indexOf("Examples:")).isLessThan(r.out().indexOf("Exit codes:"));
    CommandLine sub = Main.newCommandLine().getSubcommands().get(name);
    assertThat(sub.getCommandSpec().usageMessage().description()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void manPageHasTheSameSections(String name) {
    Map<String, CommandLine> subs = Main.newCommandLine().getSubcommands();
    StringWriter page = new StringWriter();
    try (PrintWriter pw = new PrintWriter(page)) {
      ManPageGenerator.writeSingleManPage(pw, subs.get(name).getCommandSpec());
    }
    assertThat(page.toString()).contains("= quorum-" + name + "(1)")
        .contains("== Description").contains("Exit codes:").contains("*75*::")
        .containsPattern("Examples:\n\n\\[%hardbreaks]\n  \\S*quorum ");
  }
}
