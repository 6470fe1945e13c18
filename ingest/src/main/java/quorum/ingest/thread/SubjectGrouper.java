package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.mail.Link;
import quorum.mail.MailDate;

/**
 * JWZ step 5 (https://www.jwz.org/doc/threading.html), narrowed: only a thread whose single
 * root has no usable reference at all and whose subject says it is a reply ({@code Re: foo})
 * joins an earlier thread with the same normalized subject; its root hangs under that thread's
 * oldest root with {@link Link#SUBJECT}. A thread whose root has references, or a subject that
 * is not a reply, is never moved, so two discussions that merely share a subject stay apart:
 * list archives that merge threads on subject are the complaint this avoids.
 *
 * <p>notmuch does not group by subject at all; the peer-oracle tests list each place where this
 * makes quorum differ.
 */
final class SubjectGrouper {
  private final SubjectNormalizer subjects;

  SubjectGrouper(SubjectNormalizer subjects) {
    this.subjects = subjects;
  }

  List<ResolvedThread> group(List<ResolvedThread> threads) {
    List<ResolvedThread> sorted = new ArrayList<>(threads);
    sorted.sort((a, b) -> MessageOrder.CHRONOLOGICAL.compare(a.earliest(), b.earliest()));
    // targets by subject key, in chronological order of their start
    Map<String, List<ResolvedThread>> bySubject = new HashMap<>();
    List<ResolvedThread> kept = new ArrayList<>();
    for (ResolvedThread t : sorted) {
      Optional<HeaderLinks> orphan = orphanRoot(t);
      if (orphan.isPresent()) {
        String key = subjects.key(orphan.get().message().subject());
        Optional<ResolvedThread> target = latestStartedBefore(
            bySubject.getOrDefault(key, List.of()), orphan.get());
        if (target.isPresent()) {
          target.get().adopt(t, orphan.get(), target.get().roots().get(0), Link.SUBJECT);
          continue;
        }
      } else {
        for (HeaderLinks root : t.roots()) {
          String key = subjects.key(root.message().subject());
          if (!key.isEmpty()) {
            List<ResolvedThread> list = bySubject.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != t) {
              list.add(t);
            }
          }
        }
      }
      kept.add(t);
    }
    return kept;
  }

  /** The root of {@code t} when it is a subject-only orphan: one root, no reference, "Re:". */
  private Optional<HeaderLinks> orphanRoot(ResolvedThread t) {
    List<HeaderLinks> roots = t.roots();
    if (roots.size() != 1) {
      return Optional.empty();
    }
    HeaderLinks root = roots.get(0);
    String subject = root.message().subject();
    boolean orphan = root.isReferenceFree() && root.message().inReplyTo().isEmpty()
        && root.message().references().isEmpty() && subjects.isReply(subject)
        && !subjects.key(subject).isEmpty();
    return orphan ? Optional.of(root) : Optional.empty();
  }

  /** The candidate that started last, but not after the orphan (a reply follows its topic). */
  private static Optional<ResolvedThread> latestStartedBefore(List<ResolvedThread> candidates,
      HeaderLinks orphan) {
    Optional<MailDate> when = orphan.message().date();
    ResolvedThread best = null;
    for (ResolvedThread c : candidates) {
      Optional<MailDate> start = c.earliest().message().date();
      boolean before = when.isEmpty() || start.isEmpty() || start.get().compareTo(when.get()) <= 0;
      if (before) {
        best = c; // candidates are in chronological order, so the last fitting one is latest
      }
    }
    return Optional.ofNullable(best);
  }
}
