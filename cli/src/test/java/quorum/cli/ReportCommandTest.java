package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.testing.CorpusLocator;

class ReportCommandTest {
  private static final String PHY =
      CorpusLocator.corpus("quoting/phy-rate-matching-snips-signatures-trailers.mbox").toString();

  @TempDir
  Path dir;

  @Test
  void printsMarkdownToStdoutByDefault() {
    CliRunner r = CliRunner.run("report", PHY);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("## [PATCH net-next v4] net: phy:").contains("### Reply tree");
  }

  @Test
  void writesTheFileNamedByOutputInTheFormatItsExtensionSays() throws Exception {
    Path html = dir.resolve("phy.html");
    CliRunner r = CliRunner.run("report", "-o", html.toString(), PHY);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<details open>");
  }

  @Test
  void formatOptionWinsOverTheExtension() throws Exception {
    Path out = dir.resolve("phy.html");
    CliRunner r = CliRunner.run("report", "--format", "json", "-o", out.toString(), PHY);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{\n  \"schema\": \"quorum/1\"");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRunner r = CliRunner.run("report", "--format", "pdf", PHY);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("pdf");
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    CliRunner r = CliRunner.run("report", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("quorum report --format html -o").contains("Exit codes:");
  }
}
