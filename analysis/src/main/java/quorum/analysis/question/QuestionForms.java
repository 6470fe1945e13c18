package quorum.analysis.question;

import java.util.List;
import java.util.Optional;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.QuestionForm;

/**
 * Decides whether one sentence asks something and how. Rules, in order:
 * <ol>
 *   <li>rhetorical: a fixed rhetorical phrase, or a second-person yes/no question with a
 *       negated conjunct ("Did you check ... and didn't find ...?");</li>
 *   <li>suggestion-as-question: a question opening with a subjectless modal ("Might be worth
 *       it to ...?") or a proposing phrase ("why not", "how about", "should we", "worth");</li>
 *   <li>direct: a question mark closing a clause with interrogative syntax (wh-word or
 *       inverted auxiliary), or ending a full sentence; a "?" inside a parenthetical fragment
 *       ("(and probably the kernel too?)") marks doubt, not a question;</li>
 *   <li>indirect: no question mark, a first-person uncertainty predicate followed by a
 *       wh-word or if/whether ("I'm not sure why it exists", "I wonder whether").</li>
 * </ol>
 */
public final class QuestionForms {
  public Optional<QuestionForm> classify(Sentence s) {
    int q = questionMark(s);
    if (q > 0) {
      int start = interrogativeStart(s, q);
      boolean parenthetical = inParentheses(s, q);
      if (start < 0 && (parenthetical || q < s.size() - 1 && !closesSentence(s, q))) {
        return Optional.empty();
      }
      if (isRhetorical(s, start)) {
        return Optional.of(QuestionForm.RHETORICAL);
      }
      if (isSuggestion(s, start)) {
        return Optional.of(QuestionForm.SUGGESTION_AS_QUESTION);
      }
      return Optional.of(QuestionForm.DIRECT);
    }
    return isIndirect(s) ? Optional.of(QuestionForm.INDIRECT) : Optional.empty();
  }

  /** The index of the first "?" token, or 0. */
  private static int questionMark(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.word().equals("?") || t.word().endsWith("?") && t.isPunct()) {
        return t.index();
      }
    }
    return 0;
  }

  private static boolean closesSentence(Sentence s, int q) {
    for (int i = q + 1; i <= s.size(); i++) {
      if (!s.token(i).isPunct()) {
        return false;
      }
    }
    return true;
  }

  private static boolean inParentheses(Sentence s, int q) {
    for (int i = q - 1; i >= 1; i--) {
      String w = s.token(i).word();
      if (w.equals("(") || w.equals("-LRB-")) {
        return true;
      }
      if (w.equals(")") || w.equals("-RRB-")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The first token of an interrogative clause before {@code q}: at the sentence start or
   * after a comma, semicolon, colon or parenthesis, discourse openers skipped; -1 if none.
   */
  static int interrogativeStart(Sentence s, int q) {
    for (int i = 1; i < q; i++) {
      boolean clauseStart = i == 1 || isBoundary(s.token(i - 1));
      if (!clauseStart) {
        continue;
      }
      int j = i;
      while (j < q && (Lexicon.OPENERS.contains(s.token(j).lowerWord()) || s.token(j).isPunct())) {
        j++;
      }
      if (j < q && isInterrogative(s, j, q)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isBoundary(Token t) {
    String w = t.word();
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals("-LRB-")
        || w.equals("--") || w.equals("-");
  }

  private static boolean isInterrogative(Sentence s, int j, int q) {
    Token t = s.token(j);
    if (t.isWh() && !t.lowerWord().equals("that")) {
      return true;
    }
    if (t.isModal() || Lexicon.QUESTION_AUX.contains(t.lowerWord())) {
      if (t.isModal() && j + 1 < q && s.token(j + 1).isVerb()) {
        return true; // subjectless modal: "Might be worth it ...?"
      }
      for (int k = j + 1; k < Math.min(q, j + 4); k++) {
        String tag = s.token(k).tag();
        if (tag.equals("PRP") || tag.equals("EX") || tag.startsWith("NN") || tag.equals("DT")) {
          return true;
        }
        if (!tag.equals("RB") && !tag.equals("JJ") && !tag.equals("PRP$")) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean isRhetorical(Sentence s, int start) {
    for (List<String> p : Lexicon.RHETORICAL) {
      if (s.findLemmas(p) > 0) {
        return true;
      }
    }
    if (start < 1) {
      return false;
    }
    Token first = s.token(start);
    boolean secondPerson = start + 1 <= s.size() && s.token(start + 1).lowerWord().equals("you");
    if (!secondPerson || !(first.lower().equals("do") || first.lower().equals("have"))) {
      return false;
    }
    for (int i = start + 2; i <= s.size(); i++) {
      if (s.token(i).isVerb() && s.isNegated(i)) {
        return true; // "Did you do X and didn't find Y?"
      }
    }
    return false;
  }

  private static boolean isSuggestion(Sentence s, int start) {
    if (start >= 1) {
      Token first = s.token(start);
      if (first.isModal() && start + 1 <= s.size() && s.token(start + 1).isVerb()) {
        return true;
      }
      if (first.isModal() && start + 1 <= s.size()
          && List.of("we", "it", "i").contains(s.token(start + 1).lowerWord())
          && !first.lowerWord().equals("will") && !first.lowerWord().equals("must")) {
        return true;
      }
    }
    for (List<String> p : Lexicon.SUGGESTION_QUESTION) {
      int at = s.findLemmas(p);
      if (at > 0 && (start < 1 || at >= start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndirect(Sentence s) {
    for (Token t : s.tokens()) {
      String l = t.lower();
      boolean negated = Lexicon.UNCERTAIN_NEGATED.contains(l) && (s.isNegated(t.index())
          || t.index() > 1 && isNot(s.token(t.index() - 1))
          || t.index() > 2 && isNot(s.token(t.index() - 2)));
      boolean plain = Lexicon.UNCERTAIN_PLAIN.contains(l) || Lexicon.UNCERTAIN_PLAIN.contains(t.lowerWord());
      if ((negated || plain) && followedByWh(s, t.index()) && firstPersonOrExpletive(s, t.index())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNot(Token t) {
    return t.lowerWord().equals("not") || t.lowerWord().equals("n't");
  }

  private static boolean followedByWh(Sentence s, int i) {
    for (int k = i + 1; k <= Math.min(s.size(), i + 2); k++) {
      String w = s.token(k).lowerWord();
      if (Lexicon.WH.contains(w)) {
        return true;
      }
      if (!w.equals("about") && !w.equals("of") && !w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean firstPersonOrExpletive(Sentence s, int i) {
    for (int k = Math.max(1, i - 4); k < i; k++) {
      String w = s.token(k).lowerWord();
      if (w.equals("i") || w.equals("we") || w.equals("it") || w.equals("'m") || w.equals("am")) {
        return true;
      }
    }
    return false;
  }
}
