package quorum.analysis.normative;

import java.util.Set;
import quorum.analysis.nlp.Sentence;

/**
 * "I should be able to send a binding on its own", "it should be possible to build the docs
 * on an older release": "should" on "able" or "possible" with an action to follow states
 * what a contributor is entitled to do, a requirement on the process, where "should be able
 * to cope" of a thing or a bare "that should be possible" guesses.
 */
final class Entitlement {
  private Entitlement() {}

  /** Capability predicates whose "should" claims a right when a person or "it ... to" holds it. */
  private static final Set<String> CAPABILITIES = Set.of("able", "possible");

  /** Subjects of an entitlement: the writer speaking for contributors, or an extraposed "it". */
  private static final Set<String> HOLDERS = Set.of("i", "it");

  static boolean at(Sentence s, int modal) {
    if (!s.token(modal).lowerWord().equals("should")) {
      return false;
    }
    return s.head(modal).filter(d -> d.base().equals("aux"))
        .map(d -> d.governor())
        .filter(p -> CAPABILITIES.contains(s.token(p).lowerWord())
            && !s.children(p, "xcomp").isEmpty()
            && s.subject(p).map(x -> HOLDERS.contains(s.token(x).lowerWord())).orElse(false))
        .isPresent();
  }
}
