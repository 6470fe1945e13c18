package quorum.index;

import java.util.List;
import java.util.Objects;

/** The hits of one thread, in rank order, under the thread's summary. */
public record ThreadHits(ThreadSummary thread, List<SearchHit> hits) {
  public ThreadHits {
    Objects.requireNonNull(thread, "thread");
    hits = List.copyOf(hits);
  }
}
