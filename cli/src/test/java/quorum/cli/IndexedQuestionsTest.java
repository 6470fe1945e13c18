package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.testing.CorpusLocator;

/**
 * {@code analyze} by Message-ID and {@code questions} across an index holding the three
 * versions of the corvid-errno-policy series, with the real language models.
 */
@Tag("nlp")
class IndexedQuestionsTest {
  @TempDir
  static Path dir;
  static Path index;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void ingestSeries() {
    index = dir.resolve("index");
    CliRunner r = CliRunner.run("ingest", "-q", "--index", index.toString(),
        CorpusLocator.corpus("series/corvid-errno-policy-v1.mbox").toString(),
        CorpusLocator.corpus("series/corvid-errno-policy-v2.mbox").toString(),
        CorpusLocator.corpus("series/corvid-errno-policy-v3.mbox").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void analyzeTakesAThreadByMessageId() throws Exception {
    CliRunner r = CliRunner.run("analyze", "--json", "--no-cache", "--index", index.toString(),
        IndexedThreadCommandsTest.V1_PATCH);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode thread = json.readTree(r.out()).get("threads").get(0);
    assertThat(thread.get("subject").asText()).contains("error-return convention");
    assertThat(thread.get("questions")).isNotEmpty();
  }

  @Test
  void questionsFollowTheSeriesFilterAndComeFromTheCacheTheSecondTime() throws Exception {
    CliRunner first = CliRunner.run("questions", "--json", "-v", "--no-cache", "--index",
        index.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("quorum: 3 thread(s) analyzed, 0 from the cache");
    JsonNode all = json.readTree(first.out()).get("questions");
    assertThat(all).isNotEmpty();
    Instant previous = Instant.MIN;
    for (JsonNode q : all) {
      Instant asked = Instant.parse(q.get("asked").asText());
      assertThat(asked).isAfterOrEqualTo(previous);
      previous = asked;
      assertThat(q.get("thread").asText()).matches("[0-9a-f]{16}");
      assertThat(q.has("carriedOver")).isTrue();
      assertThat(q.has("addressedIn")).isTrue();
    }
    JsonNode logAtAll = null;
    for (JsonNode q : all) {
      if (q.get("version").asInt() == 1 && q.get("asker").get("name").asText().equals("Georg Lehmann")) {
        logAtAll = q;
      }
    }
    assertThat(logAtAll).isNotNull();
    assertThat(logAtAll.get("carriedOver").asBoolean()).isTrue();
    assertThat(logAtAll.get("addressedIn").isInt()).isTrue();
    assertThat(logAtAll.get("series").asText()).isEqualTo("docs: write down the error-return convention");

    CliRunner second = CliRunner.run("questions", "--json", "-v", "--no-cache", "--index",
        index.toString());
    assertThat(second.err()).contains("quorum: 0 thread(s) analyzed, 3 from the cache");
    assertThat(json.readTree(second.out()).get("questions")).hasSameSizeAs(all);

    JsonNode open = questions("--open");
    assertThat(open).allSatisfy(q -> assertThat(q.get("open").asBoolean()).isTrue());
    assertThat(open.size()).isLessThan(all.size());
    JsonNode byHana = questions("--by", "HANA");
    assertThat(byHana).isNotEmpty().allSatisfy(q ->
        assertThat(q.get("asker").get("name").asText()).isEqualTo("Hana Novak"));
    JsonNode since = questions("--since", "2023-05-15");
    assertThat(since).isNotEmpty().allSatisfy(q ->
        assertThat(q.get("asked").asText()).isGreaterThanOrEqualTo("2023-05-15"));
    assertThat(since.size()).isLessThan(all.size());

    CliRunner text = CliRunner.run("questions", "--no-cache", "--index", index.toString());
    assertThat(text.out()).contains("Georg Lehmann").contains("carried over to v2")
        .contains("addressed in v");
    CliRunner bad = CliRunner.run("questions", "--since", "last tuesday", "--index", index.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--since wants a date as YYYY-MM-DD, not 'last tuesday'");
  }

  private JsonNode questions(String... filter) throws Exception {
    String[] args = new String[filter.length + 5];
    args[0] = "questions";
    args[1] = "--json";
    args[2] = "--no-cache";
    args[3] = "--index";
    args[4] = index.toString();
    System.arraycopy(filter, 0, args, 5, filter.length);
    CliRunner r = CliRunner.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return json.readTree(r.out()).get("questions");
  }
}
