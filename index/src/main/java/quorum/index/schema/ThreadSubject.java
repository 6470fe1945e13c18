package quorum.index.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The subject a thread goes by: that of its earliest real message with a subject (oldest
 * first, undated last, then by provenance and key); a thread of quote-only nodes, or of mail
 * without subjects, takes its first member's subject, or none. The one rule behind
 * {@link Fields#THREAD_SUBJECT}, written at ingest, and the thread summaries, computed at search
 * time; the two must agree to the byte.
 */
public final class ThreadSubject {
  /**
   * What the rule reads of one message, as the index keeps it.
   *
   * @param date epoch milliseconds, when {@code dated}
   * @param provenance the {@link Fields#PROVENANCE} value, or null
   * @param subject the subject, or null when the message has none (blank)
   */
  public record Member(boolean dated, long date, String provenance, String key, String subject) {}

  /** Oldest first, undated last; then provenance (absent last), then key. */
  public static final Comparator<Member> ORDER = Comparator
      .comparing((Member m) -> m.dated() ? 0 : 1)
      .thenComparingLong(m -> m.dated() ? m.date() : 0)
      .thenComparing(Member::provenance, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Member::key);

  private ThreadSubject() {}

  /** The subject of a thread with these members (any order); "" for none. */
  public static String of(List<Member> members) {
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort(ORDER);
    for (Member m : sorted) {
      if (m.subject() != null && !Fields.PROVENANCE_QUOTED.equals(m.provenance())) {
        return m.subject();
      }
    }
    return sorted.isEmpty() || sorted.get(0).subject() == null ? "" : sorted.get(0).subject();
  }

  /** The {@link Fields#THREAD_SUBJECT} value of a subject. */
  public static byte[] encode(String subject) {
    return subject.getBytes(StandardCharsets.UTF_8);
  }

  /** A subject as the index holds it: null for a blank one, which is not indexed. */
  public static String orNull(String subject) {
    return subject == null || subject.isBlank() ? null : subject;
  }
}
