package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.testing.CorpusLocator;

/**
 * {@code quorum ingest} keeps every rejected message raw in {@code rejects.mbox} in the index
 * (issue 8: nothing a user gave is silently dropped), says where, and adds nothing twice.
 */
class RejectsMboxTest {
  @TempDir
  Path tmp;

  @Test
  void keepsRejectedMessagesRawInTheIndexAndSaysWhere() throws Exception {
    Path index = tmp.resolve("index");
    Path input = CorpusLocator.corpus("malformed/no-header-fields.mbox");
    CliRunner r = CliRunner.run("ingest", "--index", index.toString(), input.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    Path mbox = index.resolve("rejects.mbox");
    assertThat(r.out()).contains("read 2 message(s): 1 indexed, 0 duplicate(s), 1 rejected"
        + " (reasons in " + index.resolve("rejects.log") + ", messages in " + mbox + ")");
    assertThat(Files.readString(mbox)).isEqualTo("From mboxrd@z Thu Jan  1 00:00:00 1970\n"
        + "X-Quorum-Rejected: no RFC 5322 header fields; message skipped\n"
        + "X-Quorum-Source: " + input + ":10\n"
        + "X-Quorum-Digest: " + digestLine(mbox) + "\n"
        + "\n"
        + "This message lost every header field.\n"
        + "\n");
    assertThat(Files.readString(index.resolve("rejects.log"))).isEqualTo(input
        + ":10: error: no RFC 5322 header fields; message skipped\n");
  }

  @Test
  void addsNothingTwiceWhenTheSameMailIsIngestedAgain() throws Exception {
    Path index = tmp.resolve("index");
    String input = CorpusLocator.corpus("malformed/no-header-fields.mbox").toString();
    CliRunner.run("ingest", "--index", index.toString(), input);
    byte[] first = Files.readAllBytes(index.resolve("rejects.mbox"));
    CliRunner r = CliRunner.run("ingest", "--json", "--index", index.toString(), input);
    JsonNode summary = new ObjectMapper().readTree(r.out());
    assertThat(summary.get("rejected").asInt()).isEqualTo(1);
    assertThat(summary.get("rejectsMbox").asText()).isEqualTo(index.resolve("rejects.mbox")
        .toString());
    assertThat(Files.readAllBytes(index.resolve("rejects.mbox"))).isEqualTo(first);
  }

  @Test
  void escapesFromLinesSoTheRejectsReadBackAsTheSameText() throws Exception {
    Path input = Files.writeString(tmp.resolve("bad.mbox"),
        "From ann@example.org Mon Mar  6 08:00:00 2023\n\n"
            + "no header fields, and a body line that looks like a separator:\n"
            + "From bob@example.org Mon Mar  6 09:00:00 2023\n"
            + ">From an old escape\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    CliRunner.run("ingest", "--index", index.toString(), input.toString());
    Path mbox = index.resolve("rejects.mbox");
    assertThat(Files.readString(mbox)).contains("\n>From bob@example.org Mon Mar  6 09:00:00 2023\n"
        + ">>From an old escape\n");
    // read back by quorum: one message (our X-Quorum fields are its header block now)
    IngestResult back = new Ingester(IngestOptions.LENIENT).ingest(List.of(mbox));
    assertThat(back.read()).isEqualTo(1);
    assertThat(back.discussions().get(0).messages().get(0).body()).isEqualTo(
        "no header fields, and a body line that looks like a separator:\n"
            + "From bob@example.org Mon Mar  6 09:00:00 2023\n"
            + ">From an old escape\n");
  }

  @Test
  void createsTheIndexAndItsRejectsForTheUserOnly() throws Exception {
    Path index = tmp.resolve("private");
    CliRunner.run("ingest", "--index", index.toString(),
        CorpusLocator.corpus("malformed/no-header-fields.mbox").toString());
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(index).supportsFileAttributeView("posix"), "no POSIX permissions here");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(index.resolve("rejects.mbox")))).isEqualTo("rw-------");
    try (Stream<Path> s = Files.list(index)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static String digestLine(Path mbox) throws Exception {
    return Files.readAllLines(mbox).stream().filter(l -> l.startsWith("X-Quorum-Digest: "))
        .findFirst().orElseThrow().substring("X-Quorum-Digest: ".length());
  }
}
