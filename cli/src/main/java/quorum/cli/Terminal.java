package quorum.cli;

/**
 * What the output can do: progress lines and bold highlights only on an interactive terminal,
 * never when piped, and no colour or bold when NO_COLOR is set (https://no-color.org).
 */
final class Terminal {
  private Terminal() {}

  static boolean interactive() {
    return System.console() != null;
  }

  static boolean styled() {
    String noColor = System.getenv("NO_COLOR");
    return interactive() && (noColor == null || noColor.isEmpty());
  }

  static String bold(String s) {
    return styled() ? "\u001b[1m" + s + "\u001b[0m" : s;
  }
}
