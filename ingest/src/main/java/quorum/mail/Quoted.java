package quorum.mail;

import java.util.Objects;

/** Quoted prose at quote level {@code depth >= 1}, markers removed. */
public record Quoted(LineSpan lines, int depth, String text) implements Segment {
  public Quoted {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    if (depth < 1) {
      throw new IllegalArgumentException("quoted depth must be >= 1, got " + depth);
    }
  }
}
