package quorum.mail;

import java.util.Objects;

/**
 * Where a finding comes from: the message (reply-tree node), the lines of its body, the
 * sentence that shows it, and the quoted text the sentence responds to, if any ("" when none).
 */
public record Evidence(MessageKey in, LineSpan lines, String excerpt, String anchor) {
  public Evidence {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(anchor, "anchor");
  }

  public static Evidence of(MessageKey in, LineSpan lines, String excerpt) {
    return new Evidence(in, lines, excerpt, "");
  }
}
