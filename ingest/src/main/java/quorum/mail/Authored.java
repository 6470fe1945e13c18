package quorum.mail;

import java.util.Objects;

/** Prose the author of the message wrote at quote level {@code depth} (0 for the author's own). */
public record Authored(LineSpan lines, int depth, String text) implements Segment {
  public Authored {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    if (depth != 0) {
      throw new IllegalArgumentException("authored text is depth 0, got " + depth);
    }
  }

  public static Authored of(LineSpan lines, String text) {
    return new Authored(lines, 0, text);
  }
}
