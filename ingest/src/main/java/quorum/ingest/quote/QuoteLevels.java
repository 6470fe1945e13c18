package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quorum.mail.Attribution;
import quorum.mail.Authored;
import quorum.mail.Segment;
import quorum.mail.Snip;

/**
 * The quote levels of one message that carry their own attribution: each attribution at depth
 * {@code d} opens a level at {@code d + 1} (the text of the message the writer at {@code d}
 * quoted), which stays open until an attribution at depth {@code d} or shallower replaces it.
 * An attribution written inside the quote it introduces opens the level at its own depth.
 * Segments at a level's depth belong to it; deeper levels nested in it are the messages it
 * quoted in turn. One pass over the segments, no recursion on depth.
 */
final class QuoteLevels {
  /** One attributed quote level. {@code quoter} is the level that quoted it (-1: the message). */
  static final class Level {
    final Attribution attribution;
    final int depth;
    final int quoter;
    final List<Segment> segments = new ArrayList<>();
    final List<Integer> nested = new ArrayList<>();
    /** Normalised prose lines, filled on first use by {@link QuotedMessage#lines}. */
    java.util.Set<String> lines;

    Level(Attribution attribution, int depth, int quoter) {
      this.attribution = attribution;
      this.depth = depth;
      this.quoter = quoter;
    }

    /** The first attributed level quoted inside this one: the message this level replied to. */
    int repliedTo() {
      return nested.isEmpty() ? -1 : nested.get(0);
    }

    /** True when the level holds any text of its own (not only an attribution line). */
    boolean hasText() {
      return segments.stream().anyMatch(s -> !s.text().isBlank());
    }
  }

  /** Levels in body order; {@code direct} are those at depth 1 (what the message replied to). */
  record Result(List<Level> levels, List<Integer> direct) {}

  private QuoteLevels() {}

  /** Unquoted segments at depth 0 (the message's own text) and unattributed quotes are skipped. */
  static Result of(List<Segment> segments) {
    List<Level> levels = new ArrayList<>();
    List<Integer> direct = new ArrayList<>();
    Map<Integer, Integer> open = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s instanceof Attribution a) {
        int d = insideQuote(segments, i, open) ? a.depth() : a.depth() + 1;
        open.keySet().removeIf(k -> k >= d);
        Integer quoter = d == 1 ? Integer.valueOf(-1) : open.get(d - 1);
        int index = levels.size();
        levels.add(new Level(a, d, quoter == null ? -2 : quoter));
        // a level quoted by an unattributed level (quoter null) hangs under nobody
        if (quoter != null && quoter == -1) {
          direct.add(index);
        } else if (quoter != null) {
          levels.get(quoter).nested.add(index);
        }
        open.put(d, index);
      } else if (s.depth() > 0 && !(s instanceof Authored)) {
        Integer owner = open.get(s.depth());
        if (owner != null) {
          levels.get(owner).segments.add(s);
        }
      }
    }
    return new Result(List.copyOf(levels), List.copyOf(direct));
  }

  /**
   * True for an attribution written inside the quote it introduces (Apple Mail and others:
   * {@code > On <date>, X wrote:} followed by X's text at the same depth, or by the next
   * attribution at that depth), when no attribution above has claimed that depth yet.
   */
  private static boolean insideQuote(List<Segment> segments, int i, Map<Integer, Integer> open) {
    int depth = segments.get(i).depth();
    if (depth == 0 || open.containsKey(depth)) {
      return false;
    }
    int k = i + 1;
    while (k < segments.size() && segments.get(k) instanceof Snip) {
      k++; // "> ..." right under the attribution says nothing about whose text follows
    }
    if (k >= segments.size()) {
      return false;
    }
    Segment next = segments.get(k);
    return next.depth() == depth && !(next instanceof Authored);
  }
}
