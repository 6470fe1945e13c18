package quorum.mail;

import java.util.Objects;

/**
 * A problem found in the input, reported as data rather than thrown: damaged mail is normal.
 * Prints like a compiler message: {@code file:line: message}, always on one line: the message
 * often quotes a header value from mail, so control characters in it are shown as escapes
 * ({@link #printable}).
 */
public record Diagnostic(SourceRef where, Severity severity, String message) {
  public Diagnostic {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(severity, "severity");
    message = printable(Objects.requireNonNull(message, "message"));
  }

  /**
   * {@code s} with control, format and line-separator characters written as {@code \r},
   * {@code \n}, {@code \t}, or a backslash, {@code u} and four hex digits (ESC, bidi overrides):
   * a CR or a terminal escape sequence from a hostile header must neither break the one-line
   * format nor reach the user's terminal.
   */
  public static String printable(String s) {
    int i = 0;
    while (i < s.length() && !unprintable(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unprintable(c)) {
        b.append(c);
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean unprintable(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  public static Diagnostic warn(SourceRef where, String message) {
    return new Diagnostic(where, Severity.WARN, message);
  }

  public static Diagnostic error(SourceRef where, String message) {
    return new Diagnostic(where, Severity.ERROR, message);
  }

  @Override
  public String toString() {
    return where + ": " + (severity == Severity.ERROR ? "error: " : "warning: ") + message;
  }
}
