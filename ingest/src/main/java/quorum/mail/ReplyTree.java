package quorum.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A thread's reply tree as flat parent links (no recursion on user-controlled depth). */
public record ReplyTree(List<MessageKey> roots, Map<MessageKey, ReplyNode> nodes) {
  public ReplyTree {
    roots = List.copyOf(roots);
    nodes = Map.copyOf(nodes);
    for (MessageKey r : roots) {
      if (!nodes.containsKey(r)) {
        throw new IllegalArgumentException("root without node: " + r);
      }
    }
  }

  public Optional<MessageKey> parentOf(MessageKey key) {
    ReplyNode n = nodes.get(Objects.requireNonNull(key, "key"));
    return n == null ? Optional.empty() : n.parent();
  }

  /** Children of {@code key} in the order given by {@code order} (usually oldest first). */
  public List<MessageKey> childrenOf(MessageKey key, List<MessageKey> order) {
    List<MessageKey> out = new ArrayList<>();
    for (MessageKey k : order) {
      ReplyNode n = nodes.get(k);
      if (n != null && n.parent().filter(key::equals).isPresent()) {
        out.add(k);
      }
    }
    return out;
  }
}
