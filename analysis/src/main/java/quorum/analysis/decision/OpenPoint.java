package quorum.analysis.decision;

import java.util.Set;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Whether an unanswered question leaves a point of the debate open, or only asked for
 * something a debate does not decide: a fact ("Which firmware version do the boards run?",
 * "How does a reviewer enter review data?") or an errand for the addressee ("Can you give an
 * example?", "Could you share the logs?"). A question about what to do stays open: "why",
 * "what about X", a "should" ("What process should we use?", "When do vendors need to share an ABI?"), and yes/no questions
 * ("Are we banning new helpers?", "Would you accept 2.5.0?").
 */
final class OpenPoint {
  private OpenPoint() {}

  /** Verbs after "can you" / "would you" that ask for a decision, not an errand. */
  private static final Set<String> DECIDING = Set.of("accept", "take", "agree", "consider",
      "object", "mind", "prefer", "support", "merge", "apply", "allow", "want", "rather", "be",
      "live", "ack", "approve", "reconsider");

  static boolean leftOpen(Sentence s) {
    return !asksForFacts(s) && !asksAnErrand(s) && !asksHowThingsAre(s) && !checksReading(s);
  }

  /**
   * "Does it ignore them completely?", "Were these all tool submissions?", "Can eBPF provide
   * that?", "Does anybody want to own the script?": a yes/no question opening with "do",
   * "be", "have" or "can" about a third party asks how things are, which a fact answers; not
   * one about us or you ("Are we banning new helpers?", "Can we define a tag?"), "is there
   * ...", or one that weighs the thing ("Is X even the right word?", "Is the MUST needed?").
   */
  static boolean asksHowThingsAre(Sentence s) {
    int at = 1;
    while (at <= s.size() && (s.token(at).isPunct()
        || Lexicon.OPENERS.contains(s.token(at).lowerWord()))) {
      at++;
    }
    if (at + 1 > s.size() || !FACT_AUX.contains(s.token(at).lower())) {
      return false;
    }
    if (PARTIES.contains(s.token(at + 1).lowerWord())) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (WEIGHING.contains(t.lowerWord()) || t.lowerWord().equals("should")) {
        return false;
      }
    }
    return true;
  }

  /** Auxiliaries by lemma that open a yes/no question about how things are. */
  private static final Set<String> FACT_AUX = Set.of("do", "be", "have", "can");

  /** Subjects that make the question one about what the debaters do. */
  private static final Set<String> PARTIES = Set.of("we", "you", "i", "us", "there", "n't",
      "not");

  /** Words by which a question weighs something rather than asking how it is. */
  private static final Set<String> WEIGHING = Set.of("right", "wrong", "better", "worse",
      "necessary", "needed", "need", "worth", "acceptable", "ok", "okay", "fine", "enough",
      "appropriate", "sufficient", "reasonable", "sensible", "required", "too");

  /**
   * "I don't know if it's a limitation of the UI only", "Not sure if that is a useful
   * direction": an indirect question whose embedded question is yes/no ("if", "whether")
   * voices the writer's doubt; one embedding "why", "who", "what" ("I'm not sure why the
   * document needs that line") challenges a point that stays open.
   */
  static boolean voicesDoubt(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lowerWord();
      if (w.equals("if") || w.equals("whether")) {
        return true;
      }
      if (t.isWh()) {
        return false;
      }
    }
    return false;
  }

  /** "Unless I misunderstood how far it goes?": a check of the asker's own reading. */
  static boolean checksReading(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isPunct() || Lexicon.OPENERS.contains(t.lowerWord())) {
        continue;
      }
      return t.lowerWord().equals("unless");
    }
    return false;
  }

  /**
   * A wh-question other than "why" and "what/how about": the first wh-word comes before any
   * verb, and no "should"/"shall" asks what ought to be done.
   */
  static boolean asksForFacts(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lowerWord();
      if (w.equals("should") || w.equals("shall") || t.lower().equals("need")) {
        return false;
      }
    }
    for (int i = lastClause(s); i <= s.size(); i++) {
      Token t = s.token(i);
      if (t.isPunct() || Lexicon.OPENERS.contains(t.lowerWord())) {
        continue;
      }
      if (t.isWh()) {
        String next = i < s.size() ? s.token(i + 1).lowerWord() : "";
        return !t.lowerWord().equals("why") && !next.equals("about");
      }
      if (t.isVerb() || t.isModal()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Do we have numbers on ...?", "Is there a list of ...?", "Any specific tag we can use?":
   * a yes/no question whether
   * something exists, which a fact answers and no one agrees to.
   */
  static boolean asksWhatExists(Sentence s) {
    int at = lastClause(s);
    while (at <= s.size() && (s.token(at).isPunct()
        || Lexicon.OPENERS.contains(s.token(at).lowerWord()))) {
      at++;
    }
    if (at <= s.size() && s.token(at).lowerWord().equals("any")) {
      return true; // "Any specific format we can use?"
    }
    if (at + 2 > s.size()) {
      return false;
    }
    String first = s.token(at).lower();
    String second = s.token(at + 1).lowerWord();
    String third = s.token(at + 2).lower();
    return first.equals("be") && second.equals("there")
        || first.equals("do") && (second.equals("we") || second.equals("you")) && third.equals("have");
  }

  /** Where the asking clause starts: after the last colon ("What I care about is X: is there ...?"). */
  private static int lastClause(Sentence s) {
    int from = 1;
    for (int i = 1; i < s.size(); i++) {
      if (s.token(i).word().equals(":")) {
        from = i + 1;
      }
    }
    return from;
  }

  /** "Can you try that approach?", "Zoe, could you share ...": a modal, "you", an errand verb. */
  static boolean asksAnErrand(Sentence s) {
    for (int i = 1; i + 2 <= s.size(); i++) {
      Token m = s.token(i);
      String mw = m.lowerWord();
      if (!(mw.equals("can") || mw.equals("could") || mw.equals("would") || mw.equals("will"))
          || !s.token(i + 1).lowerWord().equals("you")) {
        continue;
      }
      Token v = s.token(i + 2);
      if (v.lowerWord().equals("please") && i + 3 <= s.size()) {
        v = s.token(i + 3);
      }
      return v.isVerb() && !DECIDING.contains(v.lower());
    }
    return false;
  }
}
