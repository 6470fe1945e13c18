package quorum.cli;

/** Exit codes, as in the README and every command's --help footer (STYLE.md §10). */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int INPUT_REJECTED = 3;
  static final int TEMPFAIL = 75;

  static final String FOOTER = "%nExit codes:%n"
      + "  0   ok (including no matches)%n"
      + "  1   internal error (a bug: please report it with --debug output)%n"
      + "  2   usage error%n"
      + "  3   input rejected: a file, or a message or part of one, could not be read%n"
      + "      (all that could be read is still shown or indexed; --strict stops at the first)%n"
      + "  75  index busy, retry later%n";

  private ExitCodes() {}
}
