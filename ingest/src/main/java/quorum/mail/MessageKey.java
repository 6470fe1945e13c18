package quorum.mail;

import java.util.Objects;

/** The identity of a message within quorum: its Message-ID when known, else a synthetic key. */
public record MessageKey(String value) implements Comparable<MessageKey> {
  public MessageKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("blank message key");
    }
  }

  public static MessageKey of(MessageId id) {
    return new MessageKey(id.value());
  }

  /** True when this key was derived (quote-only nodes, mail without a Message-ID). */
  public boolean isSynthetic() {
    return value.startsWith(SYNTHETIC_PREFIX);
  }

  public static final String SYNTHETIC_PREFIX = "quorum:";

  @Override
  public int compareTo(MessageKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
