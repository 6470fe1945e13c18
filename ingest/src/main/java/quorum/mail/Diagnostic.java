package quorum.mail;

import java.util.Objects;

/**
 * A problem found in the input, reported as data rather than thrown: damaged mail is normal.
 * Prints like a compiler message: {@code file:line: message}.
 */
public record Diagnostic(SourceRef where, Severity severity, String message) {
  public Diagnostic {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
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
