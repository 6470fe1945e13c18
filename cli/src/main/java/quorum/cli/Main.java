package quorum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import quorum.mail.QuorumException;

/** Entry point: runs {@link QuorumCommand} and maps failures to one-line messages and exit codes. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = run(args);
    } catch (OutOfMemoryError e) {
      // thrown on the command's own thread it passes Picocli's handler (which takes Exceptions)
      System.err.println(outOfMemory());
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /** What to do when the heap ran out: the launcher caps ingest at 768 MB, which a huge archive outgrows. */
  static String outOfMemory() {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "quorum: out of memory (Java heap of " + mb + " MB); an index keeps what it committed"
        + " and a new run completes it; give it a larger heap, e.g. QUORUM_JAVA_OPTS=-Xmx4g ./quorum ...";
  }

  /** An OutOfMemoryError that reached us wrapped, from a worker thread. */
  static boolean causedByOutOfMemory(Throwable t) {
    for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Runs the CLI and returns its exit code. */
  public static int run(String... args) {
    if (isVersionOnly(args)) {
      PrintWriter out = new PrintWriter(System.out, true);
      printVersion(out);
      return ExitCodes.OK;
    }
    Optional<SearchCommand> search = fastSearch(args);
    if (search.isPresent()) {
      OptionalInt served = SearchClient.search(search.get());
      if (served.isPresent()) {
        return served.getAsInt();
      }
      PrintWriter out = SearchFastPath.stdout();
      PrintWriter err = SearchFastPath.stderr();
      int code = SearchFastPath.run(search.get(), out, err);
      out.flush();
      err.flush();
      // the answer is out: now, for a person at a terminal, a server for the next searches
      ServeAutoStart.afterLocalSearch(search.get().indexOption.resolve(), code, System.getenv(),
          ServeEndpoint.directory(System.getenv()), Instant.now(), ServeAutoStart::spawnDetached);
      return code;
    }
    return newCommandLine(args).execute(args);
  }

  /**
   * {@code quorum --version} alone: the same line Picocli prints, without building the model
   * of every command first (165 of the 245 ms of CPU it took), so it measures what starting
   * quorum costs.
   */
  private static boolean isVersionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** A plain search command line, parsed without Picocli ({@link SearchFastPath}). */
  private static Optional<SearchCommand> fastSearch(String[] args) {
    return SearchFastPath.parse(args, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static void printVersion(PrintWriter out) {
    for (String line : new VersionProvider().getVersion()) {
      out.println(line);
    }
    out.flush();
  }

  /** Runs the CLI with the given streams (tests use this to capture stdout and stderr). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (isVersionOnly(args)) {
      printVersion(out);
      return ExitCodes.OK;
    }
    Optional<SearchCommand> search = fastSearch(args);
    if (search.isPresent()) {
      int code = SearchFastPath.run(search.get(), out, err);
      out.flush();
      err.flush();
      return code;
    }
    CommandLine cli = newCommandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Subcommands that a run may start with only themselves registered: Picocli reflects over
   * every command of a tree, which cost a short search more than the search. The rest (help
   * and completion list the whole tree) and anything else get the full {@link QuorumCommand}.
   * A switch rather than a map of constructors, so a run loads only its own command class (the
   * map's five classes and lambdas were some 10 ms of every start, {@code --version} included).
   */
  private static Object aloneCommand(String name) {
    switch (name) {
      case "search":
        return new SearchCommand();
      case "threads":
        return new ThreadsCommand();
      case "history":
        return new HistoryCommand();
      case "ingest":
        return new IngestCommand();
      case "show":
        return new ShowCommand();
      default:
        return null;
    }
  }

  /** The whole command tree. */
  static CommandLine newCommandLine() {
    return newCommandLine(new String[0]);
  }

  /**
   * The command tree for {@code args}: when they start with a name {@link #aloneCommand}
   * knows, a root named quorum holding only that subcommand, which parses, helps and fails the
   * same way.
   */
  static CommandLine newCommandLine(String[] args) {
    Object alone = args.length > 0 ? aloneCommand(args[0]) : null;
    CommandLine cli = alone == null ? new CommandLine(new QuorumCommand())
        : new CommandLine(CommandSpec.create().name("quorum")).addSubcommand(args[0], alone);
    Config.file(System.getenv(), Path.of(System.getProperty("user.home"))).ifPresent(f ->
        cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(f.toFile())));
    cli.setExecutionExceptionHandler(Main::handleFailure);
    cli.setExitCodeExceptionMapper(Main::exitCodeOf);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setHelpSectionKeys(examplesBeforeExitCodes(cli.getHelpSectionKeys()));
    return cli;
  }

  /** In --help the examples (the footer) read best right after the options, exit codes last. */
  private static List<String> examplesBeforeExitCodes(List<String> keys) {
    List<String> reordered = new ArrayList<>(keys);
    List<String> examples = List.of(
        UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
        UsageMessageSpec.SECTION_KEY_FOOTER);
    reordered.removeAll(examples);
    reordered.addAll(reordered.indexOf(
        UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), examples);
    return reordered;
  }

  static int exitCodeOf(Throwable t) {
    if (t instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    if (t instanceof quorum.ingest.IngestException) {
      return ExitCodes.INPUT_REJECTED;
    }
    if (t instanceof quorum.analysis.AnalysisException) {
      return ExitCodes.INPUT_REJECTED;
    }
    if (t instanceof quorum.index.QuerySyntaxException) {
      return ExitCodes.USAGE;
    }
    if (t instanceof quorum.index.IndexException ie) {
      return ie.isBusy() ? ExitCodes.TEMPFAIL : ExitCodes.INPUT_REJECTED;
    }
    return ExitCodes.INTERNAL;
  }

  /** One line on stderr for expected failures; the stack trace only for bugs or with --debug. */
  private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug")
        || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
    return reportFailure(e, cmd.getErr(), debug);
  }

  /** Prints a command's failure on {@code err} and returns its exit code. */
  static int reportFailure(Exception e, PrintWriter err, boolean debug) {
    if (e instanceof quorum.index.QuerySyntaxException q) {
      err.println("quorum: bad query: " + q.getMessage());
      err.println(q.pointer().indent(2).stripTrailing());
    } else if (causedByOutOfMemory(e) && !debug) {
      err.println(outOfMemory());
    } else if (e instanceof QuorumException) {
      err.println("quorum: " + e.getMessage());
      if (debug) {
        e.printStackTrace(err);
      }
    } else {
      err.println("quorum: internal error: " + e);
      if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("quorum: run again with --debug for the stack trace, and please report it");
      }
    }
    err.flush();
    return exitCodeOf(e);
  }
}
