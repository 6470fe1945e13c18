package quorum.index;

import java.util.List;

/**
 * Ranked hits (best first; equal scores newest first, then by key) and how many messages
 * matched in all.
 */
public record SearchResults(long totalMatches, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
