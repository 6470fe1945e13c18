package quorum.analysis.decision;

import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * A promise whose act waits for a later cycle ("we'll make sure to do better next year", "I'd
 * like to handle this in a more automated fashion next year", "I'll roll this into a v6 if
 * there's a v6", "once the bot is established I'll get back to you") is a plan, not a
 * settlement: the point it takes up stands {@code proposed} until the act is done. A promise
 * for the version or release at hand ("I'll send a v2 with that change") is not deferred.
 */
final class Deferral {
  private Deferral() {}

  /** Nouns that, after "next", name a later cycle of the project. */
  private static final Set<String> CYCLES = Set.of("year", "time", "cycle", "release",
      "round", "version", "iteration", "window", "summit", "conference");

  /** Adverbs that put an act off to an unnamed later time. */
  private static final Set<String> LATER = Set.of("later", "someday", "eventually");

  /** Nouns by which a conditional names a version that may never come ("if there's a v6"). */
  private static final Set<String> VERSIONS = Set.of("version", "respin", "revision",
      "iteration", "spin");

  /** Verbs by which the writer states an intention rather than an act: "I'd like to handle". */
  private static final Set<String> INTENDS = Set.of("like", "want", "plan", "hope", "intend",
      "try", "aim");

  /**
   * Whether the block {@code b} defers the act that {@code s} accepts or promises: {@code s}
   * itself names a later cycle, or a sentence after it in the block is the writer's own
   * promise for a later cycle ("I agree the sentence is hard to parse. ... I'll roll this into
   * a v6 if there's a v6.").
   */
  static boolean defers(Block b, Sentence s) {
    if (namesLater(s)) {
      return true;
    }
    boolean after = false;
    for (Sentence later : b.sentences()) {
      if (after && promisesLater(later)) {
        return true;
      }
      after |= later == s;
    }
    return false;
  }

  /**
   * The writer, as subject, promises or intends an act for a later cycle: "I'll roll this into
   * a v6 if there's a v6", "This is something I'd like to handle in a more automated fashion
   * next year", "we will revisit the wording next time".
   */
  static boolean promisesLater(Sentence s) {
    return namesLater(s) && writerActs(s);
  }

  /**
   * "I will VB", "we'll VB", "I'd like to VB", "we want to VB", "I plan to VB": the writer as
   * subject of a future act or an intention (not negated).
   */
  static boolean writerActs(Sentence s) {
    for (int i = 1; i < s.size(); i++) {
      String subj = s.token(i).lowerWord();
      if (!subj.equals("i") && !subj.equals("we")) {
        continue;
      }
      int v = i + 1;
      while (v <= s.size() && s.token(v).tag().startsWith("RB") && !isNot(s.token(v))) {
        v++;
      }
      if (v > s.size() || isNot(s.token(v))) {
        continue;
      }
      String w = s.token(v).lowerWord();
      if (w.equals("will") || w.equals("'ll") || w.equals("shall")) {
        if (v + 1 <= s.size() && s.token(v + 1).tag().equals("VB") && !s.isNegated(v + 1)) {
          return true;
        }
        continue;
      }
      if ((w.equals("'d") || w.equals("would")) && v + 1 <= s.size()) {
        v++;
        w = s.token(v).lowerWord();
      }
      if (INTENDS.contains(s.token(v).lower()) && v + 2 <= s.size()
          && s.token(v + 1).lowerWord().equals("to") && s.token(v + 2).tag().equals("VB")
          && !s.isNegated(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names a later cycle: "next year", "next time", "in the future",
   * "later", "eventually", a later stage ("once the bot is established"), or a version held
   * on a condition ("if there's a v6", "if there is another version").
   */
  static boolean namesLater(Sentence s) {
    for (int i = 1; i <= s.size(); i++) {
      String w = s.token(i).lowerWord();
      if (LATER.contains(w)) {
        return true;
      }
      if (w.equals("next") && i < s.size() && CYCLES.contains(s.token(i + 1).lower())) {
        return true;
      }
      if (w.equals("future") && i > 1 && (s.token(i - 1).lowerWord().equals("the")
          || s.token(i - 1).lowerWord().equals("a"))) {
        return true;
      }
      if (w.equals("once") && i < s.size() && !s.token(i + 1).isPunct()) {
        return true; // "once the bot is established I'll get back to you": a later stage
      }
      if (w.equals("if") && versionAhead(s, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** "there's a v6", "there is another version": a version named within a few words. */
  private static boolean versionAhead(Sentence s, int from) {
    for (int i = from; i <= Math.min(s.size(), from + 4); i++) {
      String w = s.token(i).lowerWord();
      if (w.matches("v[0-9]+") || VERSIONS.contains(s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNot(Token t) {
    String w = t.lowerWord();
    return w.equals("not") || w.equals("n't") || w.equals("never");
  }
}
