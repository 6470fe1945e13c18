package quorum.analysis.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.mail.QuestionForm;

/**
 * Whether a block that responds to a question settles it. It does when it opens on an
 * answer word ("Yes", "No", "Right", "Because ..."), or says anything that is not itself a
 * question; it does not when it takes the question up without settling it ("Good question",
 * "not sure", "no strong opinion", "out of scope for now", "let's discuss"), or only asks
 * back (a tag question "..., isn't it?" included), speaks of the question as a question
 * ("That's one of the questions for the session"), only rates it ("Good to have this
 * data for planning.") or meets a yes/no question with a course of its own ("I'd much rather
 * see ...": {@link CounterProposal}). A doubt raised later in the block about
 * something else ("I'm not sure why X, though") asks a new question and leaves the answer
 * before it standing.
 */
final class Settlement {
  private static final Set<String> ANSWER_OPENERS = Set.of("no", "nope", "because", "since");

  private final QuestionForms forms = new QuestionForms();

  boolean settles(Block rb) {
    return settles(rb, null);
  }

  /**
   * Whether {@code rb} settles {@code question} (null: a question of unknown kind). A reply
   * answers in its first own sentence, after a salutation ("Hey Dan,"): one that opens by
   * asking back continues the discussion, and a bare "yes"/"agreed" answers a yes/no
   * question, not "where"/"what"/"how".
   */
  boolean settles(Block rb, Sentence question) {
    return reading(rb, question).settles();
  }

  /**
   * Which of the readings below decided whether {@code rb} settles {@code question}: the
   * learned answer reader ({@link AnswerFeatures}) weighs the rules' reasons, not only their
   * verdict.
   */
  Reading reading(Block rb, Sentence question) {
    List<Sentence> ss = withoutSalutation(rb.sentences());
    if (ss.isEmpty()) {
      return Reading.EMPTY;
    }
    Sentence first = ss.get(0);
    if (defers(first)) {
      return Reading.DEFERS;
    }
    if (question != null && ShortAnswer.answers(AnswerKind.of(question), first)) {
      return Reading.SHORT_ANSWER; // "It does not." / "Nothing, I think.": what follows qualifies the answer
    }
    String opener = first.tokens().isEmpty() ? "" : first.token(1).lowerWord();
    boolean asksWh = question != null && AnswerKind.of(question) == AnswerKind.CONTENT;
    if (ANSWER_OPENERS.contains(opener)) {
      return Reading.ANSWER_WORD;
    }
    if (question != null && AnswerKind.answersInKind(question, first)) {
      return Reading.IN_KIND;
    }
    if (Lexicon.CONCEDE.contains(opener) && !(asksWh && assentOnly(first))) {
      return Reading.CONCEDES;
    }
    if (asksWh && assentOnly(first)) {
      return Reading.ASSENT_TO_WH; // "Absolutely, yes." to "where's the line?" agrees with something else
    }
    if (QuestionForms.tagQuestion(first)) {
      return Reading.TAG_QUESTION; // "..., isn't it?" asks for assent to a point of its own
    }
    if (talksAbout(first)) {
      return Reading.TALKS_ABOUT; // "That's one of the questions for the session :)"
    }
    if (asksBack(first)) {
      return Reading.ASKS_BACK; // "... should work here, right?" takes the point elsewhere
    }
    if (saysNothing(ss)) {
      return Reading.SAYS_NOTHING; // "Huh."
    }
    if (question != null && reacts(first) && !suggests(question)) {
      return Reading.REACTS; // "Good to have this data for planning." to "Is it getting worse?"
    }
    if (question != null && AnswerKind.of(question) == AnswerKind.POLAR
        && CounterProposal.proposes(first)) {
      return Reading.COUNTERS; // "I'd much rather see one digest per release." to "Could it be opt-in?"
    }
    boolean onlyQuestions = true;
    for (int i = 0; i < ss.size(); i++) {
      Sentence s = ss.get(i);
      Optional<QuestionForm> f = forms.classify(s);
      boolean asks = f.isPresent() && f.get() != QuestionForm.RHETORICAL;
      if (defers(s) && (i == 0 || !asks)) {
        return Reading.DEFERS_LATER;
      }
      if (!asks) {
        onlyQuestions = false;
      }
    }
    return onlyQuestions ? Reading.ONLY_QUESTIONS : Reading.STATES;
  }

  /** The reading that decided a block's verdict, and whether it settles. */
  enum Reading {
    EMPTY(false), DEFERS(false), SHORT_ANSWER(true), ANSWER_WORD(true), IN_KIND(true),
    CONCEDES(true), ASSENT_TO_WH(false), TAG_QUESTION(false), TALKS_ABOUT(false),
    ASKS_BACK(false), SAYS_NOTHING(false), REACTS(false), COUNTERS(false), DEFERS_LATER(false),
    ONLY_QUESTIONS(false), STATES(true);

    private final boolean settles;

    Reading(boolean settles) {
      this.settles = settles;
    }

    boolean settles() {
      return settles;
    }
  }

  /**
   * "Good to have this data for planning.", "Nice to hear.", "That sounds awesome.": a first
   * sentence that only rates what was said, an evaluative word with "to" and a verb after it
   * or after "sounds"/"looks". Put to a request for facts or a yes/no question it welcomes the
   * question and gives nothing of what it asks; put to a suggestion it takes it up, which
   * the caller leaves to the other rules.
   */
  static boolean reacts(Sentence s) {
    int i = 1;
    if (i <= s.size() && REFERRING.contains(s.token(i).lowerWord())) {
      i++;
    }
    boolean rates = i <= s.size() && (s.token(i).lower().equals("sound")
        || s.token(i).lower().equals("look"));
    if (rates) {
      i++;
    }
    if (i > s.size() || !RATINGS.contains(s.token(i).lowerWord())) {
      return false;
    }
    if (rates) {
      return i == s.size() || s.token(i + 1).isPunct();
    }
    return i + 2 <= s.size() && s.token(i + 1).lowerWord().equals("to") && s.token(i + 2).isVerb();
  }

