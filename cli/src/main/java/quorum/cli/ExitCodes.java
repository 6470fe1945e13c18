package quorum.cli;

import picocli.CommandLine.Command;

/** Exit codes, as in the README and every command's --help and man page (STYLE.md §10). */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int INPUT_REJECTED = 3;
  static final int TEMPFAIL = 75;

  /**
   * Mixed into every command so {@code --help} and the generated man pages list the same codes
   * from one place (picocli copies a mixin's exit-code list into the command's usage message).
   */
  @Command(exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          " 0:ok (including no matches)",
          " 1:internal error (a bug: please report it with --debug output)",
          " 2:usage error",
          " 3:input rejected: a file, or a message or part of one, could not be read "
              + "(all that could be read is still shown or indexed; --strict stops at the first)",
          "75:index busy, retry later"})
  static final class Documented {}

  private ExitCodes() {}
}
