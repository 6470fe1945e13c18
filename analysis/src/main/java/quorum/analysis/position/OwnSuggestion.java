package quorum.analysis.position;

import java.util.Optional;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Stance;

/**
 * A suggestion the speaker makes in a statement: "We could add a RETIRED file", "I'd keep
 * it", "I would suggest dropping the flag", "Let's enable it too", "What about doing an
 * annual probe." A speaker who proposes a course of action supports it; "we shouldn't add
 * X" and "let's not X" oppose it. Read from the parse: the root is an action verb whose
 * subject is the speaker ("I", "we") under a modal of suggestion, or the complement of
 * "let's", or the gerund after a "what/how about" that is not asked as a question.
 */
final class OwnSuggestion {
  private OwnSuggestion() {}

  /** Modals with which a speaker puts a course of action forward. */
  private static final Set<String> SUGGESTING = Set.of("would", "'d", "could", "should");

  /**
   * Verbs that do not name an action on the thing discussed: opinion, perception, states
   * ("I'd think", "we could see", "I would be ..."), and talk about talk ("let's discuss").
   */
  private static final Set<String> NOT_ACTIONS = Set.of("be", "have", "think", "believe", "say",
      "guess", "know", "see", "wonder", "hope", "imagine", "expect", "assume", "suppose", "feel",
      "seem", "look", "discuss", "talk", "wait", "ask", "mean", "need", "want", "get", "understand",
      "agree", "like", "love", "prefer", "appreciate", "remember", "note", "reply", "respond",
      "answer", "happen", "do");

  /** The stance of a suggestion in {@code s}, if it makes one. */
  static Optional<Stance> of(Sentence s) {
    if (s.size() < 2) {
      return Optional.empty();
    }
    int root = s.root();
    if (root < 1) {
      return Optional.empty();
    }
    Token r = s.token(root);
    if (r.lower().equals("let")) {
      return letUs(s, root);
    }
    if (whatAboutDoing(s)) {
      return Optional.of(Stance.SUPPORT);
    }
    // "I should have kept reading" (a perfect participle), not the "has to" of "nobody has to"
    boolean counterfactual = r.tag().equals("VBN") && s.children(root, "aux").stream()
        .anyMatch(a -> s.token(a).lower().equals("have"));
    if (counterfactual) {
      return Optional.empty();
    }
    if (statesARule(s)) {
      return Optional.of(Stance.SUPPORT);
    }
    Optional<Stance> main = suggestedAt(s, root);
    if (main.isPresent()) {
      return main;
    }
    // "Nobody has to remember: I'd add a table of removal dates": the clause after a colon
    // or semicolon says what the speaker would do about the point before it
    for (int c : s.children(root, "parataxis")) {
      if (c > 1 && (s.token(c - 1).word().equals(":") || s.token(c - 1).word().equals(";")
          || precededByBreak(s, c))) {
        Optional<Stance> st = suggestedAt(s, c);
        if (st.isPresent()) {
          return st;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a ":" or ";" stands between the root and the clause headed at {@code c}. */
  private static boolean precededByBreak(Sentence s, int c) {
    for (int i = Math.min(s.root(), c) + 1; i < c; i++) {
      String w = s.token(i).word();
      if (w.equals(":") || w.equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** The stance of the action verb at {@code v}, when the speaker puts it forward. */
  private static Optional<Stance> suggestedAt(Sentence s, int v) {
    Token r = s.token(v);
    if (!r.isVerb() || NOT_ACTIONS.contains(r.lower())) {
      return Optional.empty();
    }
    Optional<Integer> subj = s.subject(v);
    if (subj.isEmpty() || !isSpeaker(s.token(subj.get()).lowerWord())) {
      return Optional.empty();
    }
    boolean suggesting = s.modals(v).stream().anyMatch(SUGGESTING::contains) || wouldContracted(s, v);
    if (!suggesting) {
      return Optional.empty();
    }
    return Optional.of(s.isNegated(v) ? Stance.OPPOSE : Stance.SUPPORT);
  }

  /**
   * "I'd add": a contracted "'d" before a bare verb is "would", even where the tagger took it
   * for the "had" of a past tense (which a bare verb cannot follow).
   */
  private static boolean wouldContracted(Sentence s, int v) {
    if (!s.token(v).tag().equals("VB")) {
      return false;
    }
    for (int a : s.children(v, "aux")) {
      if (s.token(a).lowerWord().equals("'d")) {
        return true;
      }
    }
    return false;
  }

  /** Modals of obligation: what ought to be ("it should be a MUST", "callers SHOULD check"). */
  private static final Set<String> OUGHT = Set.of("should", "must", "shall");

  /**
   * "New functions SHOULD return a negative errno", "it should be a MUST": a statement of
   * what ought to be about anything but the speaker puts that rule forward, a negated one
   * ("the API MUST NOT change") too: the negation is part of the rule. Not a hedged one
   * ("should probably"), and not about "I" or "we" (a suggestion, read apart).
   */
  static boolean statesARule(Sentence s) {
    int root = s.root();
    if (root < 1 || s.children(root, "aux").stream()
        .anyMatch(a -> s.token(a).lower().equals("have"))) {
      return false;
    }
    boolean ought = false;
    for (int a : s.children(root, "aux")) {
      ought |= OUGHT.contains(s.token(a).lowerWord());
    }
    if (!ought) {
      return false;
    }
    Optional<Integer> subj = s.subject(root);
    if (subj.isEmpty() || isSpeaker(s.token(subj.get()).lowerWord())) {
      return false;
    }
    for (int m : s.children(root, "advmod")) {
      if (EvaluativeWords.HEDGE_ADVERBS.contains(s.token(m).lowerWord())) {
        return false;
      }
    }
    Token r = s.token(root);
    return !NOT_ACTIONS.contains(r.lower()) || r.lower().equals("be");
  }

  /** "Let's enable it too", "let us not rush this": the action after "let's". */
  private static Optional<Stance> letUs(Sentence s, int let) {
    for (int c : s.children(let, "xcomp", "ccomp")) {
      Token v = s.token(c);
      if (v.lowerWord().equals("not") && s.children(c, "obj", "xcomp", "ccomp").isEmpty()) {
        return Optional.of(Stance.OPPOSE); // "Let's not."
      }
      boolean us = false;
      // the parser hangs "'s" on "let" or makes it the subject of the verb after it
      for (int o : s.children(let, "obj", "nsubj")) {
        us |= isUs(s.token(o).lowerWord());
      }
      us |= s.subject(c).map(i -> isUs(s.token(i).lowerWord())).orElse(false);
      if (us && v.isVerb() && !NOT_ACTIONS.contains(v.lower())) {
        return Optional.of(s.isNegated(c) || s.isNegated(let) ? Stance.OPPOSE : Stance.SUPPORT);
      }
    }
    return Optional.empty();
  }

  private static boolean isUs(String w) {
    return w.equals("'s") || w.equals("us");
  }

  /** "What about doing X." said as a statement (a question is the question finder's). */
  private static boolean whatAboutDoing(Sentence s) {
    int at = s.findLemmas(java.util.List.of("what", "about"));
    if (at < 0) {
      at = s.findLemmas(java.util.List.of("how", "about"));
    }
    return at >= 1 && at <= 2 && at + 2 <= s.size() && s.token(at + 2).tag().equals("VBG");
  }

  private static boolean isSpeaker(String w) {
    return w.equals("i") || w.equals("we");
  }
}
