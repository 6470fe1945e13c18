package quorum.analysis.position;

import java.util.List;
import java.util.Optional;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Stance;

/**
 * Reads the stance one sentence expresses, from the general cue lists of {@link Lexicon} and
 * the dependency parse. In order: deference ("support whatever is decided", an object
 * determined by "whatever"); neutrality ("no strong opinion", "fine either way"), which wins
 * over a condition in the same sentence; concern ("my only concern", "what stops me");
 * opposition, including a negated agreement verb ("I don't agree"); support, where a negated
 * opposition verb ("I don't object", "don't mind") also supports and a negated agreement
 * verb opposes; and support under a condition ("as long as", an "if" clause on the verb) is
 * conditional. A cue inside a question does not count (asking is not standing).
 */
public final class StanceReader {
  public Optional<Stance> read(Sentence s) {
    if (endsWithQuestion(s)) {
      return Optional.empty();
    }
    if (any(s, Lexicon.DEFER) || whateverObject(s)) {
      return Optional.of(Stance.DEFERS);
    }
    if (any(s, Lexicon.NEUTRAL)) {
      // "fine either way, as long as X" accepts both options on a condition; "no strong
      // opinion, as long as X" still disclaims a stand
      return Optional.of(any(s, Lexicon.ACCEPT_EITHER) && conditional(s) ? Stance.CONDITIONAL
          : Stance.NEUTRAL);
    }
    Optional<Stance> verb = agreementVerb(s);
    if (concern(s)) {
      return Optional.of(Stance.CONCERN);
    }
    if (verb.filter(v -> v == Stance.OPPOSE).isPresent() || any(s, Lexicon.OPPOSE)
        && verb.isEmpty() || refusedNoun(s)) {
      return Optional.of(Stance.OPPOSE);
    }
    if (verb.filter(v -> v == Stance.SUPPORT).isPresent() || any(s, Lexicon.SUPPORT)
        || keepImperative(s)) {
      return Optional.of(conditional(s) ? Stance.CONDITIONAL : Stance.SUPPORT);
    }
    return Optional.empty();
  }

  private static boolean endsWithQuestion(Sentence s) {
    for (int i = s.size(); i >= 1; i--) {
      Token t = s.token(i);
      if (t.word().equals("?")) {
        return true;
      }
      if (!t.isPunct()) {
        return false;
      }
    }
    return false;
  }

  static boolean any(Sentence s, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (s.findLemmas(p) > 0) {
        return true;
      }
    }
    return false;
  }

  /** "I'm going to support whatever decision is made": the object is whatever-determined. */
  private static boolean whateverObject(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.isVerb()) {
        continue;
      }
      for (int o : s.children(t.index(), "obj", "ccomp")) {
        for (int d : s.children(o, "det")) {
          if (s.token(d).lowerWord().equals("whatever")) {
            return true;
          }
        }
        if (s.token(o).lowerWord().equals("whatever")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Keep SHOULD NOT for clients.": an imperative keep backs what is quoted. */
  private static boolean keepImperative(Sentence s) {
    return s.size() > 1 && s.token(1).lowerWord().equals("keep") && s.token(1).tag().equals("VB");
  }

  /**
   * A verbless refusal: "No MUST for selftests.", "No new ioctls in this release." (the root
   * is a noun or a keyword determined by "no", nothing else in front of it).
   */
  private static boolean refusedNoun(Sentence s) {
    if (s.size() < 2 || !s.token(1).lowerWord().equals("no")) {
      return false;
    }
    int root = s.root();
    Token r = s.token(root);
    boolean nominal = r.tag().startsWith("NN") || r.isModal();
    return nominal && s.children(root, "det", "advmod", "neg", "discourse").contains(1);
  }

  private static boolean concern(Sentence s) {
    for (List<String> p : Lexicon.CONCERN) {
      int at = s.findLemmas(p);
      boolean negPhrase = p.contains("not"); // "not convinced" is its own negation
      if (at > 0 && (negPhrase || !s.isNegated(at) && !negatedHead(s, at))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedHead(Sentence s, int i) {
    return s.head(i).map(d -> d.governor() > 0 && s.isNegated(d.governor())).orElse(false)
        || i > 1 && (s.token(i - 1).lowerWord().equals("no") || s.token(i - 1).lowerWord().equals("not"));
  }

  /**
   * An agreement or opposition verb with a first-person (or no) subject, turned around by
   * negation: "I agree" supports, "I don't agree" opposes, "I don't object" supports.
   */
  private static Optional<Stance> agreementVerb(Sentence s) {
    for (Token t : s.tokens()) {
      String l = t.lower();
      if (!Lexicon.AGREE_VERBS.contains(l) || !t.isVerb()) {
        continue;
      }
      boolean negative = l.equals("object") || l.equals("oppose") || l.equals("disagree")
          || l.equals("mind") || l.equals("care");
      boolean negated = s.isNegated(t.index());
      if ((l.equals("mind") || l.equals("care")) && !negated) {
        continue; // "if you care about X" takes no stand
      }
      if (!firstPerson(s, t.index())) {
        continue;
      }
      return Optional.of(negative != negated ? Stance.OPPOSE : Stance.SUPPORT);
    }
    return Optional.empty();
  }

  private static boolean firstPerson(Sentence s, int verb) {
    Optional<Integer> subj = s.subject(verb);
    if (subj.isEmpty()) {
      // xcomp ("going to support"): look at the controlling verb's subject
      Optional<Integer> gov = s.head(verb).filter(d -> d.base().equals("xcomp")).map(d -> d.governor());
      subj = gov.flatMap(s::subject);
    }
    if (subj.isEmpty()) {
      return true;
    }
    String w = s.token(subj.get()).lowerWord();
    return w.equals("i") || w.equals("we");
  }

  private static boolean conditional(Sentence s) {
    if (any(s, Lexicon.CONDITION)) {
      return true;
    }
    for (Token t : s.tokens()) {
      if (t.lowerWord().equals("if") && s.head(t.index()).map(d -> d.base().equals("mark")).orElse(false)) {
        int clause = s.head(t.index()).get().governor();
        String rel = s.head(clause).map(d -> d.base()).orElse("");
        if (rel.equals("advcl")) {
          return true;
        }
      }
    }
    return false;
  }
}
