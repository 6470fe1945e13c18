package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;

/** Builds a {@link ReplyTree} from flat parent links, with tree depths (no recursion). */
final class ReplyTrees {
  private ReplyTrees() {}

  /**
   * @param previous the nodes the tree had before (their links are kept; a ghost that now has
   *     a message is a ghost no more)
   * @param links why each new parent link was made
   */
  static ReplyTree of(List<Message> ordered, Map<MessageKey, ReplyNode> previous,
      Map<MessageKey, MessageKey> parentOf, Map<MessageKey, Link> links) {
    Set<MessageKey> keys = new LinkedHashSet<>();
    Set<MessageKey> seen = new LinkedHashSet<>();
    for (Message m : ordered) {
      keys.add(m.key());
      seen.add(m.key());
    }
    keys.addAll(previous.keySet());
    Map<MessageKey, Integer> depth = new HashMap<>();
    Map<MessageKey, ReplyNode> nodes = new LinkedHashMap<>();
    List<MessageKey> roots = new ArrayList<>();
    for (MessageKey k : keys) {
      MessageKey p = parentOf.get(k);
      ReplyNode old = previous.get(k);
      Link link = p == null ? Link.ROOT
          : links.containsKey(k) ? links.get(k)
          : old != null && old.parent().isPresent() ? old.link() : Link.QUOTE_CONTAINMENT;
      boolean ghost = !seen.contains(k) && (old == null || old.ghost());
      nodes.put(k, new ReplyNode(k, Optional.ofNullable(p), depthOf(k, parentOf, depth), link,
          ghost));
      if (p == null) {
        roots.add(k);
      }
    }
    return new ReplyTree(roots, nodes);
  }

  /** Steps to the root, memoised; the walk is bounded, and loops were refused before. */
  private static int depthOf(MessageKey key, Map<MessageKey, MessageKey> parentOf,
      Map<MessageKey, Integer> memo) {
    List<MessageKey> path = new ArrayList<>();
    MessageKey k = key;
    while (k != null && !memo.containsKey(k) && path.size() <= parentOf.size()) {
      path.add(k);
      k = parentOf.get(k);
    }
    int d = k == null ? -1 : memo.getOrDefault(k, -1);
    for (int i = path.size() - 1; i >= 0; i--) {
      d++;
      memo.put(path.get(i), d);
    }
    return memo.get(key);
  }
}
