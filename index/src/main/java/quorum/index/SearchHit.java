package quorum.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * One matching message, with what a result list prints, read from stored fields (no mail is
 * re-read).
 *
 * @param thread opaque thread id ({@link ThreadSummary#thread()})
 * @param threadSubject the subject of the thread's first message
 * @param dateText the date as mail gave it (ISO-8601), when known
 * @param quotedOnly true for reply-tree nodes known only from quotes in later mail
 */
public record SearchHit(MessageKey key, String thread, String threadSubject, String subject,
    Participant from, Optional<Instant> date, Optional<String> dateText, boolean quotedOnly,
    float score, Snippet snippet) {
  public SearchHit {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(threadSubject, "threadSubject");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(snippet, "snippet");
  }
}
