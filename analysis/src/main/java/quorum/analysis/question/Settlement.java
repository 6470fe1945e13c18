package quorum.analysis.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Lexicon;
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

  private static boolean defers(Sentence s) {
    for (List<String> p : Lexicon.NON_RESOLVING) {
      if (s.findLemmas(p) > 0) {
        return true;
      }
    }
    return false;
  }
}
