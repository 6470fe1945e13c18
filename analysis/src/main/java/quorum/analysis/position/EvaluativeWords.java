package quorum.analysis.position;

import java.util.Set;

/**
 * Small, general lexicons of evaluation for {@link Appraisal}: which predicates praise, which
 * pass a verdict against, which name a cost, and which hedge. Every entry is ordinary English
 * of review mail, never a word of one particular thread; lemmas, lower case.
 */
final class EvaluativeWords {
  private EvaluativeWords() {}

  /**
   * Praise of the thing talked about ("sounds great", "looks fine", "a good idea", "you are
   * right"): a reviewer who says so supports it.
   */
  static final Set<String> POSITIVE = Set.of("good", "great", "fine", "nice", "excellent",
      "perfect", "reasonable", "sensible", "sane", "useful", "helpful", "right", "correct",
      "better", "best", "clean", "cleaner", "clearer", "simple", "simpler", "elegant",
      "awesome", "fantastic", "wonderful", "ok", "okay", "solid", "worthwhile", "valuable",
      "neat", "cool", "fair", "acceptable", "appropriate", "plausible", "straightforward",
      "improvement", "win", "plenty", "enough", "sufficient", "promising", "consistent", "interesting", "answer",
      "solution",
      "tractable", "lovely", "brilliant", "beneficial", "welcome", "worth");

  /**
   * Verbs after "worth" that point at a remark, not at the thing: "worth noting that ...",
   * "worth mentioning" praise nothing.
   */
  static final Set<String> REMARKING = Set.of("note", "mention", "point", "remember", "say",
      "know", "stress", "repeat", "recall", "ask");

  /**
   * A verdict against the thing itself ("the wrong layer", "a bad idea", "pointless"): said
   * plainly it opposes; hedged ("might be the wrong approach") it is a concern.
   */
  static final Set<String> VERDICT = Set.of("bad", "wrong", "pointless", "useless",
      "unnecessary", "needless", "silly", "horrible", "terrible", "awful", "ugly", "overkill",
      "nonsense", "mistake", "misguided", "unacceptable", "inappropriate",
      "weak", "bogus", "crazy", "insane", "worse", "worst", "backwards", "orthogonal",
      "premature", "excessive", "redundant", "hack", "gross", "meaningless", "misleading");

  /**
   * A cost the thing brings ("painful for packagers", "a problem for small boards", "might
   * get expensive", "confusing"): a reservation, read as a concern; said negated ("not a big
   * issue") it plays the concern down.
   */
  static final Set<String> COST = Set.of("problem", "issue", "risk", "risky", "expensive",
      "costly", "painful", "annoying", "confusing", "confused", "hard", "difficult", "tricky",
      "fragile", "slow", "dangerous", "complicated", "complex", "burden", "pain", "headache",
      "noise", "noisy", "disruptive", "error-prone", "brittle", "regression", "mess",
      "messy", "bloat", "churn", "concern", "trouble", "surprising", "unclear", "ambiguous",
      "inconsistent", "obscure", "invasive", "heavy", "incomplete", "nightmare",
      "downside", "drawback", "gotcha", "limitation", "breakage", "overhead");

  /** Verbs whose outcome is good for the thing ("this helps", "it works", "simplifies"). */
  static final Set<String> GOOD_VERBS = Set.of("work", "help", "improve", "simplify", "solve",
      "fix", "clarify", "benefit", "scale", "handle", "cover", "address", "capture");

  /** Verbs of harm ("this breaks old toolchains", "users will get confused"). */
  static final Set<String> HARM_VERBS = Set.of("break", "hurt", "confuse", "complicate",
      "regress", "slow", "bloat", "conflict", "fail", "crash", "lose", "harm", "damage",
      "annoy", "surprise", "mislead", "cost", "suffer", "bite", "drop", "miss", "corrupt",
      "decrease", "degrade", "worsen");

