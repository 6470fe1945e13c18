package quorum.cli;

import picocli.CommandLine.Option;
import quorum.ingest.IngestOptions;
import quorum.ingest.InputFormat;

/** How commands that read mail files read them: the format override and --strict. */
final class InputOptions {
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, detected per file)")
  InputFormat format = InputFormat.AUTO;

  @Option(names = "--strict", description = "fail (exit 3) on the first message that must be rejected")
  boolean strict;

  IngestOptions options() {
    return (strict ? IngestOptions.STRICT : IngestOptions.LENIENT).withFormat(format);
  }
}
