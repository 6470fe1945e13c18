package quorum.mail;

import java.util.Objects;

/** A signature block (after {@code -- }, or a "Sent from my ..." line) at level {@code depth}. */
public record Signature(LineSpan lines, int depth, String text) implements Segment {
  public Signature {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    if (depth < 0) {
      throw new IllegalArgumentException("depth=" + depth);
    }
  }
}
