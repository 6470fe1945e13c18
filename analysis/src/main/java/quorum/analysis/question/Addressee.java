package quorum.analysis.question;

import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * A question about the person it is put to: "Are you looking for a way to unload the
 * driver?", "Do you have patches today?". Only that person knows their own aims, plans and
 * means, so a third participant's remark under it comments on it without settling it. "Do
 * you think ...", "Do you know ..." ask about the matter, not the person, and anyone may
 * answer them.
 */
final class Addressee {
  /** Verbs that ask for a view or knowledge of the matter, which anyone can give. */
  private static final Set<String> ABOUT_THE_MATTER = Set.of("think", "believe", "feel",
      "agree", "know", "see", "suppose", "guess", "expect", "consider", "remember", "recall");

  private Addressee() {}

  /**
   * Whether {@code question} is put in the second person: "Are you aware of a rule I could
   * read?", "Could you share your script?", "Do you think it still works?". It asks the person
   * the asker replied to, for what they know, think or have, and a third participant's reply
   * takes it up without speaking for them. Wider than {@link #asksAboutThem}: on the
   * development threads a bystander's reply to "Do you think ...?" left the question open
   * for the labellers as often as it settled it.
   */
  static boolean putToThem(Sentence question) {
    for (Token t : question.tokens()) {
      if (SECOND_PERSON.contains(t.lowerWord())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SECOND_PERSON = Set.of("you", "your");

  /**
   * Whether {@code question}'s main clause has "you" for subject, asking about the person.
   * "You" must be the first nominal: in "Are there drivers you can point to?" it belongs to a
   * relative clause, which the parser may still hang at the root.
   */
  static boolean asksAboutThem(Sentence question) {
    for (Token t : question.tokens()) {
      if (t.tag().startsWith("NN") || t.tag().equals("EX") || t.lowerWord().equals("there")) {
        return false;
      }
      if (!t.lowerWord().equals("you")) {
        continue;
      }
      var head = question.head(t.index());
      if (head.isEmpty() || !head.get().base().equals("nsubj")) {
        continue;
      }
      int verb = head.get().governor();
      if (verb < 1 || question.head(verb).map(d -> d.governor() != 0).orElse(true)) {
        continue; // "you" of a clause inside the question ("drivers you can point to")
      }
      return !ABOUT_THE_MATTER.contains(question.token(verb).lower());
    }
    return false;
  }
}
