package quorum.analysis.question;

import java.util.List;
import java.util.Set;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;

/**
 * A question its asker answers at once, in the next sentence of the same paragraph: "...and now
 * it needs careful review from multiple people? No.", "Why? It is expected." It asks nothing
 * of the others: it is rhetorical, and settled by the asker.
 */
final class SelfAnswer {
  /** Words an answer opens with. */
  private static final Set<String> ANSWER_WORDS = Set.of("no", "nope", "yes", "because");

  /** A short statement that answers a bare "Why?" ("It is expected."), in tokens at most. */
  private static final int SHORT_ANSWER = 8;

  private final QuestionForms forms = new QuestionForms();

  /**
   * The sentence of {@code ss} after the question at {@code i} that answers it, or null.
   * {@code own} is the message's own text, to tell paragraphs apart.
   */
  Sentence of(List<Sentence> ss, int i, String own) {
    if (i + 1 >= ss.size()) {
      return null;
    }
    Sentence q = ss.get(i);
    Sentence next = ss.get(i + 1);
    if (next.size() == 0 || !QuestionFinder.sameParagraph(own, q, next)
        || forms.classify(next).isPresent()) {
      return null;
    }
    if (ANSWER_WORDS.contains(next.token(1).lowerWord())) {
      return next;
    }
    boolean bareWh = Words.content(q.text()).size() < 2 && AnswerKind.of(q) == AnswerKind.CONTENT;
    return bareWh && next.size() <= SHORT_ANSWER ? next : null;
  }
}
