package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.testing.CorpusLocator;

/** {@code quorum history} on the three versions of corpus/series/corvid-errno-policy. */
class HistoryCommandTest {
  @TempDir
  static Path dir;
  static Path index;

  @BeforeAll
  static void ingest() {
    index = dir.resolve("index");
    List<String> args = new ArrayList<>(List.of("ingest", "--index", index.toString()));
    for (String v : List.of("v1", "v2", "v3")) {
      args.add(CorpusLocator.corpus("series/corvid-errno-policy-" + v + ".mbox").toString());
    }
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void jsonListsTheThreeVersionsOfOneSeries() throws Exception {
    CliRunner r = CliRunner.run("history", "--index", index.toString(), "--json",
        "dfn:error-returns.rst");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(r.out());
    assertThat(out.get("schema").asText()).isEqualTo("quorum/1");
    assertThat(out.get("series")).hasSize(1);
    JsonNode s = out.get("series").get(0);
    assertThat(s.get("name").asText()).isEqualTo("docs: write down the error-return convention");
    JsonNode versions = s.get("versions");
    assertThat(versions).hasSize(3);
    assertThat(versions.get(0).get("tags").get(0).asText()).isEqualTo("RFC");
    assertThat(versions.get(2).get("version").asInt()).isEqualTo(3);
    assertThat(versions.get(2).get("tags")).isEmpty();
    assertThat(versions.get(2).get("author").get("name").asText()).isEqualTo("Sven Aaltonen");
    assertThat(versions.get(2).get("messages").asInt()).isEqualTo(5);
    JsonNode trailer = versions.get(2).get("trailers").get(0);
    assertThat(trailer.get("tag").asText()).isEqualTo("Reviewed-by");
    assertThat(trailer.get("who").get("name").asText()).isEqualTo("Georg Lehmann");
    assertThat(trailer.get("parts").get(0).asInt()).isEqualTo(1);
    assertThat(versions.get(1).get("files").get(1).asText()).isEqualTo("rt/chan.c");
    assertThat(versions.get(0).get("rangeDiff")).isEmpty();
    assertThat(versions.get(2).get("rangeDiff").get(0).get("status").asText()).isEqualTo("changed");
    JsonNode note = versions.get(2).get("changelog").get(1);
    assertThat(note.get("version").asInt()).isEqualTo(3);
    assertThat(note.get("credited").get(0).get("name").asText()).isEqualTo("Hana Novak");
  }

  @Test
  void textPrintsOneBlockPerVersion() {
    CliRunner r = CliRunner.run("history", "--index", index.toString(), "error-return", "convention");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("docs: write down the error-return convention  [3 version(s)]")
        .contains("  v1 RFC  2023-05-09  Sven Aaltonen  6 message(s)")
        .contains("  v2 RFC  2023-05-15").contains("  v3  2023-05-22")
        .contains("Reviewed-by: Georg Lehmann (patch 1)")
        .contains("files: docs/api/error-returns.rst, rt/chan.c")
        .contains("    vs previous: 1 changed (8 lines), 2 unchanged\n")
        .contains("    v2: SHOULD -> MUST for the negative errno rule (Fatima)"
            + "  [credits Fatima Zahra Benali]");
  }

  @Test
  void noMatchSaysSo() {
    CliRunner r = CliRunner.run("history", "--index", index.toString(), "zzzunmatched");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("no patch series matches\n");
  }
}
