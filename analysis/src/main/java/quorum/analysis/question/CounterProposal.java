package quorum.analysis.question;

import java.util.List;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * "I'd much rather see one digest per release.", "If the bot just set a header, it would be
 * easy to filter on it.", "Here's another idea: ...": a reply that opens by putting forward a
 * course of its own argues for something else. Put to a yes/no question ("Could the reports
 * be opt-in?") it says neither yes nor no, so it does not settle it; put to a "what"/"how"
 * question it may be the very answer, which the caller leaves to the other rules. "I had a
 * similar idea" agrees, and "That would be great if ..." rates what was asked.
 */
final class CounterProposal {
  private CounterProposal() {}

  /** Verbs of a wish when "would" goes with them: "I'd like to see", "I would rather". */
  private static final Set<String> WISHING = Set.of("like", "love", "prefer", "rather");

  /** Words that rate a state the speaker imagines: "it would be easy if ...". */
  private static final Set<String> RATING = Set.of("cool", "nice", "better", "easier", "easy",
      "great", "useful", "simpler", "good", "helpful", "best");

  /** Nouns of another option offered: "another idea", "a similar idea", "an alternative". */
  private static final Set<String> OPTIONS = Set.of("idea", "option", "approach", "alternative",
      "suggestion", "proposal");

  /** Whether {@code s} puts forward a course of the speaker's own. */
  static boolean proposes(Sentence s) {
    return wishes(s) || imagines(s) || offersAnother(s);
  }

  /** "I'd really like to see", "we would rather": a first-person wish with "would". */
  private static boolean wishes(Sentence s) {
    for (Token t : s.tokens()) {
      if (!WISHING.contains(t.lowerWord())) {
        continue;
      }
      boolean would = false;
      boolean self = false;
      for (int k = Math.max(1, t.index() - 4); k < t.index(); k++) {
        String w = s.token(k).lowerWord();
        would |= w.equals("would") || w.equals("'d");
        self |= w.equals("i") || w.equals("we");
      }
      if (would && self) {
        return true;
      }
    }
    return false;
  }

  /** "if the mails had a tag, it would be easy ...": a rated state under a condition. */
  private static boolean imagines(Sentence s) {
    int cond = s.findLemmas(List.of("if"));
    if (cond < 1) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (!t.lowerWord().equals("would")) {
        continue;
      }
      int words = 0;
      for (int k = t.index() + 1; k <= s.size() && words < 4; k++) {
        if (RATING.contains(s.token(k).lowerWord())) {
          return !refersBack(s);
        }
        words += s.token(k).isPunct() ? 0 : 1;
      }
    }
    return false;
  }

  /** "That would be great if you could": a rating of what was asked agrees with it. */
  private static boolean refersBack(Sentence s) {
    String w = s.size() == 0 ? "" : s.token(1).lowerWord();
    return w.equals("that") || w.equals("this");
  }

  /** "another idea", "a similar idea", "alternatively", "instead". */
  private static boolean offersAnother(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lowerWord();
      if (w.equals("alternatively") || w.equals("instead")) {
        return true;
      }
      if (OPTIONS.contains(w) && t.index() > 1) {
        String before = s.token(t.index() - 1).lowerWord();
        if (before.equals("another") || before.equals("different")) {
          return true;
        }
      }
    }
    return false;
  }
}
