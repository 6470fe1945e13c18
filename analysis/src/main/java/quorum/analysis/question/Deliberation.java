package quorum.analysis.question;

import java.util.Set;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * "How can we fix that?", "Do we want to change that?", "What should we as a community be
 * providing?": a question the opener of a thread puts to everyone about what "we" should do
 * asks for the outcome of the discussion it opens. Each reply gives one participant's view
 * of it; none settles it for the group, so the question stays open with its responses.
 */
final class Deliberation {
  private Deliberation() {}

  /** Words that make "we" weigh a course of action: a modal, or "want"/"need". */
  private static final Set<String> WEIGHING = Set.of("want", "need");

  /** Whether {@code a} is such a question: asked in the thread's first message. */
  static boolean asksTheGroup(ThreadView view, Asked a) {
    boolean opener = view.root().filter(r -> r.key().equals(a.turn().key())).isPresent();
    return opener && weighsACourse(a.sentence());
  }

  /**
   * Whether {@code s} asks what we should do: a "what"/"how" or a "do" with "we" as its
   * subject within the next three words and a modal or "want"/"need" next to it ("what can we
   * do", "how can we fix", "do we want"). "Can we at least agree on ...?" proposes one course
   * and asks for assent, which a reply can give.
   */
  static boolean weighsACourse(Sentence s) {
    for (Token t : s.tokens()) {
      boolean lead = t.lowerWord().equals("what") || t.lowerWord().equals("how")
          || t.lowerWord().equals("do");
      if (!lead) {
        continue;
      }
      for (int k = t.index() + 1; k <= Math.min(s.size(), t.index() + 3); k++) {
        if (!s.token(k).lowerWord().equals("we")) {
          continue;
        }
        boolean before = s.token(k - 1).isModal();
        boolean after = k + 1 <= s.size() && (s.token(k + 1).isModal()
            || WEIGHING.contains(s.token(k + 1).lower()));
        if (before || after) {
          return true;
        }
      }
    }
    return false;
  }
}
