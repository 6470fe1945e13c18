package quorum.analysis.decision;

import java.util.Locale;
import java.util.Set;
import quorum.analysis.internal.ThreadView;
import quorum.ingest.thread.SubjectNormalizer;
import quorum.mail.Patch;

/**
 * A thread opened by an announcement ("Reminder: voting procedures for the board election",
 * "IMPORTANT: opt in before you can vote", "[ANNOUNCE] ...", "Election: call for nominees")
 * states what its organiser has already settled: rules, a procedure, a deadline. It puts
 * nothing up for agreement, so when nothing in the replies settles it otherwise, it stands as
 * announced ({@code agreed}) rather than {@code proposed}. A patch is never an announcement,
 * whatever its subject says.
 */
final class Announcement {
  private Announcement() {}

  /** Words that, opening a subject or in its tag, mark it as an announcement. */
  private static final Set<String> MARKERS = Set.of("reminder", "important", "announce",
      "announcement", "ann", "notice");

  private static final SubjectNormalizer SUBJECTS = new SubjectNormalizer();

  /** What a "call for ..." announcement calls for. */
  private static final Set<String> CALLED_FOR = Set.of("nominees", "nominations",
      "candidates", "papers", "proposals", "presentations", "participation", "volunteers");

  static boolean is(ThreadView view) {
    boolean patch = view.root().map(r -> r.message().segments().stream()
        .anyMatch(g -> g instanceof Patch && g.depth() == 0)).orElse(false);
    return is(view.discussion().subject(), patch);
  }

  /** The same from the thread's subject and whether its first message carries a patch. */
  static boolean is(String threadSubject, boolean patch) {
    if (patch) {
      return false;
    }
    String subject = SUBJECTS.withoutPrefixes(threadSubject).toLowerCase(Locale.ROOT).strip();
    while (subject.startsWith("[")) {
      int close = subject.indexOf(']');
      if (close < 0) {
        break;
      }
      String tag = subject.substring(1, close);
      if (tag.contains("patch") || tag.contains("rfc")) {
        return false;
      }
      for (String w : tag.split("[^a-z]+")) {
        if (MARKERS.contains(w)) {
          return true;
        }
      }
      subject = subject.substring(close + 1).strip();
    }
    int colon = subject.indexOf(':');
    if (colon > 0 && MARKERS.contains(subject.substring(0, colon).strip())) {
      return true;
    }
    for (String n : CALLED_FOR) {
      if (subject.contains("call for " + n)) {
        return true;
      }
    }
    return false;
  }
}
