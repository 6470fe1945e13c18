package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTest {
  @Test
  void noCommandIsAUsageError() {
    CliRunner r = CliRunner.run();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Usage: quorum");
  }

  @Test
  void versionAlonePrintsWhatPicocliPrints() {
    java.io.StringWriter picocli = new java.io.StringWriter();
    picocli.CommandLine cli = Main.newCommandLine();
    cli.setOut(new java.io.PrintWriter(picocli));
    assertThat(cli.execute("--version")).isZero();
    for (String flag : new String[] {"--version", "-V"}) {
      CliRunner r = CliRunner.run(flag);
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).isEqualTo(picocli.toString()).startsWith("quorum ");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRunner r = CliRunner.run("show", "--no-such-option", "x.mbox");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void helpListsExitCodesAndExamples() {
    CliRunner r = CliRunner.run("show", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Examples:").contains("75   index busy");
  }

  @Test
  void missingFileIsRejectedWithOneLineNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.mbox");
    CliRunner r = CliRunner.run("show", missing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.err().strip()).contains(missing.toString()).doesNotContain("\n")
        .doesNotContain("Exception").startsWith("quorum: ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyFileIsRejectedWithOneLineNamingIt(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.mbox"));
    CliRunner r = CliRunner.run("show", empty.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.err().strip()).contains(empty.toString()).doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void aRejectedMessageStillShowsTheRestButExitsThree() {
    CliRunner r = CliRunner.run("show",
        quorum.testing.CorpusLocator.corpus("broken/headerless.mbox").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.out()).isNotEmpty();
    assertThat(r.err()).contains("headerless.mbox:").contains("rejected")
        .doesNotContain("Exception").doesNotContain("INFO");
  }

  @Test
  void truncatedMboxNamesFileAndLineAndExitsThree() {
    CliRunner r = CliRunner.run("show",
        quorum.testing.CorpusLocator.corpus("broken/truncated.mbox").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.err()).contains("truncated.mbox:").contains("truncated");
  }

  @Test
  void anOutOfMemoryFromAWorkerIsNamedWithTheWayOut() {
    Exception wrapped = new RuntimeException("ingest worker failed",
        new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space")));
    assertThat(Main.causedByOutOfMemory(wrapped)).isTrue();
    assertThat(Main.causedByOutOfMemory(new RuntimeException("no"))).isFalse();
    assertThat(Main.outOfMemory()).startsWith("quorum: out of memory (Java heap of ")
        .contains("QUORUM_JAVA_OPTS=-Xmx4g");
  }
}
