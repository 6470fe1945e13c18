package quorum.analysis.decision;

import java.util.Locale;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.ThreadView;
import quorum.mail.Patch;

/**
 * A thread opened to put a topic up for discussion ("[TECH TOPIC] ...", "I'd like to propose
 * this as a discussion topic", a session at a summit or a BOF) proposes no change anyone could
 * accept or apply: when nothing settles it, it ends open, not proposed.
 */
final class DiscussionTopic {
  private DiscussionTopic() {}

  /** Words by which a subject tag or a proposing sentence names a topic for discussion. */
  private static final Set<String> TOPIC_WORDS = Set.of("topic", "discuss", "discussion",
      "summit", "bof", "agenda", "session");

  static boolean is(ThreadView view, Issue proposal) {
    boolean patch = view.root().map(r -> r.message().segments().stream()
        .anyMatch(g -> g instanceof Patch && g.depth() == 0)).orElse(false);
    return is(view.discussion().subject(), patch, proposal.text());
  }

  /** The same from the thread's subject, whether its first message carries a patch, and the proposal. */
  static boolean is(String threadSubject, boolean patch, String proposal) {
    if (patch) {
      return false; // a patch proposes a change, whatever discussion it follows up on
    }
    String subject = threadSubject.toLowerCase(Locale.ROOT);
    int close = subject.indexOf(']');
    String tag = subject.startsWith("[") && close > 0 ? subject.substring(0, close) : "";
    if (tag.contains("patch")) {
      return false;
    }
    return mentions(tag) || mentions(proposal.toLowerCase(Locale.ROOT));
  }

  private static boolean mentions(String text) {
    for (String w : text.split("[^a-z]+")) {
      if (TOPIC_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
