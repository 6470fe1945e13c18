package quorum.ingest.thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;

/**
 * Turns a resolved thread into a {@link Discussion}: messages oldest first (undated last), a
 * node for every message with its parent, depth and link, roots oldest first, and the subject
 * of the root (of the earliest message when the thread has several roots). Ghosts are pruned,
 * so every node is a message. Depths come from a breadth-first walk, never recursion.
 */
final class DiscussionAssembler {
  private DiscussionAssembler() {}

  static Discussion assemble(ResolvedThread t) {
    List<HeaderLinks> members = new ArrayList<>(t.members);
    members.sort(MessageOrder.CHRONOLOGICAL);
    Map<Integer, HeaderLinks> byIndex = new HashMap<>();
    Map<Integer, List<HeaderLinks>> children = new HashMap<>();
    for (HeaderLinks l : members) {
      byIndex.put(l.index(), l);
    }
    for (HeaderLinks l : members) { // chronological, so children lists are oldest first too
      Integer p = t.parentOf.get(l.index());
      if (p != null) {
        children.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
      }
    }
    List<HeaderLinks> roots = t.roots();
    Map<MessageKey, ReplyNode> nodes = new HashMap<>();
    ArrayDeque<HeaderLinks> queue = new ArrayDeque<>();
    for (HeaderLinks r : roots) {
      nodes.put(r.message().key(), new ReplyNode(r.message().key(), Optional.empty(), 0,
          Link.ROOT, false));
      queue.add(r);
    }
    while (!queue.isEmpty()) {
      HeaderLinks p = queue.poll();
      int depth = nodes.get(p.message().key()).depth() + 1;
      for (HeaderLinks c : children.getOrDefault(p.index(), List.of())) {
        nodes.put(c.message().key(), new ReplyNode(c.message().key(),
            Optional.of(p.message().key()), depth, t.linkOf.get(c.index()), false));
        queue.add(c);
      }
    }
    if (nodes.size() != members.size()) {
      throw new IllegalStateException("reply tree lost messages: " + nodes.size() + " nodes for "
          + members.size() + " messages");
    }
    List<Message> messages = members.stream().map(HeaderLinks::message).toList();
    List<MessageKey> rootKeys = roots.stream().map(r -> r.message().key()).toList();
    String subject = roots.size() == 1 ? roots.get(0).message().subject()
        : messages.get(0).subject();
    return new Discussion(subject, messages, new ReplyTree(rootKeys, nodes));
  }
}
