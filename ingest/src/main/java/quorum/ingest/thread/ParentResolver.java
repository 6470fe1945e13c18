package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import quorum.mail.Diagnostic;
import quorum.mail.Link;
import quorum.mail.MessageId;

/**
 * Picks each message's parent inside one thread, the way notmuch 0.37 does
 * ({@code lib/thread.cc}, {@code _resolve_thread_relationships}), so that quorum and notmuch
 * draw the same tree from the same headers:
 *
 * <ol>
 *   <li>Walk the thread oldest first. Every message but the first hangs under the message its
 *       headers name as parent ({@link HeaderLinks#replyTo()}: a lone In-Reply-To id wins over
 *       the last References id) when that message is in the thread; the rest are "maybe roots".
 *   <li>The oldest message is a root unless it too has its named parent here and some other
 *       message is a maybe root (so a two-message loop keeps its older message as root).
 *   <li>Depth is counted once, in the forest built so far (each root at 0).
 *   <li>Each maybe root hangs under the deepest message of the thread among everything it
 *       references (In-Reply-To and References, sorted by id; the first wins a tie), or stays a
 *       root. A missing parent is thus a pruned ghost (JWZ step 4,
 *       https://www.jwz.org/doc/threading.html): its children move up to the deepest ancestor
 *       that exists, or become roots of the thread.
 * </ol>
 *
 * <p>Repair notmuch does not do: a link that would close a loop (A's parent is B, B's parent is
 * A, through any chain) is refused, as public-inbox's SearchThread.pm refuses it, and reported.
 * A message is only ever linked while it is a root, so a link closes a loop exactly when the
 * new parent's tree is rooted at the message itself; {@link Forest} answers that in near
 * constant time with union-find. Nothing here recurses on thread depth.
 */
final class ParentResolver {
  private ParentResolver() {}

  static ResolvedThread resolve(List<HeaderLinks> thread, Consumer<Diagnostic> out) {
    List<HeaderLinks> order = new ArrayList<>(thread);
    order.sort(MessageOrder.RESOLUTION);
    int n = order.size();
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int at = i;
      order.get(i).id().ifPresent(id -> pos.putIfAbsent(id, at));
    }
    Forest forest = new Forest(n);
    int[] parent = forest.parent;
    Link[] link = new Link[n];

    List<Integer> maybeRoots = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (!linkToNamedParent(order, pos, forest, link, i, out)) {
        maybeRoots.add(i);
      }
    }
    boolean hasRoot = true;
    if (n > 0 && !maybeRoots.isEmpty()) {
      hasRoot = !linkToNamedParent(order, pos, forest, link, 0, out);
    }
    int[] depth = depths(parent);
    for (int k = 0; k < maybeRoots.size(); k++) {
      int i = maybeRoots.get(k);
      if (k == maybeRoots.size() - 1 && !hasRoot) {
        break; // notmuch keeps the last candidate as the root when no root exists yet
      }
      if (!linkToDeepestReference(order, pos, forest, link, depth, i, out)) {
        hasRoot = true;
      }
    }
    Map<Integer, Integer> parentOf = new HashMap<>();
    Map<Integer, Link> linkOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        parentOf.put(order.get(i).index(), order.get(parent[i]).index());
        linkOf.put(order.get(i).index(), link[i]);
      }
    }
    return new ResolvedThread(thread, parentOf, linkOf);
  }

  private static boolean linkToNamedParent(List<HeaderLinks> order, Map<String, Integer> pos,
      Forest forest, Link[] link, int i, Consumer<Diagnostic> out) {
    HeaderLinks m = order.get(i);
    Integer p = m.replyTo().map(pos::get).orElse(null);
    if (p == null || p == i) {
      return false;
    }
    if (forest.wouldLoop(i, p)) {
      refused(m, order.get(p), out);
      return false;
    }
    forest.link(i, p);
    link[i] = m.replyToFromInReplyTo() ? Link.IN_REPLY_TO : Link.REFERENCES;
    return true;
  }

  private static boolean linkToDeepestReference(List<HeaderLinks> order,
      Map<String, Integer> pos, Forest forest, Link[] link, int[] depth, int i,
      Consumer<Diagnostic> out) {
    HeaderLinks m = order.get(i);
    int best = -1;
    String bestId = null;
    for (String ref : m.references()) {
      Integer p = pos.get(ref);
      if (p == null || p == i) {
        continue;
      }
      if (forest.wouldLoop(i, p)) {
        refused(m, order.get(p), out);
        continue;
      }
      if (best < 0 || depth[p] > depth[best]) {
        best = p;
        bestId = ref;
      }
    }
    if (best < 0) {
      return false;
    }
    forest.link(i, best);
    String chosen = bestId;
    boolean viaIrt = m.message().inReplyTo().stream().map(MessageId::value)
        .anyMatch(chosen::equals);
    link[i] = viaIrt ? Link.IN_REPLY_TO : Link.REFERENCES;
    return true;
  }

  /**
   * The reply forest being built: parent links, plus union-find sets that each remember the
   * root of their tree, so "is the candidate parent below this root?" costs no upward walk.
   */
  static final class Forest {
    final int[] parent;
    private final int[] set;
    private final int[] treeRoot;

    Forest(int n) {
      parent = new int[n];
      set = new int[n];
      treeRoot = new int[n];
      Arrays.fill(parent, -1);
      for (int i = 0; i < n; i++) {
        set[i] = i;
        treeRoot[i] = i;
      }
    }

    /** True when hanging root {@code child} under {@code candidate} would close a loop. */
    boolean wouldLoop(int child, int candidate) {
      if (parent[child] >= 0) {
        throw new IllegalStateException("only roots are linked, " + child + " has a parent");
      }
      return treeRoot[find(candidate)] == child;
    }

    void link(int child, int newParent) {
      parent[child] = newParent;
      int a = find(child);
      int b = find(newParent);
      if (a != b) {
        set[a] = b; // b's tree root stays the root of the merged tree
      }
    }

    private int find(int x) {
      while (set[x] != x) {
        set[x] = set[set[x]];
        x = set[x];
      }
      return x;
    }
  }

  /** Depth of every node in the parent forest (roots 0), by iterative memoised walks. */
  static int[] depths(int[] parent) {
    int n = parent.length;
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    int[] path = new int[n];
    for (int i = 0; i < n; i++) {
      int len = 0;
      int x = i;
      while (x >= 0 && depth[x] < 0 && len < n) {
        path[len++] = x;
        x = parent[x];
      }
      int d = x >= 0 && depth[x] >= 0 ? depth[x] : -1;
      for (int k = len - 1; k >= 0; k--) {
        depth[path[k]] = ++d;
      }
    }
    return depth;
  }

  private static void refused(HeaderLinks child, HeaderLinks parent, Consumer<Diagnostic> out) {
    out.accept(Diagnostic.warn(child.message().source(), "<" + child.message().key()
        + "> names <" + parent.message().key()
        + "> as parent, which would make a reply loop; ignored that link"));
  }
}
