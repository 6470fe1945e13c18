package quorum.mail;

import java.util.Objects;

/** A marker where the writer cut quoted text: {@code [..]}, {@code [...]}, {@code <snip>}. */
public record Snip(LineSpan lines, int depth, String text) implements Segment {
  public Snip {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    if (depth < 0) {
      throw new IllegalArgumentException("depth=" + depth);
    }
  }
}
