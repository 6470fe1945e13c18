package quorum.analysis.position;

import static quorum.analysis.position.EvaluativeWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Stance;

/**
 * What a sentence's main predicate says of its subject, read from the dependency parse when
 * no stance word is there: praise ("That sounds great", "this looks fine to me"), a verdict
 * against ("the wrong layer", "I'm not a big fan of it") or a cost ("might get annoying",
 * "could end up breaking", "feels very low"); negated ("I don't think it's a good idea",
 * "shouldn't be that big of an issue") and hedged ("might", "probably").
 *
 * <p>The walk starts at the root and passes through linking verbs ("sounds", "gets", "ends
 * up", "is going to") and first-person verbs of opinion ("I think", "I don't believe") to the
 * predicate, counting each negation on the way, so a negation anywhere on the path turns the
 * evaluation around. The subject decides which words count: "I" and "we" only with the
 * speaker's own words ("happy", "a fan"), anything else with the general ones.
 *
 * @param kind what the predicate says, before negation
 * @param negated an odd number of negations on the path
 * @param hedged a modal or adverb of possibility on the path
 * @param doubted an adverb of possibility ("potentially", "maybe") on the path: praise said
 *     so ("this potentially looks good") holds back, a reservation rather than support
 */
record Appraisal(Kind kind, boolean negated, boolean hedged, boolean doubted) {
  enum Kind { PRAISE, VERDICT, COST }

  /** Bound on hops from the root to the predicate: parses are shallow, mail is not trusted. */
  private static final int MAX_HOPS = 6;

  private static final Set<String> SPEAKER = Set.of("i", "we");

  /**
   * The stance this evaluation shows. Praise supports and its negation opposes ("not a good
   * idea"); a verdict opposes unless hedged, when it is a reservation; a cost is a concern,
   * and a negated cost ("not a big issue") plays a concern down, which supports the thing.
   */
  Stance stance() {
    return switch (kind) {
      case PRAISE -> negated ? (hedged ? Stance.CONCERN : Stance.OPPOSE)
          : doubted ? Stance.CONCERN : Stance.SUPPORT;
      case VERDICT -> negated ? Stance.SUPPORT : hedged ? Stance.CONCERN : Stance.OPPOSE;
      case COST -> negated ? Stance.SUPPORT : Stance.CONCERN;
    };
  }

  /** "This shouldn't be that big of an issue": a cost denied, which answers a concern. */
  boolean downplaysACost() {
    return kind == Kind.COST && negated;
  }

