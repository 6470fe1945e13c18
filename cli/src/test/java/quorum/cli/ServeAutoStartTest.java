package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search at a terminal starts one server for its index, and nothing else ever does. */
class ServeAutoStartTest {
  @TempDir
  Path dir;

  private final List<List<String>> spawned = new ArrayList<>();

  private Optional<List<String>> search(Map<String, String> env, int exitCode, Instant at) throws Exception {
    Path index = Files.createDirectories(dir.resolve("index"));
    return ServeAutoStart.afterLocalSearch(index, exitCode, env, dir.resolve("endpoints"), at,
        (command, log) -> spawned.add(command));
  }

  @Test
  void withoutTheLaunchersRequestNothingStarts() throws Exception {
    assertThat(search(Map.of(), ExitCodes.OK, Instant.now())).isEmpty();
    assertThat(search(Map.of(ServeAutoStart.ENV, " "), ExitCodes.OK, Instant.now())).isEmpty();
    assertThat(spawned).isEmpty();
  }

  @Test
  void aFailedSearchStartsNothing() throws Exception {
    assertThat(search(Map.of(ServeAutoStart.ENV, "/opt/quorum/quorum"), ExitCodes.USAGE, Instant.now())).isEmpty();
    assertThat(spawned).isEmpty();
  }

  @Test
  void startsTheLaunchersServeWithAnIdleLimitOnceWhileItWarmsUp() throws Exception {
    Map<String, String> env = Map.of(ServeAutoStart.ENV, "/opt/quorum/quorum");
    Instant t = Instant.now();
    Optional<List<String>> first = search(env, ExitCodes.OK, t);

    assertThat(first).isPresent();
    List<String> c = first.get();
    assertThat(c.subList(c.indexOf("/opt/quorum/quorum"), c.size())).containsExactly("/opt/quorum/quorum",
        "serve", "--index", dir.resolve("index").toRealPath().toString(), "--idle", "20");
    // searches during the warm-up do not start a second server ...
    assertThat(search(env, ExitCodes.OK, t.plusSeconds(5))).isEmpty();
    assertThat(spawned).hasSize(1);
    // ... but a start that never published its endpoint (it died) is retried later
    assertThat(search(env, ExitCodes.OK, t.plus(ServeAutoStart.STARTING).plusSeconds(1))).isPresent();
    assertThat(spawned).hasSize(2);
  }

  @Test
  void theServerRunsDetachedWithoutTheRequestAndWritesErrorsToTheLog() throws Exception {
    Path script = dir.resolve("fake-launcher");
    Path args = dir.resolve("args.txt");
    Files.writeString(script, "#!/bin/sh\n"
        + "echo \"$* env=${" + ServeAutoStart.ENV + ":-unset}\" > " + args + ".tmp\n"
        + "echo 'to the log' >&2\n"
        + "mv " + args + ".tmp " + args + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    Path log = dir.resolve("serve.log");

    ServeAutoStart.spawnDetached(List.of(script.toString(), "serve", "--idle", "20"), log,
        Map.of(ServeAutoStart.ENV, script.toString(), "PATH", "/usr/bin:/bin"));

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!Files.exists(args) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(Files.readString(args, StandardCharsets.UTF_8).strip()).isEqualTo("serve --idle 20 env=unset");
    assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("to the log");
  }
}
