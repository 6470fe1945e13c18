package quorum.analysis.internal;

import java.util.List;
import java.util.Set;

/**
 * The general-English cue lists the finders use. Every entry is ordinary English as it is
 * written on mailing lists, never a name, subject or phrase of one particular thread. Phrases
 * are lower-case lemma sequences (so "doesn't" is "do not", "I'm" is "i be") matched against
 * a sentence's lemmas; single words match a lemma or the lower-case word.
 */
public final class Lexicon {
  private Lexicon() {}

  /** Words that introduce a wh-question or an embedded question. */
  public static final Set<String> WH = Set.of("what", "why", "how", "when", "where", "who", "whom",
      "which", "whose", "whether", "if");

  /** Auxiliaries and modals that open a yes/no question ("are we ...?", "should it ...?"). */
  public static final Set<String> QUESTION_AUX = Set.of("be", "do", "have", "can", "could",
      "will", "would", "shall", "should", "may", "might", "must", "is", "are", "was", "were",
      "am", "does", "did", "has", "had");

  /** Discourse openers skipped before looking for interrogative syntax ("To clarify, are we ..."). */
  public static final Set<String> OPENERS = Set.of("so", "and", "but", "also", "then", "well",
      "ok", "okay", "hmm", "now", "again", "still", "anyway", "btw", "also,", "or", "just");

  /**
   * Predicates that, with a first-person subject and a wh/if complement, ask indirectly. Not
   * "see" ("I don't see how that differs" asserts it does not) nor "remember" ("I don't
   * remember where I read that" speaks of the writer's own past).
   */
  public static final Set<String> UNCERTAIN_NEGATED = Set.of("sure", "know", "understand",
      "clear", "certain", "get", "follow");

  /** The same, asking without a negation ("I wonder why ...", "it is unclear whether ..."). */
  public static final Set<String> UNCERTAIN_PLAIN = Set.of("wonder", "curious", "unclear",
      "puzzle", "confused", "unsure", "wondering");

  /** Openers of a proposal put as a question ("why not ...?", "how about ...?"). */
  public static final List<List<String>> SUGGESTION_QUESTION = List.of(
      List.of("how", "about"), List.of("what", "about"), List.of("why", "not"),
      List.of("what", "if"), List.of("would", "it", "make", "sense"),
      List.of("do", "it", "make", "sense"), List.of("would", "it", "be", "better"),
      List.of("would", "it", "be", "worth"), List.of("be", "worth"), List.of("shall", "we"),
      List.of("should", "we"), List.of("could", "we"), List.of("can", "we"),
      List.of("maybe", "we"), List.of("perhaps", "we"), List.of("would", "you", "mind"),
      List.of("wouldn't", "it"), List.of("would", "not", "it"), List.of("any", "objection"));

  /** Verbs of checking: "Did you check / look / try ...?" challenges more than it asks. */
  public static final Set<String> CHALLENGE_VERBS = Set.of("check", "look", "try", "read", "grep",
      "test", "run", "see", "notice", "consider", "bother", "do", "search", "even");

  /** Fixed rhetorical questions. */
  public static final List<List<String>> RHETORICAL = List.of(List.of("who", "care"),
      List.of("what", "be", "the", "point"), List.of("why", "would", "anyone"),
      List.of("how", "hard", "can"), List.of("be", "not", "it", "obvious"),
      List.of("do", "we", "really", "need"), List.of("do", "you", "even"),
      List.of("do", "you", "actually"), List.of("seriously"), List.of("do", "we", "really", "want"),
      List.of("why", "would", "we"), List.of("why", "would", "you"),
      List.of("have", "you", "even"), List.of("be", "it", "any", "surprise"));

