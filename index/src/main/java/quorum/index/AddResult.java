package quorum.index;

/**
 * What adding input did, counted so that the caller can account for every message it read:
 * {@code added} real messages newly indexed (including those that replaced a quote-only node,
 * also counted in {@code upgraded}), {@code duplicates} real messages already present, and
 * apart from those, {@code quoteNodes} reply-tree nodes known only from quotes that were added,
 * and {@code threadsMerged} threads merged into others because a message linked them.
 */
public record AddResult(int added, int duplicates, int upgraded, int threadsMerged,
    int quoteNodes) {
  public static final AddResult NONE = new AddResult(0, 0, 0, 0, 0);

  public AddResult {
    if (added < 0 || duplicates < 0 || upgraded < 0 || threadsMerged < 0 || quoteNodes < 0) {
      throw new IllegalArgumentException("added=" + added + " duplicates=" + duplicates
          + " upgraded=" + upgraded + " threadsMerged=" + threadsMerged
          + " quoteNodes=" + quoteNodes);
    }
  }

  /** A result without quote-only nodes. */
  public AddResult(int added, int duplicates, int upgraded, int threadsMerged) {
    this(added, duplicates, upgraded, threadsMerged, 0);
  }

  public AddResult plus(AddResult o) {
    return new AddResult(added + o.added, duplicates + o.duplicates, upgraded + o.upgraded,
        threadsMerged + o.threadsMerged, quoteNodes + o.quoteNodes);
  }
}
