package quorum.analysis.normative;

import java.util.List;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Readings of the verb "require" (any inflection) that state a rule beyond the person or the
 * policy that imposes it ({@link NormativeFinder#imposedBy}): a class of things as subject
 * ("documentation requires as much care as code", "every backport requires a Fixes tag"),
 * the requirement itself put forward as an idea ("requiring a public user space would make
 * sense"), and a coordinated "require" whose parsed subject cannot be its own.
 */
final class RequireReading {
  private RequireReading() {}

  /**
   * Words before a noun that make a statement about it a norm: "every" and "all" quantify
   * over the whole class ("every backport requires a Fixes tag"), "our" speaks of the
   * community's own practice ("our documentation requires as much care as our code").
   * Bare or "each" nouns are left out: "each task requires page tables", "panels require
   * register writes" describe what things need.
   */
  private static final Set<String> NORM_DETERMINERS = Set.of("all", "every", "our");

  /**
   * "Our documentation requires care", "every backport requires a Fixes tag": a common noun
   * subject under one of {@link #NORM_DETERMINERS} makes the sentence a statement of what
   * the whole class must have, a rule; "the documentation requires an update" or "this
   * change requires a reboot" is a need of one thing.
   */
  static boolean genericSubject(Sentence s, int subject) {
    Token t = s.token(subject);
    if (!t.tag().equals("NN") && !t.tag().equals("NNS")) {
      return false;
    }
    List<Integer> determiners = s.children(subject, "det", "nmod:poss");
    return !determiners.isEmpty()
        && determiners.stream().allMatch(d -> NORM_DETERMINERS.contains(s.token(d).lowerWord()));
  }

  /**
   * "Requiring a public user space before merging would make sense": the gerund that is the
   * subject of its clause puts the requirement forward as a proposal, with nobody's need
   * behind it.
   */
  static boolean proposedAsGerund(Sentence s, int verb) {
    return s.token(verb).tag().equals("VBG")
        && s.head(verb).filter(d -> d.base().equals("nsubj") || d.base().equals("csubj")).isPresent();
  }

  /** Third-person singular subjects a base-form verb ("require") cannot agree with. */
  private static final Set<String> SINGULAR_PRONOUNS = Set.of("it", "he", "she", "this", "that");

  /**
   * The verb whose subject a base-form "require" really shares, when the parser gave it one
   * it cannot agree with ("I'm happy to relax the rule where it's necessary and require a
   * comment": "it require" is no clause, so "require" is the second infinitive after
   * "happy to relax"): the nearest infinitive before it; else -1.
   */
  static int misparsedConjunct(Sentence s, int verb) {
    Token v = s.token(verb);
    if (!v.tag().equals("VBP") && !v.tag().equals("VB")) {
      return -1;
    }
    boolean disagrees = s.subject(verb).map(x -> {
      Token subj = s.token(x);
      return SINGULAR_PRONOUNS.contains(subj.lowerWord()) || subj.tag().equals("NN")
          || subj.tag().equals("NNP");
    }).orElse(false);
    if (!disagrees || !followsAnd(s, verb)) {
      return -1;
    }
    for (int j = verb - 1; j >= 1; j--) {
      if (s.token(j).tag().equals("VB") && infinitive(s, j)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean followsAnd(Sentence s, int verb) {
    return verb > 1 && s.token(verb - 1).lowerWord().equals("and");
  }

  private static boolean infinitive(Sentence s, int verb) {
    return s.children(verb, "mark").stream().anyMatch(m -> s.token(m).lowerWord().equals("to"));
  }
}
