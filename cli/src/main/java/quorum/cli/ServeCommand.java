package quorum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quorum.index.IndexException;
import quorum.index.QuorumIndex;
import quorum.mail.QuorumException;

/**
 * {@code quorum serve}: keeps one process warm for an index, so that {@code quorum search}
 * answers in about the JVM's start time instead of paying for loading and compiling the search
 * path at every run ({@link SearchServer}). Searches find it by themselves.
 */
@Command(name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Answer `quorum search` on this index from one warm process, until stopped.",
        "Searches of the index use it by themselves while it runs (the output is the",
        "same), and it sees what ingest adds. Only this user's searches can use it: it",
        "listens on the loopback address and answers only who can read its endpoint",
        "file (in $XDG_RUNTIME_DIR/quorum, else in the temporary directory).",
        "A search that ./quorum prints to a terminal starts one (20 idle minutes) when",
        "none answered. QUORUM_SERVE=0 makes a search run in its own process and start none."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum serve &",
        "  quorum serve --index ~/mail/bpf.idx --idle 0"})
final class ServeCommand implements Callable<Integer> {
  /**
   * Queries of each kind, run in rounds before serving so that the search path is compiled by
   * the time the first search comes: after one round a small search still cost about 40 ms of
   * CPU in the server, after some fifty it costs about 12 (100k index, bench/RESULTS.md).
   */
  private static final List<String> WARM_UP = List.of("the", "\"the patch\"", "f:example", "d:2000-01-01..2000-01-31");

  /** Most warm-up rounds; past this the compiled code no longer improves. */
  private static final int WARM_UP_ROUNDS = 60;

  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption indexOption;

  @Option(names = "--idle", paramLabel = "MINUTES", defaultValue = "60",
      description = "stop after MINUTES without a search; 0: never; default ${DEFAULT-VALUE}")
  long idleMinutes;

  @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "10",
      description = "before serving, run searches for up to SECONDS so the first ones are as "
          + "fast as later ones; 0: one round; default ${DEFAULT-VALUE}")
  long warmUpSeconds;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    if (idleMinutes < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--idle must be 0 or more minutes, not " + idleMinutes);
    }
    if (warmUpSeconds < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--warm-up must be 0 or more seconds, not " + warmUpSeconds);
    }
    Path index = indexOption.resolve();
    QuorumIndex.open(index).close();  // not an index: the usual error, before anything listens
    Path realIndex = index.toRealPath();
    PrintWriter err = spec.commandLine().getErr();
    Path endpoint;
    try {
      endpoint = ServeEndpoint.createDirectory(ServeEndpoint.directory(System.getenv()))
          .resolve(ServeEndpoint.name(realIndex));
    } catch (IOException e) {
      throw new QuorumException("cannot make the directory for the search server's endpoint: " + e.getMessage());
    }
    if (SearchServer.answers(endpoint)) {
      // before the warm-up: a second server (one started by a search, say) costs nothing then
      return alreadyServed(err, index, endpoint);
    }
    warmUp(realIndex, Duration.ofSeconds(warmUpSeconds));
    SearchServer server;
    try {
      server = new SearchServer(realIndex, endpoint, Duration.ofMinutes(idleMinutes));
    } catch (SearchServer.AlreadyServedException e) {
      return alreadyServed(err, index, endpoint);
    }
    AtomicBoolean reported = new AtomicBoolean();
    Runnable stop = () -> {
      closeQuietly(server);
      if (!reported.getAndSet(true)) {
        int n = server.answered();
        err.println("quorum: stopped " + (server.idledOut() ? "after " + idleMinutes + " idle minute"
            + (idleMinutes == 1 ? "" : "s") : "serving") + "; answered " + n + " search" + (n == 1 ? "" : "es"));
        err.flush();
      }
    };
    // ctrl-c and kill end the JVM with the accept loop still running: the hook removes the file
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "quorum-serve-stop"));
    err.println("quorum: serving searches of " + index + " (" + endpoint + "); "
        + (idleMinutes == 0 ? "until stopped" : "stops after " + idleMinutes + " idle minute"
        + (idleMinutes == 1 ? "" : "s") + " or when stopped") + " (ctrl-c)");
    err.flush();
    server.serve();
    stop.run();
    return ExitCodes.OK;
  }

  private static int alreadyServed(PrintWriter err, Path index, Path endpoint) {
    err.println("quorum: " + index + " is already served (" + endpoint + "); nothing to do");
    return ExitCodes.TEMPFAIL;
  }

  /**
   * Runs rounds of each kind of query, output dropped, until {@code time} is spent (at least
   * one round), so the search path is loaded and compiled before the first search comes.
   */
  private static void warmUp(Path index, Duration time) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    long end = System.nanoTime() + time.toNanos();
    try (QuorumIndex open = QuorumIndex.open(index)) {
      for (int round = 0; round < WARM_UP_ROUNDS && (round == 0 || System.nanoTime() < end); round++) {
        for (String q : WARM_UP) {
          SearchCommand c = new SearchCommand();
          c.indexOption = new IndexOption();
          c.indexOption.index = index;
          c.words = List.of(q);
          c.limit = 200;
          c.snippets = 20;
          try {
            c.search(open, nowhere);
          } catch (Exception e) {
            // only a warm-up: a real search reports its own failure
          }
        }
      }
    } catch (IndexException e) {
      // checked just before; a real search reports it
    }
  }

  private static void closeQuietly(SearchServer server) {
    try {
      server.close();
    } catch (IOException e) {
      // the endpoint file stays; searches find nobody at its port, and the next server replaces it
    }
  }
}