  /** Responses that take a question up without settling it. */
  public static final List<List<String>> NON_RESOLVING = List.of(
      List.of("good", "question"), List.of("hope", "we", "can"), List.of("clear", "up"),
      List.of("not", "have", "a", "strong", "opinion"), List.of("no", "strong", "opinion"),
      List.of("not", "sure"), List.of("not", "know"), List.of("no", "idea"),
      List.of("need", "to", "think"), List.of("will", "think"), List.of("let", "I", "think"),
      List.of("let", "me", "think"), List.of("to", "be", "decide"), List.of("to", "be", "explore"), List.of("yet", "to", "be"),
      List.of("still", "open"), List.of("open", "question"), List.of("try", "to", "clarify"),
      List.of("depend", "on"), List.of("it", "depend"), List.of("not", "decide"),
      List.of("have", "not", "decide"), List.of("unclear"), List.of("tbd"),
      List.of("out", "of", "scope"), List.of("let", "'s", "discuss"), List.of("let", "us", "discuss"),
      List.of("worth", "discuss"), List.of("discuss", "at", "the"), List.of("have", "to", "confirm"),
      List.of("assume", "so"), List.of("guess", "so"));

  /** Concessions and confirmations: a response that opens with one settles the point. */
  public static final Set<String> CONCEDE = Set.of("exactly", "right", "indeed", "true", "yes",
      "yep", "yeah", "correct", "agreed", "ok", "okay", "fair", "ack", "sure", "understood",
      "thanks", "noted");

  /** "No strong opinion": neutral. */
  public static final List<List<String>> NEUTRAL = List.of(
      List.of("not", "have", "a", "strong", "opinion"), List.of("no", "strong", "opinion"),
      List.of("not", "have", "strong", "opinion"), List.of("no", "strong", "preference"),
      List.of("no", "preference"), List.of("fine", "either", "way"),
      List.of("either", "way", "be", "fine"), List.of("either", "be", "fine"),
      List.of("not", "care", "much"), List.of("not", "really", "care"), List.of("not", "mind"),
      List.of("indifferent"), List.of("either", "way", "work"), List.of("ok", "either", "way"),
      List.of("okay", "either", "way"), List.of("happy", "either", "way"),
      List.of("not", "attach", "to"), List.of("not", "attached", "to"));

  /** The accepting kind of neutrality ("fine either way"): with a condition it is conditional. */
  public static final List<List<String>> ACCEPT_EITHER = List.of(List.of("fine", "either", "way"),
      List.of("either", "way", "be", "fine"), List.of("either", "be", "fine"),
      List.of("ok", "either", "way"), List.of("okay", "either", "way"),
      List.of("happy", "either", "way"), List.of("either", "way", "work"));

  /** Deference: "I'll support whatever is decided", "your call". */
  public static final List<List<String>> DEFER = List.of(List.of("whatever", "decision"),
      List.of("whatever", "you", "decide"), List.of("whatever", "we", "decide"),
      List.of("whatever", "be", "decide"), List.of("whatever", "the", "maintainer"),
      List.of("defer", "to"), List.of("up", "to", "you"), List.of("your", "call"),
      List.of("leave", "it", "to"), List.of("go", "with", "whatever"),
      List.of("support", "whatever"), List.of("follow", "whatever"),
      List.of("whatever", "consensus"), List.of("maintainer", "'s", "call"),
      List.of("whatever", "you", "prefer"), List.of("whatever", "you", "think"),
      List.of("whatever", "you", "choose"), List.of("trust", "your", "judgement"),
      List.of("trust", "your", "judgment"),
      List.of("up", "to", "the", "maintainer"), List.of("happy", "with", "whatever"),
      List.of("fine", "with", "whatever"));

  /** Conditions on support: "as long as", "provided that". */
  public static final List<List<String>> CONDITION = List.of(List.of("as", "long", "as"),
      List.of("provided", "that"), List.of("provide", "that"), List.of("only", "if"),
      List.of("on", "condition"), List.of("assuming", "that"), List.of("as", "soon", "as"),
      List.of("so", "long", "as"), List.of("if", "and", "only", "if"), List.of("unless"),
      List.of("could", "live", "with"), List.of("can", "live", "with"));

