package quorum.ingest.flat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits each run of quote markers into the lines it stands for. A flattened run such as
 * {@code > > > >> > > > >>} is several lines: empty quoted lines ({@code > > > >>} alone)
 * followed by the line that carries the text. Which split is right follows from the nesting
 * structure of mail, scored over the whole message at once (a Viterbi pass over runs):
 *
 * <ul>
 *   <li>within a quote block, consecutive lines carry the same marker prefix;</li>
 *   <li>a deeper level starts after an attribution line one level up ("On ... wrote:"),
 *       usually after an empty line; without one it is possible but unusual;</li>
 *   <li>a return to a shallower level is usually separated by an empty line at that level;</li>
 *   <li>empty quoted lines are few, and rarely two in a row.</li>
 * </ul>
 *
 * The costs are small integers on purpose: they rank the usual shapes, they are not
 * probabilities.
 */
final class MarkerRunSplitter {
  /** No line prefix is longer than this many marker tokens. */
  private static final int MAX_PREFIX_TOKENS = 16;
  private static final int NO_ATTRIBUTION = -1;
  /** The message start: any first depth is fine. */
  private static final int ANY = -2;

  /** The lines one run stands for: each line's marker-token count and depth. */
  record RunLines(int[] tokenCounts, int[] depths) {
    int textDepth() {
      return depths[depths.length - 1];
    }
  }

  /** Where the lines stand after a run: the shape of the last line. */
  private record State(int depth, String prefix, boolean empty, int pending) {}

  private record Entry(double cost, State previous, int[] counts, int[] depths) {}

  private MarkerRunSplitter() {}

  static List<RunLines> split(FlatText ft) {
    List<Map<State, Entry>> columns = new ArrayList<>();
    Map<State, Entry> current = new HashMap<>();
    String lead = leadingText(ft);
    State start = new State(0, "", lead.isEmpty(),
        AttributionText.endsAttribution(lead) ? 0 : ANY);
    current.put(start, new Entry(0, null, new int[0], new int[0]));
    for (int r = 0; r < ft.runs.size(); r++) {
      Map<State, Entry> next = new HashMap<>();
      String text = textAfter(ft, r);
      expand(ft, ft.runs.get(r), text, current, next);
      columns.add(next);
      current = next;
    }
    return backtrack(columns);
  }

  private static List<RunLines> backtrack(List<Map<State, Entry>> columns) {
    List<RunLines> out = new ArrayList<>();
    if (columns.isEmpty()) {
      return out;
    }
    State best = null;
    double bestCost = Double.MAX_VALUE;
    for (Map.Entry<State, Entry> e : columns.get(columns.size() - 1).entrySet()) {
      if (e.getValue().cost() < bestCost) {
        bestCost = e.getValue().cost();
        best = e.getKey();
      }
    }
    for (int r = columns.size() - 1; r >= 0; r--) {
      Entry e = columns.get(r).get(best);
      out.add(new RunLines(e.counts(), e.depths()));
      best = e.previous();
    }
    Collections.reverse(out);
    return out;
  }

  /** A way to reach a position inside a run: the line that ends there and where it began. */
  private record Cell(double cost, int from, State previous, int tokens, int depth) {}

  /**
   * All ways to cut {@code run} into lines, from every state in {@code current}, best per end
   * state into {@code next}: a shortest-path pass over the positions of the run, so a long run
   * of markers costs its length times the prefix limit, never the number of its splits.
   */
  private static void expand(FlatText ft, FlatText.Run run, String text,
      Map<State, Entry> current, Map<State, Entry> next) {
    int n = run.size();
    List<Map<State, Cell>> at = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      at.add(new HashMap<>());
    }
    current.forEach((st, e) -> at.get(0).put(st, new Cell(e.cost(), -1, null, 0, 0)));
    boolean textEmpty = text.isEmpty();
    boolean attribution = AttributionText.endsAttribution(text);
    for (int j = 0; j < n; j++) {
      for (Map.Entry<State, Cell> c : at.get(j).entrySet()) {
        int depth = 0;
        StringBuilder prefix = new StringBuilder();
        for (int k = j; k < n && k - j < MAX_PREFIX_TOKENS; k++) {
          FlatText.Token t = ft.token(run.first() + k);
          depth += t.markers();
          prefix.append(prefix.length() == 0 ? "" : " ").append(">".repeat(t.markers()));
          boolean last = k == n - 1;
          if (!last && t.kind() == FlatText.Kind.ATTACHED) {
            break;
          }
          boolean empty = !last || textEmpty;
          double cost = c.getValue().cost() + cost(c.getKey(), depth, prefix.toString(), empty);
          State s = new State(depth, prefix.toString(), empty,
              nextPending(c.getKey(), empty, attribution, depth));
          Cell old = at.get(k + 1).get(s);
          if (old == null || cost < old.cost()) {
            at.get(k + 1).put(s, new Cell(cost, j, c.getKey(), k - j + 1, depth));
          }
        }
      }
    }
    for (Map.Entry<State, Cell> end : at.get(n).entrySet()) {
      List<int[]> lines = new ArrayList<>();
      Cell cell = end.getValue();
      State origin = end.getKey();
      int pos = n;
      while (pos > 0) {
        lines.add(0, new int[] {cell.tokens(), cell.depth()});
        origin = cell.previous();
        pos = cell.from();
        cell = at.get(pos).get(origin);
      }
      int[] counts = lines.stream().mapToInt(l -> l[0]).toArray();
      int[] depths = lines.stream().mapToInt(l -> l[1]).toArray();
      next.put(end.getKey(), new Entry(end.getValue().cost(), origin, counts, depths));
    }
  }

  private static int nextPending(State prev, boolean empty, boolean attribution, int depth) {
    if (!empty) {
      return attribution ? depth : NO_ATTRIBUTION;
    }
    return prev.pending() == ANY ? ANY : prev.pending();
  }

  /** The cost of a line at {@code depth} with {@code prefix} after a line in state {@code prev}. */
  static double cost(State prev, int depth, String prefix, boolean empty) {
    double c = empty ? 1.0 : 0.0;
    if (empty && prev.empty() && prev.depth() > 0) {
      c += 1.5;
    }
    int a = prev.depth();
    if (prev.pending() == ANY) {
      return c;
    }
    if (prev.pending() >= 0 && depth == prev.pending() + 1) {
      return c;
    }
    if (depth == a) {
      c += prefix.equals(prev.prefix()) ? 0 : 2.0;
    } else if (depth == a + 1) {
      c += prev.empty() ? 2.0 : 3.0;
    } else if (depth > a) {
      c += 4.0 + 3.0 * (depth - a - 2);
    } else {
      c += empty ? 0.5 : prev.empty() ? 1.0 : 2.5;
      c += 0.5 * (a - depth - 1);
    }
    return c;
  }

  /** The text before the first run. */
  static String leadingText(FlatText ft) {
    int end = ft.runs.isEmpty() ? ft.tokens.size() : ft.runs.get(0).first();
    return ft.span(0, end);
  }

  /** The text after run {@code r}, up to the next run (the text of the run's last line). */
  static String textAfter(FlatText ft, int r) {
    FlatText.Run run = ft.runs.get(r);
    int end = r + 1 < ft.runs.size() ? ft.runs.get(r + 1).first() : ft.tokens.size();
    FlatText.Token last = ft.token(run.last());
    String tail = ft.span(run.last() + 1, end);
    if (last.kind() == FlatText.Kind.ATTACHED) {
      String glued = ft.text.substring(last.start() + last.markers(), last.end());
      return tail.isEmpty() ? glued : glued + " " + tail;
    }
    return tail;
  }
}