  private static final Set<String> REFERRING = Set.of("that", "this", "it");

  /** Words that rate what was said rather than say anything of its subject. */
  private static final Set<String> RATINGS = Set.of("good", "great", "nice", "awesome", "cool",
      "interesting", "glad", "happy", "fantastic", "excellent");

  private boolean suggests(Sentence question) {
    return forms.classify(question).filter(f -> f == QuestionForm.SUGGESTION_AS_QUESTION)
        .isPresent();
  }

  /**
   * Whether {@code rb} only defers the question it answers ("That has to be explored.", "Not
   * sure."): one sentence after a salutation, and a non-resolving one. "Good question. The
   * last time we ..." goes on to a point of its own.
   */
  boolean onlyDefers(Block rb) {
    List<Sentence> ss = withoutSalutation(rb.sentences());
    return ss.size() == 1 && defers(ss.get(0));
  }

  /** Whether {@code s} asks something itself (a rhetorical question states). */
  private boolean asksBack(Sentence s) {
    Optional<QuestionForm> f = forms.classify(s);
    return f.isPresent() && f.get() != QuestionForm.RHETORICAL && f.get() != QuestionForm.INDIRECT;
  }

  /**
   * "That's one of the postulated questions :)", "Question to you.": a first sentence that
   * speaks of the question as a question takes it up as a subject of discussion instead of
   * answering it ("Good question" is a non-resolving cue of its own). "To Lena's question
   * about the mirrors: they moved to v2" names the question to answer it after the colon.
   */
  private static boolean talksAbout(Sentence s) {
    for (int i = 1; i <= s.size(); i++) {
      if (s.token(i).lower().equals("question") && s.token(i).tag().startsWith("NN")) {
        return !answersAfterMark(s, i);
      }
    }
    return false;
  }

  /** Whether a colon or comma after token {@code from} opens a clause that can answer. */
  private static boolean answersAfterMark(Sentence s, int from) {
    for (int i = from + 1; i <= s.size(); i++) {
      String w = s.token(i).word();
      if (w.equals(":") || w.equals(",")) {
        int rest = 0;
        for (int k = i + 1; k <= s.size(); k++) {
          rest += s.token(k).isPunct() ? 0 : 1;
        }
        return rest >= MIN_ANSWER_CLAUSE;
      }
    }
    return false;
  }

  /** "Absolutely, yes.", "Agreed!": an assent word and at most one other content word. */
  private static boolean assentOnly(Sentence s) {
    boolean assent = false;
    StringBuilder rest = new StringBuilder();
    for (int i = 1; i <= s.size(); i++) {
      String w = s.token(i).lowerWord();
      boolean yesNo = Lexicon.CONCEDE.contains(w) || w.equals("no") || w.equals("nope");
      assent |= yesNo;
      if (!yesNo) {
        rest.append(w).append(' ');
      }
    }
    return assent && Words.content(rest.toString()).size() < 2;
  }

  /**
   * The sentences after a salutation or an interjection: a first sentence of at most four
   * tokens that opens on a greeting word or ends with a comma ("Hey Dan,", "Hi all,", "Ted,"),
   * or a lone "Huh." / "Hmm.".
   */
  static List<Sentence> withoutSalutation(List<Sentence> ss) {
    if (ss.isEmpty()) {
      return ss;
    }
    Sentence first = ss.get(0);
    int n = first.size();
    if (n == 0 || n > 4) {
      return ss;
    }
    boolean greets = GREETINGS.contains(first.token(1).lowerWord());
    boolean comma = first.token(n).word().equals(",");
    boolean interjection = n <= 2 && INTERJECTIONS.contains(first.token(1).lowerWord());
    return greets || comma || interjection ? ss.subList(1, ss.size()) : ss;
  }

  private static final Set<String> GREETINGS = Set.of("hi", "hey", "hello", "dear");

  /** "Huh.", "Hmm.": a reaction before the reply proper, which the next sentence gives. */
  private static final Set<String> INTERJECTIONS = Set.of("huh", "hmm", "hmmm", "oh", "well", "so",
      "ah", "uh", "um");

  /** A block of fewer than two content words that opens on no answer word: an interjection. */
  private static boolean saysNothing(List<Sentence> ss) {
    StringBuilder sb = new StringBuilder();
    ss.forEach(s -> sb.append(s.text()).append(' '));
    return Words.content(sb.toString()).size() < 2;
  }

  /**
   * Whether {@code s} takes the question up without settling it. "I don't know anything about
   * Tim's case, but I've run into issues best fixed in the core": a doubt followed by "but"
   * and a clause of its own answers after all.
   */
  static boolean defers(Sentence s) {
    for (List<String> p : Lexicon.NON_RESOLVING) {
      int at = s.findLemmas(p);
      if (at > 0 && !answersAfterBut(s, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean answersAfterBut(Sentence s, int from) {
    for (int i = from + 1; i <= s.size(); i++) {
      if (s.token(i).lowerWord().equals("but")) {
        int rest = 0;
        for (int k = i + 1; k <= s.size(); k++) {
          if (!s.token(k).isPunct()) {
            rest++;
          }
        }
        return rest >= MIN_ANSWER_CLAUSE && s.findLemmas(List.of("not", "sure")) < i;
      }
    }
    return false;
  }

  /** Words after "but" that make a clause that can answer ("but I'd keep it" is four). */
  private static final int MIN_ANSWER_CLAUSE = 4;
}
