package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import quorum.testing.CorpusLocator;

/** {@code quorum demo} end to end on the bundled corpus: the README's first command. */
@Tag("nlp")
class DemoCommandTest {
  @Test
  void demoIngestsShowsAnalyzesSearchesAndWritesTheReport() throws Exception {
    CliRunner r = CliRunner.run("demo", "--corpus", CorpusLocator.root().resolve("corpus").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("== 1. ingest").contains("rejected")
        .contains("== 2. the seed thread").contains("Stanislav Fomichev (inferred)")
        .contains("== 3. what was asked").contains("No decision was reached.")
        .contains("== 4. quorum search").contains("matches")
        .contains("== 5. the HTML report");
    String written = r.out().lines().filter(l -> l.startsWith("written to ")).findFirst().orElseThrow()
        .substring("written to ".length());
    String html = Files.readString(Path.of(written));
    assertThat(html).startsWithIgnoringCase("<!doctype html>").contains("Alexei Starovoitov");
  }

  @Test
  void demoWithoutItsCorpusSaysWhatIsMissing(@org.junit.jupiter.api.io.TempDir Path empty) {
    CliRunner r = CliRunner.run("demo", "--corpus", empty.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.err()).contains("seed thread is missing").contains("--corpus");
  }
}
