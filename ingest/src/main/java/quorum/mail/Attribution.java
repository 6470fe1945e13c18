package quorum.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * An attribution line at level {@code depth}: it says who wrote the text quoted at
 * {@code depth + 1} below it, and when, as written.
 */
public record Attribution(LineSpan lines, int depth, String text, Participant who,
    Optional<String> when, Optional<MailDate> date, AttributionStyle style) implements Segment {
  public Attribution {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(style, "style");
    if (depth < 0) {
      throw new IllegalArgumentException("depth=" + depth);
    }
  }
}
