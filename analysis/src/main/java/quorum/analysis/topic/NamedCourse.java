package quorum.analysis.topic;

import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * "The proper fix is to remove the old environment", "Maybe the best would be to give it a
 * cycle or two", "One thing I'd really like to see would be to avoid one mail per version",
 * "One of the things that could be done would be to run the checks in the normal build": a
 * sentence whose predicate is "be to" and a verb puts that course of action forward when its
 * subject names a remedy or a choice (a noun such as "fix" or "option", an adjective of
 * worth such as "best" or "proper"), or a thing the writer wishes for or could do ("one thing
 * I'd like", "the things that could be done"). The parse of such sentences is unreliable (the
 * infinitive is often taken for the root, the subject for a clause of its own), so the shape
 * is read from the words. Not a subject naming an aim or a description ("The goal of this
 * patch is to ...", "The idea is to ..."): that explains what is proposed, it puts nothing
 * new forward; nor a negated "be" ("The fix is not to ...").
 */
final class NamedCourse {
  private NamedCourse() {}

  /** Nouns naming a remedy or a choice ("the fix", "the only option", "the alternative"). */
  private static final Set<String> REMEDY_NOUNS = Set.of("fix", "solution", "answer", "remedy",
      "option", "alternative", "ask", "suggestion");
  /** Adjectives of worth on the subject ("the best", "the proper fix", "the right thing"). */
  private static final Set<String> WORTH_ADJECTIVES = Set.of("best", "better", "proper",
      "right", "correct", "sane", "sensible", "preferable", "ideal", "simplest", "easiest",
      "cleanest", "safest");
  /** Words that make "thing" a wish or a possibility of the writer's ("one thing I'd like"). */
  private static final Set<String> THING_WISHES = Set.of("like", "love", "want", "could", "can",
      "should", "might");

  /** Whether {@code s} puts a course of action forward as "&lt;remedy&gt; is/would be to &lt;verb&gt;". */
  static boolean puts(Sentence s) {
    for (Token t : s.tokens()) {
      int be = t.index();
      if (!t.lower().equals("be") || be + 2 > s.size() || be < 2
          || !s.token(be + 1).lowerWord().equals("to") || negated(s, be)) {
        continue;
      }
      int verb = be + 2;
      while (verb < s.size() && s.token(verb).tag().equals("RB")) {
        verb++; // "is to actually remove"
      }
      if (s.token(verb).tag().equals("VB") && namesARemedy(s, be)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words before {@code be} name a remedy, a choice, or a wished-for thing. */
  private static boolean namesARemedy(Sentence s, int be) {
    boolean thing = false;
    boolean wish = false;
    for (int i = 1; i < be; i++) {
      Token k = s.token(i);
      if (k.tag().startsWith("NN") && REMEDY_NOUNS.contains(k.lower())
          || k.tag().startsWith("JJ") && WORTH_ADJECTIVES.contains(k.lowerWord())) {
        return true;
      }
      thing |= k.tag().startsWith("NN") && k.lower().equals("thing");
      wish |= THING_WISHES.contains(k.lower()) || THING_WISHES.contains(k.lowerWord());
    }
    return thing && wish;
  }

  /** Whether "be" at {@code be} is negated ("is not to", "wouldn't be to"). */
  private static boolean negated(Sentence s, int be) {
    for (int i = Math.max(1, be - 2); i <= Math.min(s.size(), be + 1); i++) {
      String w = s.token(i).lowerWord();
      if (w.equals("not") || w.equals("n't") || w.equals("never")) {
        return true;
      }
    }
    return false;
  }
}
