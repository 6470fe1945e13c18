package quorum.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the reply tree: a message (or a ghost, referenced but never seen), its parent and
 * depth in the tree, and why it hangs there.
 */
public record ReplyNode(MessageKey key, Optional<MessageKey> parent, int depth, Link link,
    boolean ghost) {
  public ReplyNode {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(link, "link");
    if (depth < 0) {
      throw new IllegalArgumentException("depth=" + depth);
    }
    if (parent.isEmpty() != (link == Link.ROOT)) {
      throw new IllegalArgumentException("root iff no parent: parent=" + parent + " link=" + link);
    }
  }
}
