package quorum.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The one check every {@code --limit} option shares. */
final class Limits {
  private Limits() {}

  /** A usage error (exit 2) unless {@code limit >= 1}. */
  static int requirePositive(CommandSpec spec, int limit) {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    return limit;
  }
}
