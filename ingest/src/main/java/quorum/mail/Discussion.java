package quorum.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thread: its subject, its messages oldest first (real and quote-only), and the reply
 * tree over them. Named Discussion so that it never shadows {@code java.lang.Thread}.
 */
public record Discussion(String subject, List<Message> messages, ReplyTree tree) {
  public Discussion {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(tree, "tree");
    messages = List.copyOf(messages);
  }

  public Optional<Message> message(MessageKey key) {
    return messages.stream().filter(m -> m.key().equals(key)).findFirst();
  }
}
