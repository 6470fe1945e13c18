package quorum.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import quorum.ingest.IngestResult;
import quorum.mail.Diagnostic;

/** Options every mail-reading command shares: how much to say on stderr. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"}, description = "print no warnings, only errors")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "also print the read/accepted/rejected summary")
  boolean verbose;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  /**
   * Writes diagnostics and, when anything was rejected or with --verbose, the accounting line
   * (stderr only, so stdout stays clean for pipes).
   */
  void report(IngestResult result, PrintWriter err) {
    reportDiagnostics(result, err);
    if (verbose || result.rejected() > 0) {
      err.printf("quorum: read %d message(s): %d accepted, %d duplicate(s), %d rejected%n",
          result.read(), result.accepted(), result.duplicates(), result.rejected());
    }
    err.flush();
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
