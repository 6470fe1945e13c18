package quorum.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import quorum.ingest.IngestResult;
import quorum.mail.Diagnostic;

/** Options every mail-reading command shares: how much to say on stderr. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"}, description = "print no warnings, only errors")
  boolean quiet;

  boolean verbose;

  @Option(names = {"-v", "--verbose"},
      description = "also print the accounting line and per-file timings")
  void setVerbose(boolean v) {
    verbose = v;
    if (v) {
      // read by slf4j-simple when the first logger is made, which is after option parsing
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
  }

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  /**
   * Writes diagnostics and, when anything was rejected or with --verbose, the accounting line
   * (stderr only, so stdout stays clean for pipes). Returns the exit code the input deserves:
   * 3 when any message, or part of one, had to be rejected, else 0.
   */
  int report(IngestResult result, PrintWriter err) {
    reportDiagnostics(result, err);
    if (verbose || result.rejected() > 0) {
      err.printf("quorum: read %d message(s): %d accepted, %d duplicate(s), %d rejected%n",
          result.read(), result.accepted(), result.duplicates(), result.rejected());
    }
    err.flush();
    return exitCodeFor(result);
  }

  /** 3 (input rejected) when anything was lost: a rejected message or an ERROR repair. */
  static int exitCodeFor(IngestResult result) {
    return result.rejected() > 0 || result.hasErrors() ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
  }

  /** Each diagnostic on its own line ({@code file:line: ...}); warnings only without --quiet. */
  void reportDiagnostics(IngestResult result, PrintWriter err) {
    for (Diagnostic d : result.diagnostics()) {
      if (!quiet || d.severity() == quorum.mail.Severity.ERROR) {
        err.println(d);
      }
    }
    err.flush();
  }
}