  /** The evaluation of {@code s}, if its main clause (or a clause beside it) carries one. */
  static Optional<Appraisal> of(Sentence s) {
    if (s.size() == 0) {
      return Optional.empty();
    }
    Optional<Appraisal> dropped = droppedSpeaker(s);
    if (dropped.isPresent()) {
      return dropped;
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(s.root());
    // "Many thanks for this, I think it looks great": the evaluation may sit beside the root
    starts.addAll(s.children(s.root(), "parataxis"));
    for (int start : starts) {
      Optional<Appraisal> a = from(s, start);
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  private static Optional<Appraisal> from(Sentence s, int start) {
    int p = start;
    boolean negated = false;
    boolean hedged = false;
    boolean doubted = false;
    Optional<Integer> subject = Optional.empty();
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      negated ^= negatedAt(s, p);
      hedged |= hedgedAt(s, p) || EVIDENTIAL.contains(s.token(p).lower());
      doubted |= doubtedAt(s, p);
      Optional<Integer> own = s.subject(p);
      if (own.isPresent()) {
        subject = own;
      }
      Token t = s.token(p);
      Optional<Integer> clause = first(s.children(p, "ccomp"));
      if (OPINION.contains(t.lower()) && clause.isPresent()) {
        if (own.isPresent() && !isSpeaker(s, own.get())) {
          return Optional.empty(); // "Jim thinks it's fine" reports, it does not stand
        }
        hedged |= HEDGING_OPINION.contains(t.lower());
        subject = Optional.empty();
        p = clause.get();
        continue;
      }
      Optional<Integer> complement = linked(s, p);
      if (complement.isPresent()) {
        p = complement.get();
        continue;
      }
      break;
    }
    if (subject.isEmpty()) {
      subject = s.subject(p);
    }
    if (pastNarration(s, p, hedged)) {
      return Optional.empty(); // "the old code was confusing" tells history
    }
    // "Not a fan.", "Not happy with this.": a verbless speaker's word, the speaker left out
    boolean speakerWord = subject.isEmpty() && p == s.root()
        && (SPEAKER_POSITIVE.contains(s.token(p).lower())
            || SPEAKER_NEGATIVE.contains(s.token(p).lower()));
    Optional<Kind> kind = subject.isPresent() && isSpeaker(s, subject.get()) || speakerWord
        ? speakerKind(s, p, hedged) : kindOf(s, p, subject);
    boolean neg = negated;
    boolean hed = hedged;
    boolean doubt = doubted;
    return kind.map(k -> new Appraisal(k, neg, hed, doubt));
  }

  /** "Happy to help", "Fine with me", "Glad to see this": the speaker left out. */
  private static Optional<Appraisal> droppedSpeaker(Sentence s) {
    if (s.size() < 3) {
      return Optional.empty();
    }
    Token first = s.token(1);
    String next = s.token(2).lowerWord();
    if (first.tag().startsWith("JJ") && SPEAKER_POSITIVE.contains(first.lower())
        && (next.equals("to") || next.equals("with") || next.equals("by"))) {
      return Optional.of(new Appraisal(Kind.PRAISE, false, false, false));
    }
    return Optional.empty();
  }

  /** The complement a linking verb passes its evaluation to ("sounds great", "ends up X"). */
  private static Optional<Integer> linked(Sentence s, int p) {
    Token t = s.token(p);
    if (!t.isVerb() || !LINKING.contains(t.lower())) {
      return Optional.empty();
    }
    if (t.lower().equals("go") && !t.tag().equals("VBG")) {
      return Optional.empty(); // only the future "is going to be"
    }
    Optional<Integer> x = first(s.children(p, "xcomp"));
    if (x.isEmpty() && t.lower().equals("end")) {
      x = first(s.children(p, "dep", "advcl"));
    }
    if (x.isEmpty()) {
      // "looks like a good approach"
      x = first(s.children(p, "obl:like", "nmod:like"));
    }
    if (x.isEmpty()) {
      // "it reads better now", "works fine", "feels very low" (an adjective the parser hung
      // on the verb as an adverb)
      for (int a : s.children(p, "advmod")) {
        if (POSITIVE.contains(s.token(a).lower()) || s.token(a).tag().startsWith("JJ")) {
          return Optional.of(a);
        }
      }
    }
    return x;
  }

  /**
   * A negation on {@code p}, except the NOT of an RFC 2119 keyword ("MUST NOT is fine with
   * me"), which names an option rather than denying the predicate.
   */
  private static boolean negatedAt(Sentence s, int p) {
    if (!s.isNegated(p)) {
      return false;
    }
    for (int c : s.children(p, "advmod", "neg")) {
      Token t = s.token(c);
      boolean keyword = t.word().equals("NOT") && c > 1 && s.token(c - 1).isModal()
          && s.token(c - 1).word().equals(s.token(c - 1).word().toUpperCase(java.util.Locale.ROOT));
      boolean notJust = c < s.size() && Set.of("just", "only", "merely", "simply")
          .contains(s.token(c + 1).lowerWord()); // "not just a Linux problem" widens it
      if (!keyword && !notJust && t.lowerWord().matches("not|n't|never|no")) {
        return true;
      }
    }
    for (int c : s.children(p, "det", "aux", "cc:preconj")) {
      String w = s.token(c).lowerWord();
      if (w.equals("no") || w.equals("n't") || w.equals("not") || w.equals("never")
          || w.equals("neither") || w.equals("nor") || w.equals("none")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hedgedAt(Sentence s, int p) {
    for (int c : s.children(p, "aux", "advmod")) {
      String w = s.token(c).lowerWord();
      if (HEDGE_MODALS.contains(w) || HEDGE_ADVERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** An adverb of possibility on {@code p} or on the complement it links to. */
  private static boolean doubtedAt(Sentence s, int p) {
    for (int c : s.children(p, "advmod")) {
      if (DOUBT_ADVERBS.contains(s.token(c).lowerWord())) {
        return true;
      }
    }
    return false;
  }

  private static boolean pastNarration(Sentence s, int p, boolean hedged) {
    if (hedged) {
      return false;
    }
    if (s.token(p).tag().equals("VBD")) {
      return true;
    }
    for (int c : s.children(p, "cop", "aux")) {
      if (s.token(c).tag().equals("VBD") && !s.token(c).isModal()) {
        return true;
      }
    }
    return false;
  }

  /** "I'm happy with it", "we are not fans": only the speaker's own words count. */
  private static Optional<Kind> speakerKind(Sentence s, int p, boolean hedged) {
    String l = s.token(p).lower();
    for (int c : s.children(p, "case")) {
      // "I'm for it", "we are against this"
      String w = s.token(c).lowerWord();
      if (w.equals("for")) {
        return Optional.of(Kind.PRAISE);
      }
      if (w.equals("against")) {
        return Optional.of(Kind.VERDICT);
      }
    }
    if (SPEAKER_POSITIVE.contains(l)) {
      return Optional.of(Kind.PRAISE);
    }
    if (SPEAKER_NEGATIVE.contains(l)) {
      return Optional.of(Kind.VERDICT);
    }
    // "we'd lose reviewers", "I might miss the change": harm to us, said as a possibility
    if (s.token(p).isVerb() && HARM_VERBS.contains(l) && (hedged || !s.modals(p).isEmpty())) {
      return Optional.of(Kind.COST);
    }
    return Optional.empty();
  }

  private static Optional<Kind> kindOf(Sentence s, int p, Optional<Integer> subject) {
    Token t = s.token(p);
    String l = t.lower();
    if (l.equals("worth") && hasLemma(s, s.children(p, "dep", "xcomp", "acl", "advcl"), REMARKING)) {
      return Optional.empty(); // "it's worth noting that ..." remarks, it does not praise
    }
    if (t.isVerb() && l.equals("make") && hasLemma(s, s.children(p, "obj"), Set.of("sense"))) {
      return Optional.of(Kind.PRAISE); // "that doesn't make sense" is its negation
    }
    if (t.isVerb() && !t.tag().equals("VBN")) {
      if (subject.isEmpty() && !t.tag().equals("VBZ")) {
        // an imperative proposes, it does not evaluate; a subjectless "drops frames" (VBZ)
        // is a note about the thing quoted
        return Optional.empty();
      }
      return GOOD_VERBS.contains(l) ? Optional.of(Kind.PRAISE)
          : HARM_VERBS.contains(l) ? Optional.of(Kind.COST) : Optional.empty();
    }
    if (t.tag().equals("VBN")) {
      // passive "users may get confused"
      boolean passive = !s.children(p, "aux:pass", "nsubj:pass").isEmpty();
      return passive && HARM_VERBS.contains(l) ? Optional.of(Kind.COST) : Optional.empty();
    }
    if (hasWord(s, s.children(p, "advmod"), "too")) {
      // "too new for stable", "too late": excess is a cost; "too weak" a verdict
      return Optional.of(VERDICT.contains(l) || l.equals("strong") ? Kind.VERDICT : Kind.COST);
    }
    if (t.tag().startsWith("NN") && NOT_THE_PROPOSAL.contains(l)) {
      return Optional.empty();
    }
    if (t.tag().startsWith("NN") && hasWord(s, s.children(p, "case"), "out")) {
      return Optional.of(Kind.VERDICT); // "out of scope", "out of place"
    }
    if (SIZE.contains(l)) {
      // "that big of an issue": the measured noun carries the polarity
      Optional<Integer> of = first(s.children(p, "nmod:of", "obl:of"));
      if (of.isPresent()) {
        return wordKind(s.token(of.get()).lower());
      }
    }
    if (LOW.contains(l) || HIGH.contains(l)) {
      boolean costMeasured = subject.map(i -> COST_MEASURES.contains(s.token(i).lower())).orElse(false);
      return Optional.of(LOW.contains(l) == costMeasured ? Kind.PRAISE : Kind.COST);
    }
    if (t.tag().startsWith("JJ") && !s.children(p, "xcomp").isEmpty()
        && hasLemma(s, s.children(p, "xcomp"), Set.of("say", "tell", "know", "judge", "predict"))) {
      return Optional.empty(); // "hard to say" doubts, it does not weigh
    }
    if (t.tag().startsWith("JJ") && COST.contains(l) && mistakeMadeHard(s, p)) {
      return Optional.of(Kind.PRAISE);
    }
    if (t.tag().startsWith("NN")) {
      List<Integer> mods = s.children(p, "amod");
      for (int m : mods) {
        if (POSITIVE.contains(s.token(m).lower())) {
          return Optional.of(Kind.PRAISE); // "a good idea", "nice work", "good catch"
        }
      }
      Optional<Kind> own = wordKind(l);
      if (own.isPresent()) {
        return own;
      }
      for (int m : mods) {
        Optional<Kind> k = wordKind(s.token(m).lower());
        if (k.isPresent()) {
          return k; // "the wrong layer", "a confusing name"
        }
      }
      return Optional.empty();
    }
    return wordKind(l);
  }

  /**
   * "Hard to miss", "difficult to get wrong": a difficulty whose complement is a mistake
   * makes the mistake unlikely, which praises the thing ("hard to get right" stays a cost).
   */
  private static boolean mistakeMadeHard(Sentence s, int p) {
    for (int v : s.children(p, "xcomp", "dep")) {
      if (!s.token(v).isVerb()) {
        continue;
      }
      if (MISTAKES.contains(s.token(v).lower())
          || hasLemma(s, s.children(v, "xcomp"), Set.of("wrong"))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Kind> wordKind(String lemma) {
    if (POSITIVE.contains(lemma)) {
      return Optional.of(Kind.PRAISE);
    }
    if (VERDICT.contains(lemma)) {
      return Optional.of(Kind.VERDICT);
    }
    if (COST.contains(lemma)) {
      return Optional.of(Kind.COST);
    }
    return Optional.empty();
  }

  private static boolean isSpeaker(Sentence s, int i) {
    return SPEAKER.contains(s.token(i).lowerWord());
  }

  private static boolean hasWord(Sentence s, List<Integer> idx, String word) {
    for (int i : idx) {
      if (s.token(i).lowerWord().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLemma(Sentence s, List<Integer> idx, Set<String> lemmas) {
    for (int i : idx) {
      if (lemmas.contains(s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Integer> first(List<Integer> xs) {
    return xs.isEmpty() ? Optional.empty() : Optional.of(xs.get(0));
  }
}
