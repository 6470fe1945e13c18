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
 * conditional. With no stance word, what the predicate says of its subject ({@link Appraisal})
 * or the speaker's own wish ({@link Volition}: "I really want X", "we don't want Y") is read.
 * A cue inside a question does not count (asking is not standing).
 */
public final class StanceReader {
  public Optional<Stance> read(Sentence s) {
    if (endsWithQuestion(s)) {
      return Optional.empty();
    }
    if (any(s, Lexicon.DEFER) || whateverObject(s) || leftToOthers(s)) {
      return Optional.of(Stance.DEFERS);
    }
    if (any(s, Lexicon.NEUTRAL)) {
      // "fine either way, as long as X" accepts both options on a condition; "no strong
      // opinion, as long as X" still disclaims a stand
      return Optional.of(any(s, Lexicon.ACCEPT_EITHER) && conditional(s) ? Stance.CONDITIONAL
          : Stance.NEUTRAL);
    }
    Optional<Stance> verb = agreementVerb(s);
    if (concernSettled(s) || noReservation(s)) {
      return Optional.of(Stance.SUPPORT);
    }
    if (concern(s)) {
      return Optional.of(Stance.CONCERN);
    }
    if (verb.filter(v -> v == Stance.OPPOSE).isPresent() || opposeCue(s)
        && verb.isEmpty() || refusedNoun(s) || butDont(s) || seesNoNeed(s)
        || noReason(s) == Stance.OPPOSE) {
      return Optional.of(Stance.OPPOSE);
    }
    if (verb.isEmpty()) {
      // no stance word: what the predicate says of its subject ("sounds great", "might get
      // annoying", "I don't think it's a good idea")
      Optional<Stance> judged = Appraisal.of(s).map(Appraisal::stance)
          .or(() -> Volition.of(s));
      if (judged.isPresent()) {
        return Optional.of(judged.get() == Stance.SUPPORT && conditional(s) ? Stance.CONDITIONAL
            : judged.get());
      }
    }
    if (verb.filter(v -> v == Stance.SUPPORT).isPresent() || supportCue(s)
        || keepImperative(s) || doneAsAsked(s) || noReason(s) == Stance.SUPPORT) {
      return Optional.of(conditional(s) ? Stance.CONDITIONAL : Stance.SUPPORT);
    }
    if (verb.isEmpty() && deniesAClaim(s)) {
      return Optional.of(Stance.OPPOSE);
    }
    return Optional.empty();
  }

  /** Verbs of belief a speaker negates to deny a claim: "I don't think", "I don't believe". */
  private static final java.util.Set<String> BELIEF = java.util.Set.of("think", "believe");

