package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quorum.testing.CorpusLocator;

/** The search command line parsed without Picocli prints exactly what Picocli's path prints. */
class SearchFastPathTest {
  @TempDir
  static Path dir;
  static String index;
  static Path home;

  @BeforeAll
  static void ingestOnce() throws Exception {
    index = dir.resolve("index").toString();
    home = Files.createDirectories(dir.resolve("home"));
    String mbox = CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString();
    CliRunner r = CliRunner.run("ingest", "--index", index, mbox);
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static Optional<SearchCommand> parse(String... args) {
    return SearchFastPath.parse(args, Map.of(), home);
  }

  /** Picocli's run of {@code args} and the fast path's, as exit code, stdout and stderr. */
  private static void assertSameAsPicocli(String... args) {
    StringWriter pOut = new StringWriter();
    StringWriter pErr = new StringWriter();
    CommandLine cli = Main.newCommandLine(args);
    cli.setOut(new PrintWriter(pOut));
    cli.setErr(new PrintWriter(pErr));
    int pCode = cli.execute(args);

    Optional<SearchCommand> fast = parse(args);
    assertThat(fast).as("fast path taken for %s", String.join(" ", args)).isPresent();
    StringWriter fOut = new StringWriter();
    StringWriter fErr = new StringWriter();
    int fCode = SearchFastPath.run(fast.get(), new PrintWriter(fOut), new PrintWriter(fErr));

    assertThat(fOut.toString()).isEqualTo(pOut.toString());
    assertThat(fErr.toString()).isEqualTo(pErr.toString());
    assertThat(fCode).isEqualTo(pCode);
  }

  @Test
  void plainSearchesPrintTheSameAsPicocli() {
    assertSameAsPicocli("search", "--index", index, "MUST");
    assertSameAsPicocli("search", "--index", index, "--limit", "3", "--snippets", "1", "MUST", "NOT");
    assertSameAsPicocli("search", "MUST", "--index=" + index, "--limit=100", "--snippets=0");
    assertSameAsPicocli("search", "--index", index, "--limit", "100", "d:2000-01-01..2100-01-01");
    assertSameAsPicocli("search", "--index", index, "--threads", "MUST");
    assertSameAsPicocli("search", "--json", "--index", index, "f:dmitri");
    assertThat(CliRunner.run("search", "--index", index, "MUST").out()).contains("[MUST]");
  }

  @Test
  void failuresPrintTheSameAsPicocli() {
    assertSameAsPicocli("search", "--index", index, "(MUST");
    assertSameAsPicocli("search", "--index", dir.resolve("no-such-index").toString(), "MUST");
  }

  @Test
  void optionsItDoesNotKnowGoToPicocli() {
    assertThat(parse("search", "--index", index, "MUST")).isPresent();
    assertThat(parse("search", "--help")).isEmpty();
    assertThat(parse("search", "-h", "MUST")).isEmpty();
    assertThat(parse("search", "--debug", "MUST")).isEmpty();
    assertThat(parse("search", "--index", index)).isEmpty();  // no query: Picocli's error
    assertThat(parse("search", "--limit", "0", "MUST")).isEmpty();
    assertThat(parse("search", "--limit", "-3", "MUST")).isEmpty();
    assertThat(parse("search", "--limit", "0x10", "MUST")).isEmpty();
    assertThat(parse("search", "--limit", "5", "--limit", "6", "MUST")).isEmpty();
    assertThat(parse("search", "--snippets")).isEmpty();
    assertThat(parse("search", "--json=true", "MUST")).isEmpty();
    assertThat(parse("search", "-x", "MUST")).isEmpty();
    assertThat(parse("search", "@args.txt")).isEmpty();
    assertThat(parse("search", "--", "MUST")).isEmpty();
    assertThat(parse("threads", "MUST")).isEmpty();
  }

  @Test
  void aConfigFileSendsEverySearchToPicocli() throws Exception {
    Path config = Files.createDirectories(dir.resolve("xdg/quorum")).resolve("config");
    Files.writeString(config, "limit=3\n");
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    assertThat(SearchFastPath.parse(new String[] {"search", "MUST"}, env, home)).isEmpty();
  }

  @Test
  void parsedOptionsLandInTheCommand() {
    SearchCommand c = parse("search", "a", "--limit", "7", "b", "--snippets=2", "--threads",
        "--index", index).orElseThrow();
    assertThat(c.words).containsExactly("a", "b");
    assertThat(c.limit).isEqualTo(7);
    assertThat(c.snippets).isEqualTo(2);
    assertThat(c.byThread).isTrue();
    assertThat(c.json).isFalse();
    assertThat(c.indexOption.index).isEqualTo(Path.of(index));
  }
}
