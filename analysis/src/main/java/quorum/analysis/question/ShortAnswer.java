package quorum.analysis.question;

import java.util.Set;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * A reply sentence that has the shape of an answer to the question above it, read from the
 * parse rather than from a list of phrases. A yes/no question is answered by a clause cut
 * down to its auxiliary ("Also does this apply to next year's vote?" / "It does not.", "We
 * can't.", "Not yet."); a wh-question by a noun phrase ("What would stop us from ...?" /
 * "Nothing, I think.", "Two weeks."). Such an opening settles the question even when the
 * reply goes on to qualify it.
 */
final class ShortAnswer {
  /** Word tokens at most in an elliptical answer; longer ones say more than yes or no. */
  private static final int MAX_WORDS = 5;

  /** Auxiliaries an elliptical answer keeps from the question ("It does not."). */
  private static final Set<String> AUXILIARIES = Set.of("be", "do", "have");

  /** Adverbs that leave a yes or no undecided ("Maybe.", "Possibly not."). */
  private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "possibly");

  /**
   * Nouns that judge the question rather than answer it ("Good idea.", "Fair point."); an
   * assent ("Thanks!", tagged a noun) agrees with it.
   */
  private static final Set<String> REACTIONS = Set.of("idea", "point", "question", "catch",
      "suggestion", "thought");

  /** Verbs of a parenthetical aside ("Nothing, I think."), not the answer's own verb. */
  private static final Set<String> ASIDES = Set.of("think", "guess", "believe", "suppose");

  private ShortAnswer() {}

  /** Whether {@code reply} answers {@code question}, of kind {@code kind}, in short. */
  static boolean answers(AnswerKind kind, Sentence reply) {
    return kind == AnswerKind.POLAR ? echoesAuxiliary(reply) : namesAnswer(reply);
  }

  /**
   * "It does not.", "We can't.", "That is.", "Not yet.": a clause of pronouns, auxiliaries
   * and adverbs only, with an auxiliary or a "not" that carries the yes or no.
   */
  static boolean echoesAuxiliary(Sentence s) {
    int words = 0;
    boolean polarity = false;
    for (Token t : s.tokens()) {
      if (t.isPunct()) {
        continue;
      }
      if (++words > MAX_WORDS || HEDGES.contains(t.lowerWord())) {
        return false;
      }
      String tag = t.tag();
      if (t.isModal() || t.isVerb() && AUXILIARIES.contains(t.lower())) {
        polarity = true;
      } else if (tag.startsWith("RB")) {
        polarity |= t.lowerWord().equals("not") || t.lowerWord().equals("n't")
            || t.lowerWord().equals("never");
      } else if (!tag.equals("PRP") && !tag.equals("DT") && !tag.equals("EX")) {
        return false;
      }
    }
    return polarity && !endsAsking(s);
  }

  /**
   * "Nothing, I think.", "Two weeks.", "The maintainer.": a noun phrase with no verb of its
   * own (an "I think" aside aside), at most {@link #MAX_WORDS} words.
   */
  static boolean namesAnswer(Sentence s) {
    int words = 0;
    boolean nominal = false;
    for (Token t : s.tokens()) {
      if (t.isPunct()) {
        if (t.word().startsWith("+")) {
          return false; // "+1" agrees, it names nothing
        }
        continue;
      }
      if (++words > MAX_WORDS) {
        return false;
      }
      String tag = t.tag();
      if (t.isVerb() || t.isModal()) {
        if (!aside(s, t)) {
          return false;
        }
      } else if (REACTIONS.contains(t.lower()) || Lexicon.CONCEDE.contains(t.lowerWord())) {
        return false;
      } else if (tag.startsWith("NN") || tag.equals("CD")
          || tag.equals("PRP") && !aside(s, t)) {
        nominal = true;
      } else if (tag.equals("UH")) {
        return false; // "Thanks!", "Yes." agree; they do not name anything
      }
    }
    return nominal && !endsAsking(s);
  }

  /** Whether {@code t} is part of an "I think" aside: the verb, or its subject "I". */
  private static boolean aside(Sentence s, Token t) {
    if (t.isVerb()) {
      return ASIDES.contains(t.lower()) && s.children(t.index(), "nsubj").stream()
          .anyMatch(i -> s.token(i).lowerWord().equals("i"));
    }
    if (t.lowerWord().equals("i") && t.index() < s.size()) {
      Token next = s.token(t.index() + 1);
      return next.isVerb() && ASIDES.contains(next.lower());
    }
    return false;
  }

  private static boolean endsAsking(Sentence s) {
    return s.text().strip().endsWith("?");
  }
}