  /**
   * "I don't think the old interface is unmaintained.": the speaker denies believing that something is
   * what the quoted text calls it (a negated "think" whose complement is a copular
   * predicate), which disagrees with that claim, and so does "I don't think so", whose "so"
   * stands for the claim answered. "I don't think anyone uses it" (no copula) argues a point
   * of its own and is left alone.
   */
  private static boolean deniesAClaim(Sentence s) {
    for (Token t : s.tokens()) {
      if (!BELIEF.contains(t.lower()) || !t.isVerb() || !s.isNegated(t.index())
          || !s.subject(t.index()).map(i -> isSpeaker(s, i)).orElse(false)) {
        continue;
      }
      if (s.children(t.index(), "ccomp").isEmpty() && s.children(t.index(), "advmod").stream()
          .anyMatch(a -> s.token(a).lowerWord().equals("so"))) {
        return true; // "I don't think so.": the claim answered, denied by its pro-form
      }
      for (int c : s.children(t.index(), "ccomp")) {
        boolean copular = !s.children(c, "cop").isEmpty();
        Optional<Integer> subj = s.subject(c);
        boolean thing = subj.map(i -> !PEOPLE_WORDS.contains(s.token(i).lowerWord()))
            .orElse(false);
        if (copular && thing && !s.isNegated(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Subjects that make a denied claim one about people, not about the thing quoted. */
  private static final java.util.Set<String> PEOPLE_WORDS = java.util.Set.of("anyone", "anybody",
      "everyone", "everybody", "someone", "somebody", "nobody", "i", "we", "you", "they", "he",
      "she", "people");

  /**
   * The stance of a course of action the speaker puts forward ("We could add X", "I'd keep
   * it", "Let's enable it too"): support, conditional under a condition, oppose when
   * negated. Apart from {@link #read}, which reads reactions: a suggestion is also a point of
   * its own that others react to.
   */
  public Optional<Stance> proposes(Sentence s) {
    if (endsWithQuestion(s)) {
      return Optional.empty();
    }
    if (OwnSuggestion.statesARule(s)) {
      // "If this is the convention, it should be a MUST": the "if" clause argues, it does not
      // set a condition
      return Optional.of(Stance.SUPPORT);
    }
    return OwnSuggestion.of(s).map(st -> st == Stance.SUPPORT && conditional(s)
        ? Stance.CONDITIONAL : st);
  }

  /**
   * "Fine with me, provided the old name keeps working": "provided" or "providing" opening a
   * clause (after a comma or at the start), not the participle of "the data provided by".
   */
  private static boolean providedClause(Sentence s) {
    for (int i = 1; i < s.size(); i++) {
      String w = s.token(i).lowerWord();
      if ((w.equals("provided") || w.equals("providing"))
          && (i == 1 || s.token(i - 1).word().equals(",") || s.token(i - 1).word().equals(";"))
          && !s.token(i + 1).isPunct() && !s.token(i + 1).lowerWord().equals("by")) {
        return true;
      }
    }
    return false;
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
      if (!firstPerson(s, t.index())) {
        continue; // "the tool calls whatever API" is not handing a decision over
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

  /**
   * "I'll leave that to you", "leaving the decision to the maintainers": the speaker hands
   * the choice to someone else (a verb "leave" with a "to" complement naming who).
   */
  private static boolean leftToOthers(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.lower().equals("leave") && t.isVerb() && !s.children(t.index(), "obl:to").isEmpty()
          && firstPerson(s, t.index())) {
        return true;
      }
    }
    return false;
  }

  /** Participles that report the patch itself taken by whoever maintains the tree. */
  private static final java.util.Set<String> TAKEN = java.util.Set.of("applied", "queued",
      "merged", "pushed", "picked", "taken");

  /**
   * A verdict that can only be on the patch or proposal as a whole, whatever is quoted above
   * it: "Applied, thanks.", "Queued.", "NAK.", "This is not going in."
   */
  public static boolean onTheWholeProposal(Sentence s) {
    if (endsWithQuestion(s) || s.size() == 0) {
      return false;
    }
    int root = s.root();
    boolean taken = root > 0 && (TAKEN.contains(s.token(root).lowerWord())
        || s.children(root, "compound", "amod", "dep").stream()
            .anyMatch(c -> TAKEN.contains(s.token(c).lowerWord())));
    return taken && doneAsAsked(s) || s.findLemmas(List.of("not", "go", "in")) > 0
        || s.findLemmas(List.of("not", "go", "to", "go", "in")) > 0;
  }

  /** Participles that report a requested change made or a patch taken. */
  private static final java.util.Set<String> DONE = java.util.Set.of("applied", "fixed", "done",
      "queued", "merged", "pushed", "picked", "taken", "updated", "changed", "addressed");

  /**
   * "Applied, thanks.", "Fixed in v3.", "Done.": a subjectless participle with no object
   * answers a request by doing it, which supports what was asked. "Fixed a typo in the
   * docs" (an object) is a changelog line, not a reply.
   */
  private static boolean doneAsAsked(Sentence s) {
    int root = s.root();
    if (root < 1) {
      return false;
    }
    if (s.token(root).lower().equals("thanks") || s.token(root).lower().equals("thank")) {
      // "Applied, thanks." is parsed as a thanks the participle modifies
      for (int c : s.children(root, "compound", "amod", "dep")) {
        if (DONE.contains(s.token(c).lowerWord())) {
          return true;
        }
      }
      return false;
    }
    if (DONE.contains(s.token(root).lowerWord())) {
      // "Thanks, applied." is parsed with the thanks as the participle's subject
      boolean subjectless = s.subject(root).map(i -> s.token(i).lower().startsWith("thank"))
          .orElse(true);
      return subjectless && s.children(root, "obj", "nsubj:pass").isEmpty();
    }
    return willDo(s, root);
  }

  /**
   * "Will do.", "I'll do both.", "I can do that.": a promise to do what was asked (an object, if any, that only
   * points back: it, that, this, both).
   */
  private static boolean willDo(Sentence s, int root) {
    if (REVISING.contains(s.token(root).lower()) && s.token(root).tag().equals("VB")
        && (s.modals(root).contains("will") || s.modals(root).contains("'ll"))
        && !s.isNegated(root)) {
      // "Will fix in v2.", "I'll send a v2 with that change.": a promise to revise
      Optional<Integer> subj = s.subject(root);
      return subj.isEmpty() || s.token(subj.get()).lowerWord().equals("i")
          || s.token(subj.get()).lowerWord().equals("we");
    }
    if (!s.token(root).lower().equals("do") || !s.modals(root).contains("will")
        && !s.modals(root).contains("'ll") && !s.modals(root).contains("can")) {
      return false;
    }
    Optional<Integer> subj = s.subject(root);
    if (subj.isPresent() && !s.token(subj.get()).lowerWord().equals("i")
        && !s.token(subj.get()).lowerWord().equals("we")) {
      return false;
    }
    boolean promised = s.modals(root).contains("will") || s.modals(root).contains("'ll");
    if (!promised && (subj.isEmpty() || !s.token(subj.get()).lowerWord().equals("i"))) {
      return false; // "we can do both" weighs an option; only "I can do that" offers to act
    }
    for (int o : s.children(root, "obj")) {
      String w = s.token(o).lowerWord();
      if (!w.equals("it") && !w.equals("that") && !w.equals("this") && !w.equals("both")
          && !w.equals("so")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Verbs of revising one's own patch on request ("will fix", "I'll update the docs", "will
   * send a v2"); not "drop", "remove" or "revert", which a maintainer also says of a patch.
   */
  private static final java.util.Set<String> REVISING = java.util.Set.of("fix", "change",
      "update", "address", "send", "respin", "rework", "rename", "reword", "adjust",
      "incorporate", "fold", "squash", "resend", "clarify", "document");

  /** "Keep SHOULD NOT for clients.": an imperative keep backs what is quoted. */
  private static boolean keepImperative(Sentence s) {
    return s.size() > 1 && s.token(1).lowerWord().equals("keep") && s.token(1).tag().equals("VB");
  }

  /**
   * A verbless refusal: "No MUST for selftests.", "No new ioctls in this release." (the root
   * is a noun or a keyword determined by "no", nothing else in front of it).
   */
  private static boolean refusedNoun(Sentence s) {
    int root = noOpened(s);
    if (root < 1) {
      return false;
    }
    String l = s.token(root).lower();
    return !RESERVATIONS.contains(l) && !NOT_REFUSED.contains(l);
  }

  /**
   * Nouns a "No ..." reply denies without refusing the proposal: "No idea.", "No real
   * reason; ...", "No doubt." answer a question or agree.
   */
  private static final java.util.Set<String> NOT_REFUSED = java.util.Set.of("idea", "reason",
      "clue", "comment", "opinion", "doubt", "rush", "hurry", "thanks");

  /**
   * "No objections.", "No concerns from me.", "No problem with this.": a reservation denied
   * by a verbless "no" clears the way, which supports what was asked.
   */
  private static boolean noReservation(Sentence s) {
    int root = noOpened(s);
    return root > 0 && RESERVATIONS.contains(s.token(root).lower());
  }

  /**
   * The root of a verbless sentence opened by "no" that determines it ("No MUST for
   * selftests.", "No objections."), or -1.
   */
  private static int noOpened(Sentence s) {
    if (s.size() < 2 || !s.token(1).lowerWord().equals("no")) {
      return -1;
    }
    int root = s.root();
    Token r = s.token(root);
    boolean nominal = r.tag().startsWith("NN") || r.isModal();
    return nominal && s.children(root, "det", "advmod", "neg", "discourse").contains(1) ? root : -1;
  }

  /**
   * "A normal subsystem seems right, but don't route it through DRM": a clause after "but"
   * that opens with "don't" or "do not" tells the writer not to do what was proposed, which
   * outweighs the praise before it.
   */
  private static boolean butDont(Sentence s) {
    for (int i = 2; i + 2 <= s.size(); i++) {
      if (!s.token(i).lowerWord().equals("but") || !s.token(i - 1).isPunct()) {
        continue;
      }
      Token aux = s.token(i + 1);
      String neg = s.token(i + 2).lowerWord();
      if (aux.lower().equals("do") && (neg.equals("n't") || neg.equals("not"))
          && i + 3 <= s.size() && s.token(i + 3).tag().equals("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Reservations that a later sentence reports gone ("all my concerns have been addressed"). */
  private static final java.util.Set<String> RESERVATIONS = java.util.Set.of("concern", "objection",
      "worry", "reservation", "issue", "problem", "complaint", "nit");

  private static final java.util.Set<String> SETTLING = java.util.Set.of("address", "resolve",
      "answer", "fix", "settle", "go", "disappear", "vanish", "satisfy", "handle", "cover");

  /**
   * "All my concerns have been addressed", "my objection goes away": a reservation as the
   * subject of a verb that settles it supports what answered it.
   */
  private static boolean concernSettled(Sentence s) {
    for (Token t : s.tokens()) {
      if (!RESERVATIONS.contains(t.lower())) {
        continue;
      }
      Optional<quorum.analysis.nlp.Dependency> h = s.head(t.index());
      if (h.isPresent() && h.get().base().startsWith("nsubj") && h.get().governor() > 0
          && SETTLING.contains(s.token(h.get().governor()).lower())
          && !s.isNegated(h.get().governor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cue of opposition. "NAK"/"Nack" counts only as the reply's verdict (at the start, or
   * the sentence's root), not as a word about process ("who may nack", "ack/nack decisions").
   */
  private static boolean opposeCue(Sentence s) {
    for (List<String> p : Lexicon.OPPOSE) {
      int at = s.findLemmas(p);
      if (at < 1) {
        continue;
      }
      boolean verdictWord = p.size() == 1 && (p.get(0).equals("nak") || p.get(0).equals("nack"));
      if (reported(s, at, p.size())) {
        continue;
      }
      if (!verdictWord || at <= 2 || at == s.root()) {
        return true;
      }
    }
    return false;
  }

  /** Words of a review trailer ("Reviewed-by", "Acked-by"), a verdict only at the start. */
  private static final java.util.Set<String> TRAILER_WORDS = java.util.Set.of("acked-by",
      "reviewed-by", "acked", "ack", "reviewed", "tested", "test");

  /**
   * A cue of support said by the speaker: not one reporting someone else's ("vendors prefer
   * to keep the effort low", "Jim agrees"), and a trailer word only as the reply's verdict
   * ("Reviewed-by: ..." at the start), not named in prose ("Even today Reviewed-by: doesn't
   * always mean ...").
   */
  private static boolean supportCue(Sentence s) {
    for (List<String> p : Lexicon.SUPPORT) {
      int at = s.findLemmas(p);
      if (at < 1 || reported(s, at, p.size())) {
        continue;
      }
      if (TRAILER_WORDS.contains(p.get(0)) && at > 2 && !ownTag(s, at)) {
        continue;
      }
      return true;
    }
    // "Ack.", "Ack, thanks": the verdict word alone, at the start or as the root
    for (int i = 1; i <= Math.min(2, s.size()); i++) {
      if (s.token(i).lowerWord().equals("ack") && (s.size() <= 3 || i == s.root())) {
        return true;
      }
    }
    return seesNoReservation(s);
  }

  /** "Feel free to add my Acked-by": the speaker's own tag, offered in prose. */
  private static boolean ownTag(Sentence s, int at) {
    return at > 1 && s.token(at - 1).lowerWord().equals("my");
  }

  /** Verbs with which a speaker reports finding no reservation: "I have no objection". */
  private static final java.util.Set<String> FINDING = java.util.Set.of("have", "see", "find");

  /**
   * "I have no objection.", "I see no problem with this.": a reservation determined by "no"
   * as the object of the speaker's having or seeing one.
   */
  private static boolean seesNoReservation(Sentence s) {
    for (Token t : s.tokens()) {
      if (!RESERVATIONS.contains(t.lower()) || !s.children(t.index(), "det").stream()
          .anyMatch(d -> s.token(d).lowerWord().equals("no"))) {
        continue;
      }
      Optional<quorum.analysis.nlp.Dependency> h = s.head(t.index());
      if (h.isPresent() && h.get().base().equals("obj") && h.get().governor() > 0
          && FINDING.contains(s.token(h.get().governor()).lower())
          && s.subject(h.get().governor()).map(i -> isSpeaker(s, i)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** What a speaker fails to see when doubting a proposal is needed: "the need", "the point". */
  private static final java.util.Set<String> NEEDS = java.util.Set.of("need", "point",
      "reason", "benefit", "value", "advantage", "use");

  /**
   * "I don't see the need for a new flag.", "I don't see why we need this.": the speaker
   * denies seeing a need or a reason, which opposes; "I don't see why not" agrees, and
   * "I don't see how X differs" argues something else.
   */
  private static boolean seesNoNeed(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.lower().equals("see") || !t.isVerb() || !s.isNegated(t.index())
          || !s.subject(t.index()).map(i -> isSpeaker(s, i)).orElse(false)) {
        continue;
      }
      for (int o : s.children(t.index(), "obj")) {
        if (NEEDS.contains(s.token(o).lower())) {
          return true;
        }
      }
      for (int c : s.children(t.index(), "advcl", "ccomp")) {
        boolean why = s.children(c, "advmod").stream()
            .anyMatch(m -> s.token(m).lowerWord().equals("why"));
        String v = s.token(c).lower();
        if (why && (v.equals("need") || v.equals("want") || v.equals("bother"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "I see no reason to change that design decision.", "I see no need for a new flag.": the
   * speaker finding no reason or need (determined by "no") for a change opposes it; "I see no
   * reason not to" or "no reason why not" supports. Null when the sentence says neither.
   */
  static Stance noReason(Sentence s) {
    for (Token t : s.tokens()) {
      if (!FINDING.contains(t.lower()) || !t.isVerb() || s.isNegated(t.index())
          || !s.subject(t.index()).map(i -> isSpeaker(s, i)).orElse(false)) {
        continue;
      }
      for (int o : s.children(t.index(), "obj")) {
        if (!NEEDS.contains(s.token(o).lower()) || s.children(o, "det").stream()
            .noneMatch(d -> s.token(d).lowerWord().equals("no"))) {
          continue;
        }
        for (int i = o + 1; i <= Math.min(s.size(), o + 3); i++) {
          String w = s.token(i).lowerWord();
          if (w.equals("not") || w.equals("n't")) {
            return Stance.SUPPORT; // "no reason not to", "no reason why not"
          }
        }
        return Stance.OPPOSE;
      }
    }
    return null;
  }

  /** Subjects that are someone else, not the speaker: "he doesn't like", "Jim opposes". */
  private static final java.util.Set<String> OTHERS = java.util.Set.of("he", "she", "they", "you");

  /**
   * "If there's something he doesn't like, he can veto it": a cue whose verb has someone
   * else as its subject reports that one's stance, not the speaker's.
   */
  private static boolean reported(Sentence s, int at, int length) {
    for (int i = at; i < at + length && i <= s.size(); i++) {
      // any word of the cue, not only a verb, and an auxiliary's verb: the tagger may miss
      // one ("doesn't like" with "like" as an interjection, "does" the auxiliary of another)
      Optional<Integer> subj = s.subject(i);
      if (subj.isEmpty()) {
        subj = s.head(i).filter(d -> d.base().equals("aux") && d.governor() > 0)
            .flatMap(d -> s.subject(d.governor()));
      }
      if (subj.isPresent() && (OTHERS.contains(s.token(subj.get()).lowerWord())
          || s.token(subj.get()).tag().equals("NNP"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean concern(Sentence s) {
    for (List<String> p : Lexicon.CONCERN) {
      int at = s.findLemmas(p);
      boolean negPhrase = p.contains("not"); // "not convinced" is its own negation
      if (at > 0 && (negPhrase || !s.isNegated(at) && !negatedHead(s, at))
          && (p.size() > 1 || ownReservation(s, at))) {
        return true;
      }
    }
    return false;
  }

  /** How far up the parse a reservation word looks for the one who holds it. */
  private static final int HOLDER_HOPS = 3;

  /**
   * Whether a one-word reservation ("concern", "worried") is the speaker's own: "my concern",
   * "I have some concerns", "I'm worried", "this concerns me", or the topic of the sentence
   * ("The concern is ...", "Main concern: ..."). A report of others' reservations ("a
   * document that records who has what concerns") takes no stand.
   */
  private static boolean ownReservation(Sentence s, int at) {
    for (int c : s.children(at, "nmod:poss", "obj", "nsubj")) {
      if (isSpeaker(s, c)) {
        return true;
      }
    }
    if (at == s.root() || s.head(at).filter(d -> d.governor() == s.root()
        && d.base().startsWith("nsubj")).isPresent()) {
      return true;
    }
    int i = at;
    for (int hop = 0; hop < HOLDER_HOPS; hop++) {
      Optional<quorum.analysis.nlp.Dependency> h = s.head(i);
      if (h.isEmpty() || h.get().governor() == 0) {
        return false;
      }
      i = h.get().governor();
      Optional<Integer> subj = s.subject(i);
      if (subj.isPresent()) {
        return isSpeaker(s, subj.get());
      }
    }
    return false;
  }

  private static boolean isSpeaker(Sentence s, int i) {
    String w = s.token(i).lowerWord();
    return w.equals("i") || w.equals("we") || w.equals("me") || w.equals("us")
        || w.equals("my") || w.equals("our");
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
          || l.equals("mind") || l.equals("care") || l.equals("hate") || l.equals("dislike");
      boolean negated = s.isNegated(t.index());
      if ((l.equals("mind") || l.equals("care")) && !negated) {
        continue; // "if you care about X" takes no stand
      }
      if (!firstPerson(s, t.index())) {
        continue;
      }
      if (s.subject(t.index()).isEmpty() && (t.tag().equals("VBD") || t.tag().equals("VBN"))
          && !l.equals("agree")) {
        continue; // a participle ("both supported until 2029") reports, it does not stand
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

  /** Condition markers whose clause is what the speaker asks for ("unless" is not one). */
  private static final List<List<String>> ASKING_CONDITIONS = List.of(List.of("as", "long", "as"),
      List.of("so", "long", "as"), List.of("provided", "that"), List.of("provide", "that"),
      List.of("only", "if"), List.of("assuming", "that"), List.of("if"));

  /**
   * Whether a conditional sentence's condition is {@code issue} itself: "As long as the
   * accessors ship in 2.9, I'm for it" on the issue "ship the accessors in 2.9" asks for that
   * very thing, which supports it. The condition shares at least two content words with the
   * issue, more than the rest of the sentence does.
   */
  static boolean conditionIs(Sentence s, String issue) {
    int at = -1;
    int len = 0;
    for (List<String> p : ASKING_CONDITIONS) {
      int i = s.findLemmas(p);
      if (i > 0 && (at < 0 || i < at)) {
        at = i;
        len = p.size();
      }
    }
    if (at < 0) {
      return false;
    }
    StringBuilder cond = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    boolean in = false;
    for (int i = 1; i <= s.size(); i++) {
      String w = s.token(i).word();
      if (i == at) {
        in = true;
      } else if (in && (w.equals(",") || w.equals(";")) && i > at + len) {
        in = false;
      }
      (in ? cond : rest).append(w).append(' ');
    }
    java.util.Set<String> words = quorum.analysis.internal.Words.content(issue);
    int c = quorum.analysis.internal.Words.overlap(words,
        quorum.analysis.internal.Words.content(cond.toString()));
    int r = quorum.analysis.internal.Words.overlap(words,
        quorum.analysis.internal.Words.content(rest.toString()));
    return c >= 2 && c > r;
  }

  /** Predicates of the addressee's wish: "if you prefer", "if you're tired of this". */
  private static final java.util.Set<String> WISHES = java.util.Set.of("want", "prefer",
      "like", "wish", "insist", "tired", "rather");

  /**
   * An "if" clause about what the one addressed wants ("if you prefer", "if you'd rather",
   * "if you're tired of this"): the speaker accommodates them, setting no condition on the
   * proposal.
   */
  private static boolean addresseeWish(Sentence s, int clause) {
    return WISHES.contains(s.token(clause).lower()) && s.subject(clause)
        .map(i -> s.token(i).lowerWord().equals("you")).orElse(false);
  }

  /** Verbs whose "if" clause is what is wished for: "I'd appreciate it if", "I'd like it if". */
  private static final java.util.Set<String> WISHED_IF = java.util.Set.of("appreciate", "like",
      "love", "prefer");

  private static boolean conditional(Sentence s) {
    if (any(s, Lexicon.CONDITION) || providedClause(s)) {
      return true;
    }
    for (Token t : s.tokens()) {
      if (t.lowerWord().equals("if") && s.head(t.index()).map(d -> d.base().equals("mark")).orElse(false)) {
        int clause = s.head(t.index()).get().governor();
        if (addresseeWish(s, clause)) {
          continue; // "if you prefer, I'm happy to apply it": an offer, not a condition
        }
        String rel = s.head(clause).map(d -> d.base()).orElse("");
        int on = s.head(clause).map(d -> d.governor()).orElse(0);
        if (rel.equals("advcl") && WISHED_IF.contains(s.token(on).lower())) {
          continue; // "I'd appreciate it if a policy could be found": the "if" is the wish
        }
        if (rel.equals("advcl") && on != s.root()) {
          continue; // "hard to miss if someone looks": the condition is on the complement
        }
        // an "if" clause that modifies ("I'd support it if ...", "Right, if people run it")
        // sets a condition; one that completes a verb ("I wonder if") asks
        if (rel.equals("advcl") || rel.equals("dep") || rel.equals("parataxis")) {
          return true;
        }
      }
    }
    return false;
  }
}
