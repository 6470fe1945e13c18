package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.testing.CorpusLocator;

/**
 * {@code analyze}, {@code report} and {@code questions} on threads of a real index on disk,
 * named by thread id and by Message-ID. The tests that run the language models are in
 * {@link IndexedQuestionsTest}.
 */
class IndexedThreadCommandsTest {
  static final String V1_PATCH = "20230509071000.7012-3-sven.aaltonen@example.fi";

  @TempDir
  static Path dir;
  static Path index;
  static String v1;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void ingestSeries() {
    index = dir.resolve("index");
    v1 = CorpusLocator.corpus("series/corvid-errno-policy-v1.mbox").toString();
    CliRunner r = CliRunner.run("ingest", "-q", "--index", index.toString(), v1,
        CorpusLocator.corpus("series/corvid-errno-policy-v2.mbox").toString(),
        CorpusLocator.corpus("series/corvid-errno-policy-v3.mbox").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  static String threadIdOf(Path index, String query) throws Exception {
    CliRunner r = CliRunner.run("threads", "--json", "--index", index.toString(), query);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("threads").get(0).get("thread").asText();
  }

  @Test
  void aThreadFromTheIndexReportsAsTheFileDoesByIdAndByMessageId() throws Exception {
    String id = threadIdOf(index, "s:\"PATCH RFC 0/2\"");
    CliRunner fromFile = CliRunner.run("report", "--no-analysis", "--json", v1);
    CliRunner byId = CliRunner.run("report", "--no-analysis", "--json", "--index",
        index.toString(), id);
    CliRunner byMessageId = CliRunner.run("report", "--no-analysis", "--json", "--index",
        index.toString(), "<" + V1_PATCH + ">");
    assertThat(byId.exitCode()).as(byId.err()).isZero();
    assertThat(byMessageId.exitCode()).as(byMessageId.err()).isZero();
    assertThat(byId.out()).isEqualTo(fromFile.out());
    assertThat(byMessageId.out()).isEqualTo(fromFile.out());
    assertThat(json.readTree(byId.out()).get("threads")).hasSize(1);
  }

  @Test
  void anUnknownThreadIsRejectedWithOneLineNamingIt() {
    CliRunner r = CliRunner.run("report", "--no-analysis", "--index", index.toString(),
        "<nobody@example.org>");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(r.err().strip()).isEqualTo("quorum: no such file or folder, and no thread or "
        + "Message-ID <nobody@example.org> in the index at " + index.toAbsolutePath());
  }

  @Test
  void neitherTargetsNorAllIsAUsageError() {
    CliRunner r = CliRunner.run("report", "--index", index.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("give a PATH or THREAD, or --all");
  }

  @Test
  void reportAllWritesOneFilePerThreadAndAnIndexPageLinkingThem() throws Exception {
    Path out = dir.resolve("reports");
    CliRunner r = CliRunner.run("report", "--all", "--no-analysis", "--format", "html", "-q",
        "--index", index.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).hasSize(4).contains("index.html");
    String page = Files.readString(out.resolve("index.html"));
    for (String f : files) {
      if (!f.equals("index.html")) {
        assertThat(f).matches("[0-9a-f]{16}\\.html");
        assertThat(page).contains("href=\"" + f + "\"");
        assertThat(Files.readString(out.resolve(f))).contains("error-return convention");
      }
    }
    assertThat(page).contains("3 threads").contains("Content-Security-Policy");
  }

  @Test
  void anIndexOfAnOlderSchemaFailsWithAClearMessageAndExitCode3() throws Exception {
    Path old = dir.resolve("old-index");
    try (FSDirectory d = FSDirectory.open(old);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of("quorum.schema", "1").entrySet());
      w.commit();
    }
    for (String[] args : List.of(new String[] {"questions", "--index", old.toString()},
        new String[] {"analyze", "--index", old.toString(), "<" + V1_PATCH + ">"},
        new String[] {"threads", "--index", old.toString()})) {
      CliRunner r = CliRunner.run(args);
      assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INPUT_REJECTED);
      assertThat(r.err().strip()).isEqualTo("quorum: index at " + old.toAbsolutePath()
          + " has schema version 1, this quorum reads version 3; move it away and ingest again");
    }
  }
}
