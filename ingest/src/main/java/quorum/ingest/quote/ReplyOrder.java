package quorum.ingest.quote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import quorum.mail.Message;
import quorum.mail.MessageKey;

/**
 * Puts a thread's messages oldest first while keeping every parent before its replies: a
 * topological order over the reply tree that, among the messages ready to go, takes the oldest.
 * A message without a date (a quote-only node whose attribution gave none, an archive copy)
 * counts as dated like its parent, so it follows its parent.
 */
final class ReplyOrder {
  private ReplyOrder() {}

  static List<Message> order(List<Message> messages, Map<MessageKey, MessageKey> parentOf) {
    Map<MessageKey, Message> byKey = new HashMap<>();
    Map<MessageKey, Integer> input = new HashMap<>();
    for (Message m : messages) {
      byKey.put(m.key(), m);
      input.put(m.key(), input.size());
    }
    // the nearest ancestor that is a message (ghost containers are skipped)
    Map<MessageKey, MessageKey> above = new HashMap<>();
    Map<MessageKey, List<MessageKey>> below = new HashMap<>();
    for (Message m : messages) {
      MessageKey p = parentOf.get(m.key());
      int guard = 0;
      while (p != null && !byKey.containsKey(p) && guard++ <= parentOf.size()) {
        p = parentOf.get(p);
      }
      if (p != null && byKey.containsKey(p)) {
        above.put(m.key(), p);
        below.computeIfAbsent(p, k -> new ArrayList<>()).add(m.key());
      }
    }
    Map<MessageKey, Instant> when = effectiveDates(messages, above, below, byKey);
    PriorityQueue<MessageKey> ready = new PriorityQueue<>(Comparator
        .comparing((MessageKey k) -> when.getOrDefault(k, Instant.MIN))
        .thenComparing(input::get));
    for (Message m : messages) {
      if (!above.containsKey(m.key())) {
        ready.add(m.key());
      }
    }
    List<Message> out = new ArrayList<>();
    while (!ready.isEmpty()) {
      MessageKey k = ready.poll();
      out.add(byKey.get(k));
      ready.addAll(below.getOrDefault(k, List.of()));
    }
    if (out.size() != messages.size()) {
      throw new IllegalStateException("reply tree has a loop: ordered " + out.size() + " of "
          + messages.size());
    }
    return out;
  }

  /** Own date, else the parent's effective date, top-down (breadth first, no recursion). */
  private static Map<MessageKey, Instant> effectiveDates(List<Message> messages,
      Map<MessageKey, MessageKey> above, Map<MessageKey, List<MessageKey>> below,
      Map<MessageKey, Message> byKey) {
    Map<MessageKey, Instant> when = new HashMap<>();
    List<MessageKey> queue = new ArrayList<>();
    for (Message m : messages) {
      if (!above.containsKey(m.key())) {
        queue.add(m.key());
      }
    }
    for (int i = 0; i < queue.size(); i++) {
      MessageKey k = queue.get(i);
      Message m = byKey.get(k);
      MessageKey p = above.get(k);
      Instant inherited = p == null ? null : when.get(p);
      Instant own = m.date().map(d -> d.instant()).orElse(inherited);
      if (own != null) {
        when.put(k, own);
      }
      queue.addAll(below.getOrDefault(k, List.of()));
    }
    return when;
  }
}
