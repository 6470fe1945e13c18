package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.attribute.PosixFilePermissions;
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
  static Path endpoints;
  static SearchServer server;
  static CompletableFuture<Integer> serving;

  @BeforeAll
  static void ingestAndServe() throws Exception {
    index = dir.resolve("index");
    endpoints = Files.createDirectories(dir.resolve("s"));
    CliRunner r = CliRunner.run("ingest", "--index", index.toString(),
        CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    server = new SearchServer(index.toRealPath(), endpointOf(index), Duration.ZERO);
    serving = serving(server);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    assertThat(serving.get(10, TimeUnit.SECONDS)).isPositive();
    assertThat(endpointOf(index)).doesNotExist();
  }

  private static Path endpointOf(Path idx) {
    return ServeEndpoint.fileOf(idx, endpoints).orElseThrow();
  }

  /** {@code s} answering on another thread; the future holds how many searches it answered. */
  private static CompletableFuture<Integer> serving(SearchServer s) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return s.serve();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** A connection to the test's server that has passed the token exchange, as a search's does. */
  private static Socket trustedConnection() throws Exception {
    return trustedConnection(ServeEndpoint.read(endpointOf(index)).orElseThrow());
  }

  /** The same, to the server of endpoint {@code e}. */
  private static Socket trustedConnection(ServeEndpoint e) throws Exception {
    Socket c = new Socket(InetAddress.getLoopbackAddress(), e.port());
    ServeEndpoint.send(c.getOutputStream(), e.clientToken());
    assertThat(ServeEndpoint.receives(c.getInputStream(), e.serverToken())).isTrue();
    return c;
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
    OptionalInt code = SearchClient.search(parse(args), endpoints, styled, "UTF-8", out, err);
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
    assertThat(SearchClient.search(c, endpoints, false, "UTF-8", out, out)).isEmpty();
    assertThat(SearchClient.search(parse("search", "--index", dir.resolve("none").toString(), "MUST"),
        endpoints, false, "UTF-8", out, out)).isEmpty();
    assertThat(out.size()).isZero();
  }

  @Test
  void aNewIngestIsSeenByTheRunningServer() throws Exception {
    Path grown = dir.resolve("grown-index");
    CliRunner first = CliRunner.run("ingest", "--index", grown.toString(),
        CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    try (SearchServer s = new SearchServer(grown.toRealPath(), endpointOf(grown), Duration.ZERO)) {
      CompletableFuture<Integer> loop = serving(s);
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
    try (Socket c = trustedConnection()) {
      fromOtherBuild.writeTo(new DataOutputStream(c.getOutputStream()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ServedFrames.Relayed r = ServedFrames.relay(new DataInputStream(c.getInputStream()), out, out);
      assertThat(r.ending()).isEqualTo(ServedFrames.Ending.REFUSED);
      assertThat(out.size()).isZero();
    }
  }

  @Test
  void aConnectionWithoutTheTokenHearsNothingAndHoldsUpNobody() throws Exception {
    try (Socket stranger = new Socket(InetAddress.getLoopbackAddress(),
        ServeEndpoint.read(endpointOf(index)).orElseThrow().port())) {
      stranger.getOutputStream().write(new byte[ServeEndpoint.TOKEN_BYTES]);
      stranger.getOutputStream().flush();
      assertThat(stranger.getInputStream().readAllBytes()).isEmpty();  // closed without a word
    }
    assertServedAsLocal(false, "search", "--index", index.toString(), "MUST");
  }

  @Test
  void aSearchNeverSendsItsQueryToAProcessThatTookTheServersPort() throws Exception {
    Path taken = Files.createDirectories(dir.resolve("taken-index"));
    try (ServerSocket impostor = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServeEndpoint.fresh(impostor.getLocalPort()).publish(endpointOf(taken));
      CompletableFuture<byte[]> heard = CompletableFuture.supplyAsync(() -> {
        try (Socket c = impostor.accept(); InputStream in = c.getInputStream()) {
          byte[] token = in.readNBytes(ServeEndpoint.TOKEN_BYTES);
          c.getOutputStream().write(new byte[ServeEndpoint.TOKEN_BYTES]);  // it cannot know the server's
          c.getOutputStream().flush();
          byte[] rest = in.readAllBytes();
          return rest.length == 0 ? token : rest;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(SearchClient.search(parse("search", "--index", taken.toString(), "secret-words"),
          endpoints, false, "UTF-8", out, out)).isEmpty();
      assertThat(heard.get(10, TimeUnit.SECONDS)).hasSize(ServeEndpoint.TOKEN_BYTES);  // the token, no query
      assertThat(out.size()).isZero();
    } finally {
      Files.deleteIfExists(endpointOf(taken));
    }
  }

  @Test
  void aLiveServerIsNeverReplacedButAStaleEndpointIs() throws Exception {
    assertThatThrownBy(() -> new SearchServer(index.toRealPath(), endpointOf(index), Duration.ZERO))
        .isInstanceOf(SearchServer.AlreadyServedException.class);

    Path stale = Files.createDirectories(dir.resolve("stale-index"));
    Path file = endpointOf(stale);
    int freed;
    try (ServerSocket killed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freed = killed.getLocalPort();  // closed below, as a killed server's is, leaving its file
    }
    ServeEndpoint.fresh(freed).publish(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(SearchClient.search(parse("search", "--index", stale.toString(), "MUST"), endpoints, false,
        "UTF-8", out, out)).isEmpty();
    new SearchServer(stale.toRealPath(), file, Duration.ZERO).close();
    assertThat(file).doesNotExist();
  }

  @Test
  void aRemovedIndexIsReportedAsALocalSearchReportsIt() throws Exception {
    Path gone = dir.resolve("removed-index");
    CliRunner r = CliRunner.run("ingest", "--index", gone.toString(),
        CorpusLocator.corpus("rfc-debates/widget-uapi-must-not-vs-should-not.mbox").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path real = gone.toRealPath();
    try (SearchServer s = new SearchServer(real, endpointOf(gone), Duration.ZERO)) {
      CompletableFuture<Integer> loop = serving(s);
      assertThat(served(false, "search", "--index", gone.toString(), "MUST")).startsWith("0\n");
      ServeEndpoint e = ServeEndpoint.read(endpointOf(gone)).orElseThrow();
      try (var files = Files.walk(gone)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      // the client finds no index to name the server by any more: ask the server directly
      SearchRequest request = SearchRequest.of(parse("search", "--index", real.toString(), "MUST"), real, false, "UTF-8");
      try (Socket c = trustedConnection(e)) {
        request.writeTo(new DataOutputStream(c.getOutputStream()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ServedFrames.Relayed relayed = ServedFrames.relay(new DataInputStream(c.getInputStream()), out, out);
        String local = local(false, "search", "--index", real.toString(), "MUST");
        assertThat(relayed.exitCode() + "\n\n" + out.toString(StandardCharsets.UTF_8)).isEqualTo(local);
        assertThat(relayed.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
      }
      s.close();
      assertThat(loop.get(10, TimeUnit.SECONDS)).isEqualTo(2);  // a failed search is answered too
    }
  }

  @Test
  void anIdleServerStopsAndRemovesItsEndpoint() throws Exception {
    Path idle = Files.createDirectories(dir.resolve("idle-index"));
    Path file = endpointOf(idle);
    SearchServer s = new SearchServer(idle.toRealPath(), file, Duration.ofMillis(200));
    assertThat(file).exists();
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(s.serve()).isZero();
    assertThat(s.idledOut()).isTrue();
    assertThat(file).doesNotExist();
  }

  @Test
  void serveRefusesWhatIsNotAnIndexAndABadIdleTime() {
    CliRunner none = CliRunner.run("serve", "--index", dir.resolve("no-such-index").toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
    assertThat(none.err()).contains("no-such-index").doesNotContain("Exception");
    CliRunner negative = CliRunner.run("serve", "--index", index.toString(), "--idle", "-1");
    assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(negative.err()).contains("--idle must be 0 or more");
    CliRunner noWarmth = CliRunner.run("serve", "--index", index.toString(), "--warm-up", "-5");
    assertThat(noWarmth.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noWarmth.err()).contains("--warm-up must be 0 or more");
  }

  @Test
  void endpointNamesDependOnTheIndexAndAMalformedFileIsNoEndpoint() throws Exception {
    assertThat(ServeEndpoint.name(Path.of("/a/index"))).isNotEqualTo(ServeEndpoint.name(Path.of("/b/index")))
        .matches("[0-9a-f]{16}\\.endpoint");
    assertThat(ServeEndpoint.directory(Map.of("XDG_RUNTIME_DIR", "/run/user/1000")))
        .isEqualTo(Path.of("/run/user/1000/quorum"));
    assertThat(ServeEndpoint.directory(Map.of()).getFileName().toString()).startsWith("quorum-");
    Path bad = dir.resolve("bad.endpoint");
    for (String text : List.of("", "12345", "0 00 00", "70000 " + "ab".repeat(16) + " " + "cd".repeat(16),
        "123 " + "zz".repeat(16) + " " + "cd".repeat(16))) {
      Files.writeString(bad, text);
      assertThat(ServeEndpoint.read(bad)).as(text).isEmpty();
    }
    ServeEndpoint good = ServeEndpoint.fresh(4321);
    Files.delete(bad);
    good.publish(bad);
    ServeEndpoint back = ServeEndpoint.read(bad).orElseThrow();
    assertThat(back.port()).isEqualTo(4321);
    assertThat(back.clientToken()).isEqualTo(good.clientToken()).isNotEqualTo(good.serverToken());
    assertThat(back.serverToken()).isEqualTo(good.serverToken());
    assertThatThrownBy(() -> ServeEndpoint.fresh(1).publish(bad)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }
}
