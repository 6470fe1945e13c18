package quorum.ingest.thread;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/** The orders threading needs over messages; undated messages always come last, in input order. */
final class MessageOrder {
  private MessageOrder() {}

  /** Oldest first, then by key: the order a Discussion lists its messages in. */
  static final Comparator<HeaderLinks> CHRONOLOGICAL = undatedLast(
      Comparator.comparing((HeaderLinks l) -> l.instant().orElseThrow())
          .thenComparing(l -> l.message().key()));

  /**
   * Oldest first; among messages of the same second, one without any reference first (it is
   * the likelier root), then input order. notmuch walks a thread oldest first too, breaking
   * ties by index order, which depends on the file system; this tie-break is ours.
   */
  static final Comparator<HeaderLinks> RESOLUTION = undatedLast(
      Comparator.comparing((HeaderLinks l) -> l.instant().orElseThrow())
          .thenComparing(l -> !l.isReferenceFree())
          .thenComparingInt(HeaderLinks::index));

  private static Comparator<HeaderLinks> undatedLast(Comparator<HeaderLinks> dated) {
    return (a, b) -> {
      Optional<Instant> da = a.instant();
      Optional<Instant> db = b.instant();
      if (da.isPresent() && db.isPresent()) {
        return dated.compare(a, b);
      }
      if (da.isPresent() != db.isPresent()) {
        return da.isPresent() ? -1 : 1;
      }
      return Integer.compare(a.index(), b.index());
    };
  }
}
