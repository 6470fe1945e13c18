package quorum.mail;

import java.util.Objects;

/** An inline patch (diff header, hunks, {@code +}/{@code -} lines) at quote level {@code depth}. */
public record Patch(LineSpan lines, int depth, String text) implements Segment {
  public Patch {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    if (depth < 0) {
      throw new IllegalArgumentException("depth=" + depth);
    }
  }
}