  /**
   * Evaluations only a first-person subject makes about a proposal ("I'm happy with it",
   * "I'm not a fan"): "I am busy" or "I was confused" takes no stand, so other predicates of
   * "I" and "we" are not read.
   */
  static final Set<String> SPEAKER_POSITIVE = Set.of("happy", "glad", "fine", "ok", "okay",
      "good", "comfortable", "fan", "keen", "content", "supportive", "thrilled", "excited",
      "onboard", "eager", "interested");

  /** Speaker-side verdicts against ("I'm unhappy with", "we are opposed"). */
  static final Set<String> SPEAKER_NEGATIVE = Set.of("unhappy", "uncomfortable", "opposed",
      "against", "unconvinced", "averse");

  /**
   * Size words that only carry the polarity of the noun they measure: "that big of an
   * issue", "a huge win", "a real problem".
   */
  static final Set<String> SIZE = Set.of("big", "huge", "major", "serious", "real", "large",
      "much", "significant", "minor", "small");

  /**
   * Scalar words whose sign depends on what they measure: a low risk is good, a low number
   * of readers is bad. Read against {@link #COST_MEASURES}.
   */
  static final Set<String> LOW = Set.of("low", "few", "minimal", "negligible");

  static final Set<String> HIGH = Set.of("high", "large", "many", "huge");

  /** Measured things that are costs, so "low" is good and "high" bad. */
  static final Set<String> COST_MEASURES = Set.of("risk", "cost", "overhead", "burden",
      "chance", "probability", "impact", "churn", "noise", "latency", "penalty", "fallout",
      "maintenance", "load", "effort", "price");

  /**
   * Hedges: modals and adverbs of possibility. They turn a verdict into a reservation ("this
   * might be the wrong layer" is a concern, not a rejection).
   */
  static final Set<String> HEDGE_MODALS = Set.of("might", "may", "could");

  static final Set<String> HEDGE_ADVERBS = Set.of("probably", "possibly", "perhaps", "maybe",
      "potentially", "likely", "eventually");

  /**
   * Adverbs of doubt that keep praise from committing ("this potentially looks good"): a
   * reservation. Not "probably", which leans ("probably fine" still backs it).
   */
  static final Set<String> DOUBT_ADVERBS = Set.of("potentially", "possibly", "perhaps", "maybe");

  /** Harms a difficulty can be about: "hard to miss", "difficult to get wrong". */
  static final Set<String> MISTAKES = Set.of("miss", "overlook", "misuse", "abuse", "misread",
      "break", "mess", "screw", "confuse", "forget");

  /**
   * Verbs that pass their evaluation to a complement: linking verbs ("sounds great", "feels
   * low", "gets annoying", "ends up breaking", "is going to be painful") and verbs of opinion
   * with a clause ("I think this is fine"), whose negation is the clause's ("I don't think
   * it's a good idea" is "it's not a good idea").
   */
  static final Set<String> LINKING = Set.of("sound", "look", "seem", "feel", "get", "become",
      "remain", "stay", "appear", "prove", "end", "go", "turn", "start", "tend", "read", "cause");

  /** Linking verbs that report an impression, not a judgement: "they don't seem to be X". */
  static final Set<String> EVIDENTIAL = Set.of("seem", "appear");

  static final Set<String> OPINION = Set.of("think", "believe", "guess", "suppose", "expect",
      "feel", "find", "suspect", "say", "reckon", "consider", "argue", "agree");

  /** Opinion verbs that themselves hedge ("I suspect this breaks ..."). */
  static final Set<String> HEDGING_OPINION = Set.of("suspect", "guess", "fear");

  /**
   * Nouns a bare "Good X!" does not praise the proposal with: "Good question!" takes up a
   * question, "Good morning" greets.
   */
  static final Set<String> NOT_THE_PROPOSAL = Set.of("question", "morning", "afternoon",
      "evening", "day", "luck", "weekend", "night", "news", "bye");
}
