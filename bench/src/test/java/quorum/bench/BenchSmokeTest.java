package quorum.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.bench.analysis.AnalysisBench;
import quorum.bench.ceiling.CeilingBench;
import quorum.bench.report.Raw;
import quorum.testing.CorpusLocator;

/**
 * Each measurement of the harness once, on 200 generated messages, so the bench code cannot
 * rot between benchmark runs: the in-JVM steps directly, and {@code bench/run} itself on the
 * built quorum.jar (peers and analysis left to real runs).
 */
class BenchSmokeTest {
  @TempDir
  static Path tmp;
  static Path corpus;

  @BeforeAll
  static void generate() throws Exception {
    corpus = tmp.resolve("corpus");
    Bench.generate(Map.of("size", "200", "out", corpus.toString(), "sample-threads", "4"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static Raw capture(ThrowingStep step) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      step.run(out);
    }
    return Raw.parse(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
  }

  interface ThrowingStep {
    void run(PrintStream out) throws Exception;
  }

  @Test
  void ceilingParsesAndIndexesEveryMessage() throws Exception {
    Raw raw = capture(out -> CeilingBench.run(corpus.resolve("corpus.mbox"), tmp.resolve("ceiling"), out));

    assertThat(raw.number("ceiling.messages")).hasValue(200);
    assertThat(raw.number("ceiling.index_bytes").orElseThrow()).isPositive();
  }

  @Test
  @Tag("nlp")
  void analysisRunsQuorumAndPlainCoreNlpOnTheSameText() throws Exception {
    Raw raw = capture(out -> AnalysisBench.run(corpus.resolve("sample.mbox"), tmp.resolve("nlp"), 6, 1, out));

    assertThat(raw.number("analysis.sentences").orElseThrow()).isPositive();
    assertThat(raw.number("analysis.quorum_s").orElseThrow()).isPositive();
    assertThat(raw.number("analysis.quorum_first_s").orElseThrow()).isPositive();
    assertThat(raw.number("analysis.plain_nt_first_s").orElseThrow()).isPositive();
    assertThat(raw.number("analysis.quorum_cpu_s").orElseThrow()).isPositive();
    assertThat(raw.text("analysis.round_ratios").orElseThrow().split(" ")).hasSize(1);
    assertThat(raw.number("analysis.cached_s").orElseThrow())
        .isLessThan(raw.number("analysis.first_s").orElseThrow());
    assertThat(raw.number("analysis.annotations_cached_s").orElseThrow()).isPositive();
  }

  @Test
  void scriptRunsEveryQuorumStageAndWritesTheTable() throws Exception {
    Path root = CorpusLocator.root();
    Path jar = root.resolve("cli/target/quorum.jar");
    assumeTrue(Files.isRegularFile(jar), "cli/target/quorum.jar not built (run mvn verify from the root)");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "/usr/bin/time missing (Debian package time)");
    Path target = tmp.resolve("target");
    ProcessBuilder pb = new ProcessBuilder(root.resolve("bench/run").toString(), "--size", "200",
        "--runs", "1", "--no-peers", "--skip", "analysis,scaling", "--no-build")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile());
    pb.environment().put("BENCH_TARGET", target.toString());
    pb.environment().put("QUORUM_CMD", "java -jar " + jar);
    pb.environment().put("BENCH_JAVA_OPTS", "-Xmx512m");
    Process p = pb.start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String log = Files.readString(tmp.resolve("run.log"), StandardCharsets.UTF_8);

    assertThat(done).as(log).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    String table = Files.readString(target.resolve("results.md"), StandardCharsets.UTF_8);
    assertThat(table).contains("| ingest+index, messages/s | ", "| search phrase `memory barrier`, p50 ms",
        "| JVM start (`quorum --version`), p50 ms |");
    Raw raw = Raw.read(target.resolve("raw.tsv"));
    assertThat(raw.number("quorum.ingest_s").orElseThrow()).isPositive();
    assertThat(raw.number("hits.quorum.common").orElseThrow()).isGreaterThan(100);
    assertThat(raw.samples("search.quorum.month")).hasSize(1);
  }
}
