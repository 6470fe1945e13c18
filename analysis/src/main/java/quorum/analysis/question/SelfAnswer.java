package quorum.analysis.question;

import java.util.List;
import java.util.Set;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;

/**
 * A question its asker answers at once, in the next sentence of the same paragraph: "...and now
 * it needs careful review from multiple people? No.", "Why? It is expected." Or a list of
 * questions the asker works through, each item followed by a paragraph of its own ("- Who will
 * decide?" / "I'd say the maintainers who took it." / "- How is it documented?" / "In the patch
 * that drops it."): the questions lay out the points and the paragraphs answer them. Either way
 * it asks nothing of the others: it is rhetorical, and settled by the asker.
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
      return Settlement.defers(next) ? null : next; // "No idea, ...": see admitsNotKnowing
    }
    boolean bareWh = Words.content(q.text()).size() < 2 && AnswerKind.of(q) == AnswerKind.CONTENT;
    return bareWh && next.size() <= SHORT_ANSWER ? next : null;
  }

  /**
   * Whether the asker goes on, in the next sentence of the paragraph, to say the question has
   * no answer yet: "I wonder if people feel the same way about my areas? No idea, nobody says."
   * The question is put to no one (rhetorical), and it stays open: not knowing answers nothing.
   */
  boolean admitsNotKnowing(List<Sentence> ss, int i, String own) {
    if (i + 1 >= ss.size()) {
      return false;
    }
    Sentence next = ss.get(i + 1);
    return next.size() > 0 && QuestionFinder.sameParagraph(own, ss.get(i), next)
        && ANSWER_WORDS.contains(next.token(1).lowerWord()) && Settlement.defers(next);
  }

  /**
   * The first sentence of the paragraph that answers the list item at {@code i} when the asker
   * lays out questions and answers in turn, or null. At least two items must stand so, one
   * paragraph after each: a single question followed by a paragraph explains why it is asked
   * as often as it answers it, and a list of questions with one paragraph after the whole list
   * asks them all.
   */
  Sentence inLayout(List<Sentence> ss, int i, String own) {
    if (!itemAnsweredBelow(ss, i, own)) {
      return null;
    }
    for (int j = 0; j < ss.size(); j++) {
      if (j != i && itemAnsweredBelow(ss, j, own)) {
        return ss.get(i + 1);
      }
    }
    return null;
  }

  /**
   * Whether the sentence at {@code i} is a question set as a list item alone in its paragraph,
   * with a statement of at least three content words opening the next paragraph (a sign-off
   * such as "thanks," answers nothing).
   */
  private boolean itemAnsweredBelow(List<Sentence> ss, int i, String own) {
    if (i + 1 >= ss.size()) {
      return false;
    }
    Sentence q = ss.get(i);
    Sentence next = ss.get(i + 1);
    if (!QuestionFinder.listItem(q) || forms.classify(q).isEmpty()
        || forms.classify(next).isPresent() || Words.content(next.text()).size() < 3) {
      return false;
    }
    boolean startsParagraph = i == 0 || !QuestionFinder.sameParagraph(own, ss.get(i - 1), q);
    return startsParagraph && !QuestionFinder.sameParagraph(own, q, next);
  }
}
