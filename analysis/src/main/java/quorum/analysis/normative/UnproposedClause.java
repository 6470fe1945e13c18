package quorum.analysis.normative;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.nlp.Dependency;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Clauses whose lower-case modal the writer does not put forward as a rule: an embedded
 * question ("we would discuss what should be done", "unsure whether I should ask") names a
 * matter to decide, and a view the writer ascribes to someone else ("you seem to assume that
 * every fix should go to stable") reports it. A direct question ("which acks must be
 * obtained?") and what someone said ("Linus said this must be up to the reporter") still
 * state a rule, as the writer asks it or passes it on.
 */
final class UnproposedClause {
  private UnproposedClause() {}

  /** Verbs of holding a view: their complement is the view of their subject. */
  private static final Set<String> VIEW_VERBS = Set.of("think", "assume", "believe", "argue",
      "feel", "suppose", "claim", "insist");

  /** Holders whose view is the writer's own. */
  private static final Set<String> WRITER = Set.of("i", "we");

  /** Whether the modal at {@code modal} stands in an embedded question or someone else's view. */
  static boolean at(Sentence s, int modal) {
    int verb = s.head(modal).filter(d -> d.base().equals("aux")).map(Dependency::governor).orElse(-1);
    return verb > 0 && (embeddedQuestion(s, verb) || othersView(s, verb));
  }

  /**
   * "What should be done", "who should maintain it", "how far back it should go", "whether
   * I should ask": a clause that opens with a wh-word or "whether" and hangs on another
   * word, not the sentence's own (or coordinated) main clause, nor a relative clause.
   */
  static boolean embeddedQuestion(Sentence s, int verb) {
    int top = firstConjunct(s, verb);
    var head = s.head(top);
    if (head.isEmpty() || !QUESTION_SLOTS.contains(head.get().base())
        || head.get().relation().equals("acl:relcl")
        || predicateOfBe(s, head.get().governor()) || !s.children(verb, "cop").isEmpty()
        || SETTLING.contains(s.token(head.get().governor()).lower())) {
      return false;
    }
    // the wh-word or "whether" comes before the clause's subject, or is it
    int subject = s.subject(verb).orElse(0);
    for (int w = firstOfClause(s, verb); w < verb; w++) {
      if (questionWord(s, w, verb) && subject >= w) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a question hangs on another word: complement, subject or object of a verb ("discuss
   * what should be done", "whether we should ask is unclear"), or on a noun or preposition
   * ("a discussion about what should be done"). Not an adverbial clause, nor a relative
   * clause ("acl:relcl"), and never the root: a direct question asks a rule, it does not
   * only name one.
   */
  private static final Set<String> QUESTION_SLOTS = Set.of("ccomp", "csubj", "obj", "nsubj",
      "nmod", "obl", "acl", "dep");

  /**
   * Verbs that set what their question asks: "the goal is to decide how it should be
   * represented" announces the rule to be made, where "discuss" or "know" only name a matter.
   */
  private static final Set<String> SETTLING = Set.of("decide", "determine", "settle", "define");

  /** The first verb of the coordination {@code verb} is in (itself if none). */
  private static int firstConjunct(Sentence s, int verb) {
    int top = verb;
    for (boolean climbed = true; climbed; ) {
      climbed = false;
      // the enhanced graph also gives a later conjunct its first one's relation: follow "conj"
      for (Dependency d : s.edges()) {
        if (d.dependent() == top && d.base().equals("conj") && d.governor() < top) {
          top = d.governor();
          climbed = true;
          break;
        }
      }
    }
    return top;
  }

  /**
   * "Which is why it should not", "that's how it should be": a clause after a form of "be"
   * (or one the parser gave the copula itself) is a free relative that states, not a question.
   */
  private static boolean predicateOfBe(Sentence s, int governor) {
    return s.token(governor).lower().equals("be");
  }

  /**
   * "whether" marking the clause, or a wh-word ("what", "who", "how") on its verb or one
   * step below ("how far back it should go"); the relative "that" is no question word.
   */
  private static boolean questionWord(Sentence s, int w, int verb) {
    Token t = s.token(w);
    if (t.lowerWord().equals("whether")) {
      return s.head(w).filter(d -> d.governor() == verb).isPresent();
    }
    if (!t.isWh() || t.lowerWord().equals("that")) {
      return false;
    }
    var h = s.head(w);
    return h.filter(d -> d.governor() == verb
        || s.head(d.governor()).filter(g -> g.governor() == verb).isPresent()).isPresent();
  }

  /**
   * "If you think that every fix should land", "others argue we should wait": the clause is
   * the complement of a {@link #VIEW_VERBS} verb whose subject is not the writer, or of a
   * {@link #VIEW_NOUNS} noun that is not the writer's ("the idea that docs should mirror
   * the sources", "the argument seems to be that it should do more").
   */
  static boolean othersView(Sentence s, int verb) {
    int top = firstConjunct(s, verb);
    var head = s.head(top).filter(d -> d.base().equals("ccomp"));
    if (head.isEmpty()) {
      return false;
    }
    int governor = head.get().governor();
    if (VIEW_NOUNS.contains(s.token(governor).lower())) {
      return !writers(s, governor);
    }
    Optional<Integer> holder = s.subject(governor);
    if (VIEW_VERBS.contains(s.token(governor).lower())) {
      return holder.map(x -> !WRITER.contains(s.token(x).lowerWord())).orElse(false);
    }
    // "the argument seems to be that it should do more": the content of a view named as subject
    return holder.filter(x -> VIEW_NOUNS.contains(s.token(x).lower()) && !writers(s, x)).isPresent();
  }

  /** Nouns naming a view; the clause they take is its content ("the idea that ..."). */
  private static final Set<String> VIEW_NOUNS = Set.of("idea", "argument", "assumption", "notion",
      "claim", "belief", "view");

  /** Whether a view noun is the writer's own ("my argument is that ...", "our view"). */
  private static boolean writers(Sentence s, int noun) {
    return s.children(noun, "nmod:poss").stream()
        .anyMatch(p -> Set.of("my", "our").contains(s.token(p).lowerWord()));
  }

  /** The first token of the clause {@code verb} heads (its dependents, transitively). */
  private static int firstOfClause(Sentence s, int verb) {
    int first = verb;
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(verb);
    while (!todo.isEmpty()) {
      int x = todo.pop();
      if (!seen.add(x)) {
        continue;
      }
      first = Math.min(first, x);
      for (Dependency d : s.edges()) {
        // "ref" and the propagated subjects of the enhanced graph point back out of the clause
        if (d.governor() == x && !d.relation().equals("ref") && !d.relation().endsWith(":xsubj")
            && !d.base().equals("conj")) {
          todo.push(d.dependent());
        }
      }
    }
    return first;
  }
}
