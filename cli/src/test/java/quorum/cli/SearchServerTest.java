package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.testing.CorpusLocator;

/** A search answered by {@code quorum serve} prints exactly what the same search prints alone. */
class SearchServerTest {
  @TempDir
  static Path dir;
  static Path index;
  static Path sockets;
  static SearchServer server;
  static CompletableFuture<Integer> serving;

  @BeforeAll
  static void ingestAndServe() throws Exception {
    index = dir.resolve("index");
    sockets = Files.createDirectories(dir.resolve("s"));
    CliRunner r = CliRunner.run("ingest", "--index", index.toString(),
        CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    server = new SearchServer(index.toRealPath(), socketOf(index), Duration.ZERO);
    serving = CompletableFuture.supplyAsync(() -> {
      try {
        return server.serve();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    assertThat(serving.get(10, TimeUnit.SECONDS)).isPositive();
    assertThat(socketOf(index)).doesNotExist();
  }

  private static Path socketOf(Path idx) {
    return SearchSocket.of(idx, sockets).orElseThrow();
  }

  private static SearchCommand parse(String... args) {
    return SearchFastPath.parse(args, Map.of(), dir).orElseThrow();
  }

  /** Exit code, stdout and stderr of a search run in this process. */
  private static String local(boolean styled, String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Terminal.styledAs(styled,
        () -> SearchFastPath.run(parse(args), new PrintWriter(out), new PrintWriter(err)));
    return code + "\n" + out + "\n" + err;
  }

  /** The same, answered by the server. */
  private static String served(boolean styled, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt code = SearchClient.search(parse(args), sockets, styled, "UTF-8", out, err);
    assertThat(code).as("served: %s", String.join(" ", args)).isPresent();
    return code.getAsInt() + "\n" + out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8);
  }

  private static void assertServedAsLocal(boolean styled, String... args) throws Exception {
    assertThat(served(styled, args)).isEqualTo(local(styled, args));
  }

  @Test
  void servedSearchesPrintWhatTheSameSearchPrintsAlone() throws Exception {
    String idx = index.toString();
    assertServedAsLocal(false, "search", "--index", idx, "MUST");
    assertServedAsLocal(true, "search", "--index", idx, "MUST");
    assertServedAsLocal(false, "search", "--index", idx, "--limit", "3", "--snippets", "1", "MUST", "NOT");
    assertServedAsLocal(false, "search", "--index", idx, "--threads", "MUST");
    assertServedAsLocal(true, "search", "--index", idx, "--threads", "MUST");
    assertServedAsLocal(false, "search", "--json", "--index", idx, "f:dmitri");
    assertServedAsLocal(false, "search", "--index", idx, "no-such-word-anywhere");
    assertThat(served(false, "search", "--index", idx, "MUST")).startsWith("0\n").contains("[MUST]");
  }

  @Test
  void aBadQueryFailsTheSameWayServed() throws Exception {
    assertServedAsLocal(false, "search", "--index", index.toString(), "(MUST");
    assertThat(served(false, "search", "--index", index.toString(), "(MUST")).startsWith("2\n")
        .contains("quorum: bad query");
  }

  @Test
  void aSearchOfAnotherIndexOrWithNoServerRunsItself() throws Exception {
    Path other = dir.resolve("other-index");
    CliRunner r = CliRunner.run("ingest", "--index", other.toString(),
        CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    SearchCommand c = parse("search", "--index", other.toString(), "MUST");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(SearchClient.search(c, sockets, false, "UTF-8", out, out)).isEmpty();
    assertThat(SearchClient.search(parse("search", "--index", dir.resolve("none").toString(), "MUST"),
        sockets, false, "UTF-8", out, out)).isEmpty();
    assertThat(out.size()).isZero();
  }

  @Test
  void aNewIngestIsSeenByTheRunningServer() throws Exception {
    Path grown = dir.resolve("grown-index");
    CliRunner first = CliRunner.run("ingest", "--index", grown.toString(),
        CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    try (SearchServer s = new SearchServer(grown.toRealPath(), socketOf(grown), Duration.ZERO)) {
      CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
        try {
          s.serve();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      String query = "ioctl";
      String before = served(false, "search", "--index", grown.toString(), query);
      CliRunner second = CliRunner.run("ingest", "--index", grown.toString(),
          CorpusLocator.corpus("rfc-debates/fbx-remove-legacy-ioctl-two-nacks-no-break-userspace.mbox").toString());
      assertThat(second.exitCode()).as(second.err()).isZero();
      String after = served(false, "search", "--index", grown.toString(), query);
      assertThat(after).isNotEqualTo(before).isEqualTo(local(false, "search", "--index", grown.toString(), query));
      s.close();
      loop.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aServerOfAnotherBuildRefusesAndTheSearchRunsItself() throws Exception {
    SearchRequest fromOtherBuild = new SearchRequest("another build", index.toRealPath(), List.of("MUST"),
        20, 20, false, false, false, "UTF-8");
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socketOf(index)))) {
      fromOtherBuild.writeTo(new DataOutputStream(Channels.newOutputStream(c)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ServedFrames.Relayed r = ServedFrames.relay(new DataInputStream(Channels.newInputStream(c)), out, out);
      assertThat(r.ending()).isEqualTo(ServedFrames.Ending.REFUSED);
      assertThat(out.size()).isZero();
    }
  }

  @Test
  void aLiveServerIsNeverReplacedButAStaleSocketIs() throws Exception {
    assertThatThrownBy(() -> new SearchServer(index.toRealPath(), socketOf(index), Duration.ZERO))
        .isInstanceOf(SearchServer.AlreadyServedException.class);

    Path stale = dir.resolve("stale-index");
    Files.createDirectories(stale);
    Path socket = socketOf(stale);
    try (ServerSocketChannel killed = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      killed.bind(UnixDomainSocketAddress.of(socket));  // closed below without removing its file
    }
    assertThat(socket).exists();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(SearchClient.search(parse("search", "--index", stale.toString(), "MUST"), sockets, false,
        "UTF-8", out, out)).isEmpty();
    new SearchServer(stale.toRealPath(), socket, Duration.ZERO).close();
    assertThat(socket).doesNotExist();
  }

  @Test
  void anIdleServerStopsAndRemovesItsSocket() throws Exception {
    Path idle = Files.createDirectories(dir.resolve("idle-index"));
    Path socket = socketOf(idle);
    SearchServer s = new SearchServer(idle.toRealPath(), socket, Duration.ofMillis(200));
    assertThat(socket).exists();
    assertThat(s.serve()).isZero();
    assertThat(s.idledOut()).isTrue();
    assertThat(socket).doesNotExist();
  }

  @Test
  void serveRefusesWhatIsNotAnIndexAndABadIdleTime() {
    CliRunner none = CliRunner.run("serve", "--index", dir.resolve("no-such-index").toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(none.err()).contains("no-such-index").doesNotContain("Exception");
    CliRunner negative = CliRunner.run("serve", "--index", index.toString(), "--idle", "-1");
    assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(negative.err()).contains("--idle must be 0 or more");
  }

  @Test
  void socketNamesDependOnTheIndexAndFitASocketPath() {
    assertThat(SearchSocket.name(Path.of("/a/index"))).isNotEqualTo(SearchSocket.name(Path.of("/b/index")))
        .matches("[0-9a-f]{16}\\.sock");
    assertThat(SearchSocket.directory(Map.of("XDG_RUNTIME_DIR", "/run/user/1000")))
        .isEqualTo(Path.of("/run/user/1000/quorum"));
    assertThat(SearchSocket.directory(Map.of()).getFileName().toString()).startsWith("quorum-");
  }
}
