package quorum.index;

import java.util.Objects;
import quorum.mail.QuorumException;

/**
 * The index as a whole cannot be used: missing, locked by another process, of another schema
 * version, damaged, or unreadable. {@link #kind()} says which, so the CLI can map
 * {@link Kind#BUSY} to exit code 75 (retry later).
 */
public class IndexException extends QuorumException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Another process holds the index's write lock. */
    BUSY,
    /** There is no index at the path. */
    MISSING,
    /** The index was written with another schema version. */
    INCOMPATIBLE,
    /** The index files are damaged. */
    CORRUPT,
    /** Reading or writing failed. */
    IO
  }

  private final Kind kind;

  public IndexException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public IndexException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }

  /** True when another quorum process is using the index: try again later (exit 75). */
  public boolean isBusy() {
    return kind == Kind.BUSY;
  }
}
