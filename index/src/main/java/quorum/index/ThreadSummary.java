package quorum.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.Participant;

/**
 * One thread as a listing shows it.
 *
 * @param thread opaque, stable thread id (changes only when a late parent merges threads)
 * @param subject the subject of the earliest message
 * @param participants authors in order of first appearance
 * @param messageCount messages in the thread, including quote-only nodes
 * @param quotedOnlyCount how many of them are known only from quotes
 * @param seriesVersions patch-series versions seen in the thread, ascending
 */
public record ThreadSummary(String thread, String subject, List<Participant> participants,
    int messageCount, int quotedOnlyCount, Optional<Instant> first, Optional<Instant> last,
    List<Integer> seriesVersions) {
  public ThreadSummary {
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(subject, "subject");
    participants = List.copyOf(participants);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    seriesVersions = List.copyOf(seriesVersions);
  }
}
