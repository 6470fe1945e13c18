package quorum.analysis.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * A question put to a proposal that doubts it can cope: "Can it also handle sparse files?",
 * "Will that do the right thing for renamed files?", "Does this break big-endian?", "What
 * happens if the daemon restarts?", "What would stop a user from ...?". Asked under a quote of
 * the proposal, such a question is a reservation (a concern), not a neutral request for
 * information. Questions to the people ("Could you add ...?", "Can we ...?") ask or propose,
 * and are left to the question finder.
 */
final class ConcernQuestion {
  private ConcernQuestion() {}

  /** Auxiliaries that open a yes/no question about what the thing will do. */
  private static final Set<String> ABILITY_AUX = Set.of("can", "could", "will", "would", "does",
      "do", "is", "are", "wo", "ca", "doesn't", "won't", "can't", "isn't");

  /** Subjects that are the people in the thread, not the thing proposed. */
  private static final Set<String> PEOPLE = Set.of("i", "we", "you", "anyone", "somebody",
      "someone", "anybody");

  /** Discourse openers skipped before the question proper ("But will it ...?"). */
  private static final Set<String> OPENERS = Set.of("but", "and", "so", "also", "then", "ok",
      "okay", "hmm", "however", "now", "well", ",");

  /**
   * Verbs of a wh-question that asks what could go wrong ("what happens if ...", "what would
   * prevent ...", "how does this cope with ...").
   */
  private static final Set<String> OUTCOME_VERBS = Set.of("happen", "prevent", "stop", "keep",
      "guarantee", "ensure", "handle", "cope", "deal", "interact");

  /** Verbs by which a question asks a talk or document to take in more. */
  private static final Set<String> SCOPE_VERBS = Set.of("include", "cover", "discuss",
      "mention", "describe", "address", "touch");

  /**
   * "Could this also include lessons learnt from upstreaming vendor drivers?": a question
   * that asks the proposal to take in more ("also" with a verb of covering) wants more of
   * it, which supports it, rather than doubting it can cope.
   */
  static boolean widens(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isVerb() && SCOPE_VERBS.contains(t.lower()) && s.children(t.index(), "advmod")
          .stream().anyMatch(m -> s.token(m).lowerWord().equals("also"))) {
        return true;
      }
    }
    return false;
  }

  static boolean raises(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lowerWord();
      if (w.equals("you") || w.equals("your")) {
        return false; // "Does that work for you?", "Is that what you meant?" ask the person
      }
    }
    int i = 1;
    while (i <= s.size() && OPENERS.contains(s.token(i).lowerWord())) {
      i++;
    }
    if (i > s.size() - 2) {
      return false;
    }
    Token first = s.token(i);
    String w = first.lowerWord();
    if (w.equals("what") || w.equals("how")) {
      return outcomeQuestion(s);
    }
    if (!ABILITY_AUX.contains(w)) {
      return false;
    }
    Token subject = s.token(i + 1);
    if (i + 2 <= s.size() && subject.lowerWord().equals("n't")) {
      subject = s.token(i + 2);
    }
    // the thing itself, pointed at ("it", "this", "that") or named with a determiner
    String sw = subject.lowerWord();
    if (PEOPLE.contains(sw) || subject.tag().equals("NNP")) {
      return false;
    }
    if (BE.contains(w) && !weighs(s)) {
      return false; // "Is this anon?", "Isn't it about time we ...?" ask what it is
    }
    return sw.equals("it") || sw.equals("this") || sw.equals("that") || sw.equals("the")
        || sw.equals("these") || sw.equals("those");
  }

  /** Forms of "be" opening a yes/no question. */
  private static final Set<String> BE = Set.of("is", "are", "isn't", "aren't");

  /**
   * Whether a "be" question weighs the thing ("Is this safe enough?", "Is it going to break
   * old configs?"): its predicate is a word of evaluation or a verb of harm or working.
   */
  private static boolean weighs(Sentence s) {
    List<Integer> words = new ArrayList<>();
    words.add(s.root());
    // "going to break" (the verb under "going"), "the right layer" (the noun's adjective)
    words.addAll(s.children(s.root(), "xcomp", "amod"));
    for (int i : words) {
      String p = s.token(i).lower();
      if (EvaluativeWords.POSITIVE.contains(p) || EvaluativeWords.COST.contains(p)
          || EvaluativeWords.VERDICT.contains(p) || EvaluativeWords.HARM_VERBS.contains(p)
          || EvaluativeWords.GOOD_VERBS.contains(p) || p.equals("safe") || p.equals("enough")) {
        return true;
      }
    }
    return false;
  }

  /** "What happens if ...", "What would prevent ...": the verb of the question is an outcome. */
  private static boolean outcomeQuestion(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isVerb() && OUTCOME_VERBS.contains(t.lower())) {
        return t.index() <= 4;
      }
    }
    return false;
  }
}
