package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import quorum.mail.Link;

/**
 * One thread after parent resolution: its members and, for each member that has a parent,
 * the parent's input index and why. Package-private and mutable only while subject grouping
 * merges orphans; {@link DiscussionAssembler} turns it into the immutable model.
 */
final class ResolvedThread {
  final List<HeaderLinks> members;
  final Map<Integer, Integer> parentOf;
  final Map<Integer, Link> linkOf;

  ResolvedThread(List<HeaderLinks> members, Map<Integer, Integer> parentOf,
      Map<Integer, Link> linkOf) {
    this.members = new ArrayList<>(members);
    this.parentOf = new HashMap<>(parentOf);
    this.linkOf = new HashMap<>(linkOf);
  }

  /** Members without a parent, oldest first. */
  List<HeaderLinks> roots() {
    List<HeaderLinks> out = new ArrayList<>();
    for (HeaderLinks l : members) {
      if (!parentOf.containsKey(l.index())) {
        out.add(l);
      }
    }
    out.sort(MessageOrder.CHRONOLOGICAL);
    return out;
  }

  HeaderLinks earliest() {
    return members.stream().min(MessageOrder.CHRONOLOGICAL).orElseThrow();
  }

  /**
   * Sorts threads by their earliest member (stable), finding each one's earliest member once
   * instead of at every comparison.
   */
  static void sortByStart(List<ResolvedThread> threads) {
    Map<ResolvedThread, HeaderLinks> start = new IdentityHashMap<>();
    for (ResolvedThread t : threads) {
      start.put(t, t.earliest());
    }
    threads.sort((a, b) -> MessageOrder.CHRONOLOGICAL.compare(start.get(a), start.get(b)));
  }

  /** Moves every member of {@code other} here, hanging its root under {@code parent}. */
  void adopt(ResolvedThread other, HeaderLinks otherRoot, HeaderLinks parent, Link link) {
    members.addAll(other.members);
    parentOf.putAll(other.parentOf);
    linkOf.putAll(other.linkOf);
    parentOf.put(otherRoot.index(), parent.index());
    linkOf.put(otherRoot.index(), link);
  }
}
