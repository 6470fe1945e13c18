package quorum.index;

/**
 * What adding input did: messages newly indexed, messages already present (skipped),
 * quote-only documents replaced by the real mail, and threads merged into others because a
 * message linked them.
 */
public record AddResult(int added, int duplicates, int upgraded, int threadsMerged) {
  public static final AddResult NONE = new AddResult(0, 0, 0, 0);

  public AddResult {
    if (added < 0 || duplicates < 0 || upgraded < 0 || threadsMerged < 0) {
      throw new IllegalArgumentException("added=" + added + " duplicates=" + duplicates
          + " upgraded=" + upgraded + " threadsMerged=" + threadsMerged);
    }
  }

  public AddResult plus(AddResult o) {
    return new AddResult(added + o.added, duplicates + o.duplicates, upgraded + o.upgraded,
        threadsMerged + o.threadsMerged);
  }
}
