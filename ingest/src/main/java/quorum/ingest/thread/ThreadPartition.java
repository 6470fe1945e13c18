package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits messages into threads: JWZ step 1 (https://www.jwz.org/doc/threading.html) makes a
 * container for every id seen, real or only referenced (a ghost), and links each message to
 * everything it references; a thread is then a connected component. This is also what notmuch
 * does: a reference to a missing message creates a ghost document that carries the thread id,
 * so two replies to the same missing root share a thread. Union-find, no recursion.
 */
final class ThreadPartition {
  private ThreadPartition() {}

  /** Groups of messages, each group in input order; groups ordered by their first message. */
  static List<List<HeaderLinks>> of(List<HeaderLinks> messages) {
    // msgNode is indexed by HeaderLinks.index(), which runs 0..n-1 over the deduplicated input
    Map<String, Integer> node = new HashMap<>();
    int[] msgNode = new int[messages.size()];
    UnionFind uf = new UnionFind(messages.size() * 2 + 16);
    for (HeaderLinks l : messages) {
      int n = l.id().map(id -> node.computeIfAbsent(id, k -> uf.add())).orElseGet(uf::add);
      msgNode[l.index()] = n;
      for (String ref : l.references()) {
        uf.union(n, node.computeIfAbsent(ref, k -> uf.add()));
      }
    }
    Map<Integer, List<HeaderLinks>> groups = new LinkedHashMap<>();
    for (HeaderLinks l : messages) {
      groups.computeIfAbsent(uf.find(msgNode[l.index()]), k -> new ArrayList<>()).add(l);
    }
    return new ArrayList<>(groups.values());
  }

  /** Disjoint sets with path halving and union by size. */
  private static final class UnionFind {
    private int[] parent;
    private int[] size;
    private int count;

    UnionFind(int capacity) {
      parent = new int[capacity];
      size = new int[capacity];
    }

    int add() {
      if (count == parent.length) {
        parent = Arrays.copyOf(parent, count * 2);
        size = Arrays.copyOf(size, count * 2);
      }
      parent[count] = count;
      size[count] = 1;
      return count++;
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
