package quorum.index;

/**
 * How much of each hit a search computes beyond its result line (key, date, author, subject,
 * thread). Snippets cost a highlighter pass over the stored text of each hit, and thread
 * subjects one more per-document value read per hit (kept by ingest), so a long listing asks
 * for them only where it shows them.
 *
 * @param snippets how many of the first hits get a {@link Snippet}; the rest get
 *     {@link Snippet#EMPTY}
 * @param threadSubjects true: every hit carries its thread's subject; false: only hits
 *     without a subject of their own do (what a result line shows), the rest carry ""
 */
public record HitOptions(int snippets, boolean threadSubjects) {
  /** Everything, for every hit. */
  public static final HitOptions FULL = new HitOptions(Integer.MAX_VALUE, true);

  public HitOptions {
    if (snippets < 0) {
      throw new IllegalArgumentException("snippets=" + snippets);
    }
  }
}
