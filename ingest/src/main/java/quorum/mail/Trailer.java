package quorum.mail;

import java.util.Objects;

/** A trailer line such as {@code Acked-by: Name <addr>}; {@code tag} as written ("Acked-by"). */
public record Trailer(LineSpan lines, int depth, String text, String tag, Participant who)
    implements Segment {
  public Trailer {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(who, "who");
    if (depth < 0) {
      throw new IllegalArgumentException("depth=" + depth);
    }
  }
}
