package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.index.IndexWriterSession;
import quorum.index.QuorumIndex;
import quorum.testing.CorpusLocator;

/** {@code ingest}, {@code search} and {@code threads} end to end on a real index on disk. */
class IndexCommandsTest {
  @TempDir
  static Path dir;
  static Path index;
  static String widget;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void ingestOnce() {
    index = dir.resolve("index");
    widget = CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString();
    CliRunner r = CliRunner.run("ingest", "--index", index.toString(), widget);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("read 6 message(s): 6 indexed, 0 duplicate(s), 0 rejected");
  }

  @Test
  void ingestingTheSameMailAgainAddsNothing() throws Exception {
    CliRunner r = CliRunner.run("ingest", "--json", "--index", index.toString(), widget);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode summary = json.readTree(r.out());
    assertThat(summary.get("schema").asText()).isEqualTo("quorum/1");
    assertThat(summary.get("read").asInt()).isEqualTo(6);
    assertThat(summary.get("indexed").asInt()).isZero();
    assertThat(summary.get("duplicates").asInt()).isEqualTo(6);
  }

  @Test
  void everyMessageReadIsCountedOnceWhateverQuoteNodesItAdds(@TempDir Path other) throws Exception {
    // the seed thread's archive copy rebuilds messages that exist only as quotes
    String seed = CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.txt").toString();
    CliRunner r = CliRunner.run("ingest", "--json", "--index", other.resolve("i").toString(), seed);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode summary = json.readTree(r.out());
    assertThat(summary.get("quoteNodes").asInt()).isPositive();
    assertThat(summary.get("read").asInt()).isEqualTo(summary.get("indexed").asInt()
        + summary.get("duplicates").asInt() + summary.get("rejected").asInt());
  }

  @Test
  void searchFindsOwnTextByAuthorAndMarksTheMatch() throws Exception {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "--json", "f:dmitri", "MUST");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode out = json.readTree(r.out());
    assertThat(out.get("total").asInt()).isPositive();
    for (JsonNode hit : out.get("hits")) {
      assertThat(hit.get("from").get("name").asText()).isEqualTo("Dmitri Volkov");
      assertThat(hit.get("snippet").get("highlights")).isNotEmpty();
    }
  }

  @Test
  void searchPrintsOneLinePerHitAndSnippetsOnlyForTheFirstN() {
    CliRunner all = CliRunner.run("search", "--index", index.toString(), "--limit", "6", "MUST");
    assertThat(all.exitCode()).as(all.err()).isZero();
    String[] lines = all.out().split("\n");
    long hits = java.util.Arrays.stream(lines).filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\d  .*  <.+>")).count();
    assertThat(hits).isGreaterThan(1);
    assertThat(lines[lines.length - 1]).isEqualTo(hits + " matches");
    assertThat(all.out()).contains("[MUST]");

    CliRunner one = CliRunner.run("search", "--index", index.toString(), "--limit", "6",
        "--snippets", "1", "MUST");
    assertThat(one.out().split("\n")).hasSize((int) hits + 2);
    assertThat(one.out().split("\n")[1]).startsWith("    ").contains("[MUST]");
    CliRunner none = CliRunner.run("search", "--index", index.toString(), "--limit", "6",
        "--snippets", "0", "MUST");
    assertThat(none.out().split("\n")).hasSize((int) hits + 1).noneMatch(l -> l.startsWith(" "));
    // the same hits in the same order, whatever is shown under them
    assertThat(none.out().lines().filter(l -> !l.startsWith(" ")).toList())
        .isEqualTo(all.out().lines().filter(l -> !l.startsWith(" ")).toList());
  }

  @Test
  void jsonHitsPastTheSnippetCountCarryAnEmptySnippet() throws Exception {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "--json", "--snippets", "1",
        "MUST");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode hits = json.readTree(r.out()).get("hits");
    assertThat(hits.size()).isGreaterThan(1);
    assertThat(hits.get(0).get("snippet").get("text").asText()).isNotEmpty();
    assertThat(hits.get(1).get("snippet").get("text").asText()).isEmpty();
    assertThat(hits.get(1).get("threadSubject").asText()).contains("uAPI stability");
  }

  @Test
  void negativeSnippetCountIsAUsageError() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "--snippets", "-1", "MUST");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--snippets");
  }

  @Test
  void searchByThreadGroupsHitsUnderTheirThread() throws Exception {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "--threads", "--json", "MUST");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode threads = json.readTree(r.out()).get("threads");
    assertThat(threads).hasSize(1);
    assertThat(threads.get(0).get("subject").asText()).contains("uAPI stability");
    assertThat(threads.get(0).get("hits")).isNotEmpty();
  }

  @Test
  void threadsListsSubjectParticipantsAndCounts() {
    CliRunner r = CliRunner.run("threads", "--index", index.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("uAPI stability contract").contains("6 message(s)")
        .contains("Dmitri Volkov").contains("Marta Kowalczyk");
  }

  @Test
  void badQueryIsAUsageErrorPointingAtTheColumn() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "(MUST");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("quorum: bad query: column 6:").contains("  (MUST\n");
  }

  @Test
  void searchWithoutAnIndexSaysHowToMakeOne() {
    CliRunner r = CliRunner.run("search", "--index", dir.resolve("none").toString(), "x");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.err()).contains(dir.resolve("none").toString()).contains("quorum ingest");
  }

  @Test
  void ingestIntoAnIndexAnotherWriterHoldsIsBusy() throws Exception {
    Path busy = dir.resolve("busy");
    try (QuorumIndex held = QuorumIndex.create(busy); IndexWriterSession session = held.writer()) {
      CliRunner r = CliRunner.run("ingest", "--index", busy.toString(), widget);
      assertThat(r.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
      assertThat(r.err().strip()).startsWith("quorum: ").contains(busy.toString())
          .doesNotContain("\n");
    }
  }
}