  /** Reservations: "my only concern", "what stops me". */
  public static final List<List<String>> CONCERN = List.of(List.of("concern"),
      List.of("concerned"), List.of("worried"), List.of("worry"), List.of("reservation"),
      List.of("stop", "I", "from"), List.of("stop", "me", "from"), List.of("hesitant"),
      List.of("not", "convinced"), List.of("uneasy"), List.of("afraid"), List.of("wary"),
      List.of("the", "problem", "be"), List.of("my", "issue"), List.of("nervous"),
      List.of("skeptical"), List.of("sceptical"), List.of("shortcoming"), List.of("be", "not", "sure", "it"),
      List.of("be", "not", "sure", "that"), List.of("be", "not", "sure", "this"),
      List.of("not", "block"), List.of("not", "go", "to", "block"),
      List.of("not", "stand", "in", "the", "way"));

  /** Agreement and approval. */
  public static final List<List<String>> SUPPORT = List.of(List.of("agree"), List.of("+1"),
      List.of("sound", "good"), List.of("make", "sense"), List.of("lgtm"), List.of("in", "favor"),
      List.of("in", "favour"), List.of("i", "like"),
      List.of("fine", "with", "I"), List.of("fine", "by", "I"), List.of("fine", "with", "me"),
      List.of("fine", "by", "me"), List.of("go", "for", "it"), List.of("prefer"),
      List.of("look", "good"), List.of("like", "the", "idea"), List.of("good", "idea"),
      List.of("happy", "with"), List.of("all", "for"), List.of("endorse"), List.of("embrace"),
      List.of("worth", "it"), List.of("acked-by"), List.of("reviewed-by"),
      List.of("acked"), List.of("ack", "-", "by"), List.of("reviewed", "-", "by"), List.of("live", "with"),
      List.of("work", "for", "I"), List.of("work", "for", "me"), List.of("work", "for", "we"),
      List.of("work", "for", "us"), List.of("read", "better"),
      List.of("approved"), List.of("granted"), List.of("+1", "to"),
      List.of("convince", "I"), List.of("convince", "me"), List.of("welcome"),
      List.of("fine", "by", "us"), List.of("fine", "by", "we"),
      List.of("fine", "with", "us"), List.of("fine", "with", "we"), List.of("tested", "-", "by"),
      List.of("test", "-", "by"));

  /**
   * Disagreement and rejection. The verbs "object" and "oppose" are read with their subject
   * and negation by the stance reader ({@link #AGREE_VERBS}), never as bare words: "an
   * unreachable object" takes no stand.
   */
  public static final List<List<String>> OPPOSE = List.of(List.of("disagree"), List.of("nak"),
      List.of("nack"), List.of("nacked-by"), List.of("nacked"), List.of("-1"), List.of("i", "be", "against"),
      List.of("we", "be", "against"), List.of("bad", "idea"), List.of("not", "a", "good", "idea"),
      List.of("rather", "not"), List.of("please", "do", "not"), List.of("strongly", "oppose"),
      List.of("oppose"), List.of("not", "acceptable"), List.of("unacceptable"),
      List.of("not", "go", "to", "happen"), List.of("do", "not", "like"),
      List.of("do", "not", "think", "we", "should"), List.of("do", "not", "see", "the", "point"),
      List.of("not", "go", "in"), List.of("not", "sure", "we", "should"),
      List.of("not", "sure", "that", "we", "should"), List.of("not", "sure", "we", "need"),
      List.of("too", "weak"), List.of("too", "strong"),
      List.of("i", "would", "rather", "drop"), List.of("i", "'d", "rather", "drop"));

  /** Words of agreement whose negation turns them around ("I don't agree"). */
  public static final Set<String> AGREE_VERBS = Set.of("agree", "support", "like", "endorse",
      "prefer", "favor", "favour", "embrace", "object", "oppose", "disagree", "mind", "care",
      "love", "hate", "dislike");

  /**
   * Statements that settle an issue in favour. A bare "Agreed" is a reviewer's support, not a
   * settlement, so it is a stance cue only.
   */
  public static final List<List<String>> AGREED = List.of(List.of("apply", "thanks"),
      List.of("applied"), List.of("apply", "to"), List.of("queue"), List.of("queued"),
      List.of("merge"), List.of("merged"), List.of("pull", "into"), List.of("let", "'s", "go", "with"),
      List.of("let", "us", "go", "with"), List.of("we", "will", "go", "with"),
      List.of("we", "'ll", "go", "with"), List.of("go", "with", "that"),
      List.of("consensus", "be"), List.of("we", "have", "consensus"), List.of("settle", "on"),
      List.of("decide", "to"), List.of("decision", "be", "to"), List.of("it", "be", "decide"),
      List.of("so", "be", "it"), List.of("sold"), List.of("approve"), List.of("approved"));

