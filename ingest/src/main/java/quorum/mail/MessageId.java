package quorum.mail;

import java.util.Objects;
import java.util.Optional;

/** A Message-ID header value without the angle brackets; never blank. */
public record MessageId(String value) {
  public MessageId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.startsWith("<") || value.endsWith(">")) {
      throw new IllegalArgumentException("not a bare message-id: [" + value + "]");
    }
  }

  /** Parses {@code <id>} or a bare id; empty when nothing usable is left. */
  public static Optional<MessageId> parse(String raw) {
    String s = raw.strip();
    if (s.startsWith("<")) {
      s = s.substring(1);
    }
    if (s.endsWith(">")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.strip();
    return s.isEmpty() || s.indexOf('<') >= 0 || s.indexOf('>') >= 0
        ? Optional.empty() : Optional.of(new MessageId(s));
  }

  @Override
  public String toString() {
    return value;
  }
}
