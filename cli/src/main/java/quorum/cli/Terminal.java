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

  /** The client's answer on a thread that serves its search ({@link SearchServer}). */
  private static final ThreadLocal<Boolean> SERVED_STYLE = new ThreadLocal<>();

  static boolean styled() {
    Boolean served = SERVED_STYLE.get();
    if (served != null) {
      return served;
    }
    String noColor = System.getenv("NO_COLOR");
    return interactive() && (noColor == null || noColor.isEmpty());
  }

  /**
   * Runs {@code search} styled as the client's terminal is, not the server's (a server runs
   * detached, so it would always print plain).
   */
  static int styledAs(boolean styled, java.util.function.IntSupplier search) {
    SERVED_STYLE.set(styled);
    try {
      return search.getAsInt();
    } finally {
      SERVED_STYLE.remove();
    }
  }

  static String bold(String s) {
    return styled() ? "\u001b[1m" + s + "\u001b[0m" : s;
  }
}