  /**
   * Openers with which a proposal's author takes up a reviewer's point ("Agreed, MUST in
   * v3.", "Will do.", "Good point, fixed in v2."): from the author, they settle that point.
   */
  public static final List<List<String>> ACCEPT = List.of(List.of("agreed"), List.of("agree"),
      List.of("will", "do"), List.of("'ll", "do"), List.of("will", "fix"), List.of("'ll", "fix"),
      List.of("will", "change"), List.of("'ll", "change"), List.of("good", "point"),
      List.of("fair", "point"), List.of("fix", "in", "v"), List.of("done"), List.of("fixed"),
      List.of("you", "be", "right"));

  /** Short endorsements that speak to the proposal itself ("+1", "LGTM", "NAK"). */
  public static final Set<String> ENDORSE = Set.of("+1", "-1", "lgtm", "nak", "nack", "ack");

  /** Words of a short question that only calls for replies ("Thoughts?", "Sound okay?"). */
  public static final List<String> FEEDBACK_INVITES = List.of("thoughts", "comments",
      "objections", "feedback", "opinions", "sound okay", "sound ok", "sound good",
      "sounds okay", "sounds ok", "sounds good", "does that sound", "am i confused",
      "am i missing", "am i wrong", "your concern", "that work", "work for you",
      "make sense", "makes sense", "status of this");

  /** Statements that settle an issue against. */
  public static final List<List<String>> REJECTED = List.of(List.of("nak"), List.of("nack"),
      List.of("reject"), List.of("drop", "this"), List.of("drop", "the", "patch"),
      List.of("not", "go", "to", "merge"), List.of("not", "go", "to", "apply"),
      List.of("will", "not", "take"), List.of("wo", "n't", "take"), List.of("will", "not", "merge"),
      List.of("wo", "n't", "merge"), List.of("not", "go", "to", "take"),
      List.of("not", "go", "in"), List.of("not", "go", "to", "go", "in"));

  /** Openers with which a thread's first message proposes something. */
  public static final List<List<String>> PROPOSING = List.of(List.of("i", "propose"),
      List.of("we", "propose"), List.of("i", "would", "like", "to", "propose"),
      List.of("i", "'d", "like", "to", "propose"), List.of("i", "would", "like", "to", "ask", "for"),
      List.of("i", "'d", "like", "to", "ask", "for"), List.of("please", "consider"),
      List.of("this", "patch"), List.of("this", "series"), List.of("i", "suggest"),
      List.of("request", "a"), List.of("request", "an"), List.of("i", "would", "like", "to", "request"),
      List.of("i", "'d", "like", "to", "request"), List.of("this", "proposal"),
      List.of("i", "want", "to", "propose"), List.of("let", "'s", "discuss"));

  /** Words and phrases that mark a message as a proposal. */
  public static final Set<String> PROPOSAL_SUBJECT_TAGS = Set.of("patch", "rfc", "proposal",
      "proposed", "propose", "draft");

  /** Function words left out when comparing content ("the", "we", "be", ...). */
  public static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "of",
      "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "about", "than", "then",
      "so", "that", "this", "these", "those", "there", "here", "it", "its", "i", "me", "my",
      "we", "us", "our", "you", "your", "he", "she", "they", "them", "their", "be", "is", "are",
      "was", "were", "am", "been", "being", "do", "does", "did", "have", "has", "had", "will",
      "would", "can", "could", "may", "might", "shall", "not", "n't", "no", "what", "which",
      "who", "whom", "why", "how", "when", "where", "whether", "some", "any", "all", "just",
      "also", "too", "very", "more", "most", "other", "such", "only", "own", "same", "one",
      "thing", "way", "get", "make", "go", "think", "say", "e.g", "i.e", "etc", "'s", "'m",
      "'re", "'ll", "'d", "'ve", "let", "like", "want", "need", "now", "still", "even", "yet");
}
