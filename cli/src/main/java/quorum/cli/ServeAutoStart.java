package quorum.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts {@code quorum serve} for an index after a person's search ran in its own process, so
 * that their next searches of it answer in about the JVM's start time (the cold path costs some
 * 300 ms more on a 100k-message index: bench/RESULTS.md). Bazel and Gradle start their servers
 * the same way. Only the launcher asks for it, by naming itself in {@value #ENV}, and only when
 * the search prints to a terminal: scripts, pipes, tests and CI never leave a process behind.
 * The server stops by itself after {@value #IDLE_MINUTES} idle minutes; {@code QUORUM_SERVE=0}
 * turns all of this off (the launcher then does not set {@value #ENV}).
 */
final class ServeAutoStart {
  /** Environment: the launcher to run {@code serve} with; unset, nothing starts. */
  static final String ENV = "QUORUM_AUTOSERVE";

  /** How long an auto-started server waits for a search before it stops. */
  static final int IDLE_MINUTES = 20;

  /**
   * A start younger than this is taken to be still warming up (it publishes its endpoint only
   * after up to 10 s of warm-up searches): searches meanwhile do not start another.
   */
  static final Duration STARTING = Duration.ofSeconds(60);

  /** Runs a command line in the background, detached from this process. */
  interface Spawner {
    void spawn(List<String> command, Path log) throws IOException;
  }

  private ServeAutoStart() {}

  /**
   * After a search of {@code index} that ran here and ended with {@code exitCode}: starts a
   * server for it when the launcher asked for one and none serves or is starting. Returns the
   * command it ran, if any. Never fails the search: a start that cannot be made is skipped.
   */
  static Optional<List<String>> afterLocalSearch(Path index, int exitCode, Map<String, String> env,
      Path endpointDirectory, Instant now, Spawner spawner) {
    String launcher = env.get(ENV);
    if (launcher == null || launcher.isBlank() || exitCode != ExitCodes.OK) {
      return Optional.empty();
    }
    try {
      Path realIndex = index.toRealPath();
      Path endpoint = endpointDirectory.resolve(ServeEndpoint.name(realIndex));
      // we are here because no server answered: none runs, or one died and left its file,
      // or one of another build refused; serve sorts these out (it exits if one answers)
      if (!claimStart(endpoint.resolveSibling(endpoint.getFileName() + ".starting"), now)) {
        return Optional.empty();
      }
      List<String> command = new ArrayList<>();
      if (new File("/usr/bin/setsid").canExecute()) {
        command.add("/usr/bin/setsid");  // its own session: closing the terminal does not end it
      }
      command.addAll(List.of(launcher, "serve", "--index", realIndex.toString(),
          "--idle", Integer.toString(IDLE_MINUTES)));
      spawner.spawn(command, endpoint.resolveSibling(endpoint.getFileName() + ".log"));
      return Optional.of(command);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();  // an optional speed-up: the search itself already succeeded
    }
  }

  /**
   * Marks a start of the server as under way; false when another search marked one less than
   * {@link #STARTING} ago. A stale mark (a server that died in its warm-up) is taken over.
   */
  private static boolean claimStart(Path mark, Instant now) throws IOException {
    ServeEndpoint.createDirectory(mark.getParent());
    try {
      Files.createFile(mark);
      return true;
    } catch (FileAlreadyExistsException e) {
      FileTime made = Files.getLastModifiedTime(mark);
      if (Duration.between(made.toInstant(), now).compareTo(STARTING) < 0) {
        return false;
      }
      Files.setLastModifiedTime(mark, FileTime.from(now));
      return true;
    }
  }

  /** Starts the command with no terminal: input from /dev/null, output dropped, errors to {@code log}. */
  static void spawnDetached(List<String> command, Path log) throws IOException {
    spawnDetached(command, log, System.getenv());
  }

  /** As above, in an environment of {@code env} without {@value #ENV}. */
  static void spawnDetached(List<String> command, Path log, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.environment().remove(ENV);  // the server's own warm-up searches must not start servers
    pb.start();
  }
}
