package quorum.analysis.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Stance;

/**
 * The speaker's own wish, read from the parse when a sentence has no stance word: "I really
 * want these bugs to reach the distros", "I'd very much appreciate it if a policy could be
 * found" and "I'd rather have both" back what they ask for; "We do not want to solve this
 * with shipped files" and "What I really don't want to see is a pile of changes" reject it.
 * The walk starts at the root (or a clause beside it) and passes through first-person verbs
 * of opinion ("I think we want"), counting each negation on the way, like {@link Appraisal}.
 *
 * <p>Only the speaker wants: "you need to understand this" instructs, "they want" reports. A
 * wish to say or learn something ("I'd like to ask", "I want to thank", "we need to know")
 * is a speech act, not a stand; a past one ("I wanted X") tells a story.
 */
final class Volition {
  private Volition() {}

  /**
   * Verbs of wanting; "like" and "love" only as a wish ("I'd like", "would love to"). Not
   * "need": "we need X" argues what a course takes as often as it asks for one.
   */
  private static final Set<String> WISHING = Set.of("want", "wish", "prefer", "like", "love",
      "appreciate");

  /** Wishes that need "would" to be one: "I like it" is an agreement, "I'd like it" a wish. */
  private static final Set<String> ONLY_WITH_WOULD = Set.of("like", "love", "appreciate");

  /** What a speaker wants to say, ask or learn: a speech act, which takes no stand. */
  private static final Set<String> SPEECH_ACTS = Set.of("ask", "know", "understand", "thank",
      "mention", "note", "point", "say", "clarify", "add", "hear", "check", "confirm", "learn",
      "remind", "share", "highlight", "apologize", "follow", "raise", "explain", "stress",
      "emphasize", "reiterate", "respond", "reply", "comment", "realize", "look", "be");

  /** Bound on hops through opinion verbs: parses are shallow, mail is not trusted. */
  private static final int MAX_HOPS = 4;

  /** The stance of the speaker's wish in {@code s}: support, or oppose when negated. */
  static Optional<Stance> of(Sentence s) {
    if (s.size() == 0) {
      return Optional.empty();
    }
    for (int start : starts(s)) {
      Optional<Stance> st = from(s, start);
      if (st.isPresent()) {
        return st;
      }
    }
    return Optional.empty();
  }

  private static List<Integer> starts(Sentence s) {
    List<Integer> out = new java.util.ArrayList<>();
    out.add(s.root());
    out.addAll(s.children(s.root(), "parataxis"));
    return out;
  }

  private static Optional<Stance> from(Sentence s, int start) {
    int p = start;
    boolean negated = false;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Token t = s.token(p);
      Optional<Integer> clause = first(s.children(p, "ccomp"));
      if (!EvaluativeWords.OPINION.contains(t.lower()) || clause.isEmpty() || !t.isVerb()) {
        break;
      }
      if (!s.subject(p).map(i -> isSpeaker(s, i)).orElse(false)) {
        return Optional.empty(); // "Jim thinks we need it" reports another's view
      }
      negated ^= s.isNegated(p);
      p = clause.get();
    }
    Token w = s.token(p);
    boolean wouldRather = rather(s, p);
    if (!wouldRather && (!w.isVerb() || !WISHING.contains(w.lower()))) {
      return Optional.empty();
    }
    if (w.tag().equals("VBD") || w.tag().equals("VBN")) {
      return Optional.empty(); // "I wanted to ask", "we needed it back then"
    }
    boolean would = s.modals(p).contains("would") || s.modals(p).contains("'d");
    if (ONLY_WITH_WOULD.contains(w.lower()) && !would) {
      return Optional.empty();
    }
    if (!s.subject(p).map(i -> isSpeaker(s, i)).orElse(false)) {
      return Optional.empty();
    }
    if (butAfter(s, p)) {
      return Optional.empty();
    }
    if (speechAct(s, p)) {
      return Optional.empty();
    }
    negated ^= s.isNegated(p);
    return Optional.of(negated ? Stance.OPPOSE : Stance.SUPPORT);
  }

  /** "I'd rather have both": a preference said with "would rather" on the speaker's verb. */
  private static boolean rather(Sentence s, int p) {
    return s.token(p).isVerb() && s.children(p, "advmod").stream()
        .anyMatch(a -> s.token(a).lowerWord().equals("rather"))
        && (s.modals(p).contains("would") || s.modals(p).contains("'d"));
  }

  /**
   * "I would not want overflow checks for unsigned integers, but it might help for signed
   * ones": a wish set against a clause after "but" weighs two cases, it takes no side.
   */
  private static boolean butAfter(Sentence s, int p) {
    for (int c : s.children(p, "conj:but", "conj")) {
      if (c > p && s.children(c, "cc").stream()
          .anyMatch(x -> s.token(x).lowerWord().equals("but"))) {
        return true;
      }
    }
    return false;
  }

  /** "I'd like to ask", "we need to know": the wished verb says or learns something. */
  private static boolean speechAct(Sentence s, int p) {
    for (int x : s.children(p, "xcomp")) {
      if (SPEECH_ACTS.contains(s.token(x).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpeaker(Sentence s, int i) {
    String w = s.token(i).lowerWord();
    return w.equals("i") || w.equals("we");
  }

  private static Optional<Integer> first(List<Integer> xs) {
    return xs.isEmpty() ? Optional.empty() : Optional.of(xs.get(0));
  }
}
