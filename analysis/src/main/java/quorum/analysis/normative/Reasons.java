package quorum.analysis.normative;

import java.util.List;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Why someone put an option forward: the sentence naming it when it gives its own reason
 * ("because", "since", "so that"), else the next sentence of the same block when that one
 * argues (a reason word, or a statement of at least five words, not a question, not naming
 * another wording), else "" (no reason given).
 */
final class Reasons {
  private Reasons() {}

  private static final Set<String> REASON_WORDS = Set.of("because", "since", "as", "given", "cause", "reason", "means", "mean", "ambiguous", "break", "breaks");

  static String why(List<Sentence> block, int i) {
    Sentence s = block.get(i);
    if (argues(s)) {
      return text(s);
    }
    if (i + 1 < block.size()) {
      Sentence next = block.get(i + 1);
      // a next sentence naming another wording is a second option, not this one's reason
      if (!next.text().contains("?") && Debate.named(next).isEmpty()
          && (argues(next) || words(next) >= 5)) {
        return text(next);
      }
    }
    return "";
  }

  /** A reason word used as one: "as" only when it opens a clause (tagged IN before a subject). */
  static boolean argues(Sentence s) {
    for (int i = 1; i <= s.size(); i++) {
      Token t = s.token(i);
      String w = t.lowerWord();
      if (!REASON_WORDS.contains(w) && !REASON_WORDS.contains(t.lower())) {
        continue;
      }
      if (w.equals("as") || w.equals("since")) {
        boolean clause = i < s.size() && (s.token(i + 1).tag().startsWith("PRP")
            || s.token(i + 1).tag().startsWith("NN") || s.token(i + 1).tag().equals("DT"));
        if (!clause) {
          continue;
        }
      }
      return true;
    }
    return s.findLemmas(List.of("so", "that")) > 0;
  }

  private static int words(Sentence s) {
    int n = 0;
    for (Token t : s.tokens()) {
      n += t.isPunct() ? 0 : 1;
    }
    return n;
  }

  private static String text(Sentence s) {
    return s.text().replaceAll("\\s+", " ").strip();
  }
}
