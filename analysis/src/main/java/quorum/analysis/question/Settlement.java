package quorum.analysis.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.mail.QuestionForm;

/**
 * Whether a block that responds to a question settles it. It does when it opens on an
 * answer word ("Yes", "No", "Right", "Because ..."), or says anything that is not itself a
 * question; it does not when it takes the question up without settling it ("Good question",
 * "not sure", "no strong opinion", "out of scope for now", "let's discuss"), or only asks
 * back. A doubt raised later in the block about something else ("I'm not sure why X, though")
 * asks a new question and leaves the answer before it standing.
 */
final class Settlement {
  private static final Set<String> ANSWER_OPENERS = Set.of("no", "nope", "because", "since");

  private final QuestionForms forms = new QuestionForms();

  boolean settles(Block rb) {
    List<Sentence> ss = rb.sentences();
    if (ss.isEmpty()) {
      return false;
    }
    Sentence first = ss.get(0);
    if (defers(first)) {
      return false;
    }
    String opener = first.tokens().isEmpty() ? "" : first.token(1).lowerWord();
    if (Lexicon.CONCEDE.contains(opener) || ANSWER_OPENERS.contains(opener)) {
      return true;
    }
    if (saysNothing(ss)) {
      return false; // "Huh."
    }
    boolean onlyQuestions = true;
    for (int i = 0; i < ss.size(); i++) {
      Sentence s = ss.get(i);
      Optional<QuestionForm> f = forms.classify(s);
      boolean asks = f.isPresent() && f.get() != QuestionForm.RHETORICAL;
      if (defers(s) && (i == 0 || !asks)) {
        return false;
      }
      if (!asks) {
        onlyQuestions = false;
      }
    }
    return !onlyQuestions;
  }

  /** A block of fewer than two content words that opens on no answer word: an interjection. */
  private static boolean saysNothing(List<Sentence> ss) {
    StringBuilder sb = new StringBuilder();
    ss.forEach(s -> sb.append(s.text()).append(' '));
    return Words.content(sb.toString()).size() < 2;
  }

  /**
   * Whether {@code s} takes the question up without settling it. "I don't know anything about
   * Tim's case, but I've run into issues best fixed in the core": a doubt followed by "but"
   * and a clause of its own answers after all.
   */
  private static boolean defers(Sentence s) {
    for (List<String> p : Lexicon.NON_RESOLVING) {
      int at = s.findLemmas(p);
      if (at > 0 && !answersAfterBut(s, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean answersAfterBut(Sentence s, int from) {
    for (int i = from + 1; i <= s.size(); i++) {
      if (s.token(i).lowerWord().equals("but")) {
        int rest = 0;
        for (int k = i + 1; k <= s.size(); k++) {
          if (!s.token(k).isPunct()) {
            rest++;
          }
        }
        return rest >= MIN_ANSWER_CLAUSE && s.findLemmas(List.of("not", "sure")) < i;
      }
    }
    return false;
  }

  /** Words after "but" that make a clause that can answer ("but I'd keep it" is four). */
  private static final int MIN_ANSWER_CLAUSE = 4;
}
