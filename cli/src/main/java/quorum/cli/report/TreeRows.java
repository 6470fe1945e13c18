package quorum.cli.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.ReplyNode;

/**
 * The reply tree in display order (depth first, children oldest first), computed with an
 * explicit stack: threads nest deeper than the Java stack allows. Ghosts (referenced, never
 * seen) keep their place as rows without a message.
 */
public final class TreeRows {
  /** One row: a message (or a ghost), its level below the root, and whether it has replies. */
  public record Row(MessageKey key, Optional<Message> message, Optional<String> label, int level,
      boolean hasChildren) {
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(label, "label");
    }
  }

  private TreeRows() {}

  static List<Row> of(Discussion d, Map<MessageKey, String> labels) {
    Map<MessageKey, Message> byKey = new HashMap<>();
    Map<MessageKey, Integer> order = new HashMap<>();
    for (Message m : d.messages()) {
      byKey.put(m.key(), m);
      order.put(m.key(), order.size());
    }
    Comparator<MessageKey> oldestFirst = Comparator
        .comparing((MessageKey k) -> order.getOrDefault(k, Integer.MAX_VALUE))
        .thenComparing(k -> k);
    Map<MessageKey, List<MessageKey>> children = new HashMap<>();
    List<ReplyNode> nodes = new ArrayList<>(d.tree().nodes().values());
    nodes.sort(Comparator.comparing(ReplyNode::key, oldestFirst));
    for (ReplyNode n : nodes) {
      n.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(n.key()));
    }
    // roots as the tree gives them, then any message the tree does not reach (defensive)
    Set<MessageKey> starts = new LinkedHashSet<>(d.tree().roots());
    List<Row> rows = new ArrayList<>();
    Set<MessageKey> seen = new HashSet<>();
    walk(starts, children, byKey, labels, seen, rows);
    Set<MessageKey> rest = new LinkedHashSet<>();
    for (Message m : d.messages()) {
      if (!seen.contains(m.key())) {
        rest.add(m.key());
      }
    }
    walk(rest, children, byKey, labels, seen, rows);
    return rows;
  }

  private record Frame(MessageKey key, int level) {}

  private static void walk(Set<MessageKey> starts, Map<MessageKey, List<MessageKey>> children,
      Map<MessageKey, Message> byKey, Map<MessageKey, String> labels, Set<MessageKey> seen,
      List<Row> rows) {
    Deque<Frame> stack = new ArrayDeque<>();
    List<MessageKey> s = new ArrayList<>(starts);
    for (int i = s.size() - 1; i >= 0; i--) {
      stack.push(new Frame(s.get(i), 0));
    }
    while (!stack.isEmpty()) {
      Frame f = stack.pop();
      if (!seen.add(f.key())) {
        continue; // a loop or a second root for the same node: show it once
      }
      List<MessageKey> kids = children.getOrDefault(f.key(), List.of());
      rows.add(new Row(f.key(), Optional.ofNullable(byKey.get(f.key())),
          Optional.ofNullable(labels.get(f.key())), f.level(),
          kids.stream().anyMatch(k -> !seen.contains(k))));
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(new Frame(kids.get(i), f.level() + 1));
      }
    }
  }
}
