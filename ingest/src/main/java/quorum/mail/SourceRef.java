package quorum.mail;

import java.nio.file.Path;
import java.util.Objects;

/** Where a message (or a problem) sits in the input: file, byte offset, 1-based line. */
public record SourceRef(Path file, long offset, int line) {
  public SourceRef {
    Objects.requireNonNull(file, "file");
    if (offset < 0 || line < 0) {
      throw new IllegalArgumentException("offset=" + offset + " line=" + line);
    }
  }

  public static SourceRef of(Path file) {
    return new SourceRef(file, 0, 1);
  }

  /** Prints as {@code file:line}, the way compilers name a place. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file.toString();
  }
}
