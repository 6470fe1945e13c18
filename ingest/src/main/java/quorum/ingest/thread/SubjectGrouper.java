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
 * joins the thread with the same normalized subject (compared on thread roots, as JWZ does)
 * that was active most recently before it; its root hangs under that thread's oldest root with
 * {@link Link#SUBJECT}. A thread whose root has references, or a subject that
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
    ResolvedThread.sortByStart(sorted);
    // targets by subject key, in chronological order of their start
    Map<String, List<ResolvedThread>> bySubject = new HashMap<>();
    List<ResolvedThread> kept = new ArrayList<>();
    for (ResolvedThread t : sorted) {
      Optional<HeaderLinks> orphan = orphanRoot(t);
      if (orphan.isPresent()) {
        String key = subjects.key(orphan.get().message().subject());
        Optional<ResolvedThread> target = mostRecentlyActive(
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
    // no valid reference left: none given, or only junk and self-references
    boolean orphan = root.isReferenceFree() && subjects.isReply(subject)
        && !subjects.key(subject).isEmpty();
    return orphan ? Optional.of(root) : Optional.empty();
  }

  /**
   * Among the candidates that started no later than the orphan (a reply follows its topic),
   * the one most recently active before it: a topic can be posted twice ("[MAINTAINERS
   * SUMMIT] x", then "[TECH TOPIC] x"), and the reply belongs where the talk went on.
   */
  private static Optional<ResolvedThread> mostRecentlyActive(List<ResolvedThread> candidates,
      HeaderLinks orphan) {
    Optional<MailDate> when = orphan.message().date();
    ResolvedThread best = null;
    Optional<MailDate> bestActivity = Optional.empty();
    for (ResolvedThread c : candidates) {
      Optional<MailDate> start = c.earliest().message().date();
      if (when.isPresent() && start.isPresent() && start.get().compareTo(when.get()) > 0) {
        continue;
      }
      Optional<MailDate> activity = lastActivity(c, when);
      boolean later = best == null || (activity.isPresent() && (bestActivity.isEmpty()
          || activity.get().compareTo(bestActivity.get()) >= 0));
      if (later) {
        best = c;
        bestActivity = activity;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The date of {@code t}'s latest message not after {@code until} (any, when undated). */
  private static Optional<MailDate> lastActivity(ResolvedThread t, Optional<MailDate> until) {
    MailDate last = null;
    for (HeaderLinks l : t.members) {
      Optional<MailDate> d = l.message().date();
      if (d.isPresent() && (until.isEmpty() || d.get().compareTo(until.get()) <= 0)
          && (last == null || d.get().compareTo(last) > 0)) {
        last = d.get();
      }
    }
    return Optional.ofNullable(last);
  }
}
