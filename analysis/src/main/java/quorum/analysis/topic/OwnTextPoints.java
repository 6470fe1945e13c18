package quorum.analysis.topic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Token;
import quorum.analysis.position.StanceReader;
import quorum.mail.Patch;
import quorum.mail.Segment;
import quorum.mail.Stance;

/**
 * Points raised in a reply's own text without a question mark: a concern ("the deduplication
 * might get annoying") or a suggestion ("Let's enable
 * the warning too.", "We could add a RETIRED file.", "I'd suggest a table of removals.", an
 * imperative "Or move the bits into the driver sources."). The shape comes from the parse:
 * "let" with an "'s"/"us" object, a "we" subject with a modal of possibility or advice, a
 * first-person verb of suggesting, or a bare verb opening a sentence with no subject. A
 * point needs {@value #MIN_NOUNS} distinctive nouns (see {@link ThreadVocabulary}) to say
 * what it is about; "Let's do that." raises nothing of its own. Not a point of its own: one
 * that shares {@value #MIN_NOUNS} content words with the quote it answers or with the
 * proposal (it is about those), a concern following a question in its block (it explains
 * the question), and the text of a message posting a new version of the patch.
 */
public final class OwnTextPoints {
  static final int MIN_NOUNS = 2;
  private final StanceReader stances = new StanceReader();
  private static final Set<String> ADVICE_MODALS = Set.of("could", "should", "can", "might");
  private static final Set<String> SUGGEST_VERBS = Set.of("suggest", "propose", "recommend");
  private static final Set<String> LEAD_INS = Set.of("or", "so", "then", "maybe", "perhaps",
      "also", "instead", "and", "alternatively");

  /** The points of every reply (the first message's points are its proposal). */
  public List<Point> find(ThreadView view, ThreadVocabulary vocabulary, Set<Sentence> asked,
      String proposalText) {
    Set<String> proposal = Words.content(proposalText);
    Map<Sentence, Boolean> skip = new IdentityHashMap<>();
    asked.forEach(s -> skip.put(s, true));
    Optional<Turn> root = view.root();
    List<Point> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      if (root.isPresent() && root.get().key().equals(t.key()) || postsPatch(t)) {
        continue;
      }
      for (Block b : t.blocks()) {
        Set<String> quoted = Words.content(b.anchor());
        boolean afterQuestion = false;
        for (Sentence s : b.sentences()) {
          if (skip.containsKey(s)) {
            afterQuestion = true;
            continue;
          }
          Optional<Point.Kind> kind = kindOf(s);
          // a concern after a question of the block explains the question; a suggestion
          // after it is an option of its own ("Or move the bits into the sources.")
          if (s.text().strip().endsWith("?") || kind.isEmpty()
              || afterQuestion && kind.get() == Point.Kind.CONCERN) {
            continue;
          }
          Set<String> nouns = vocabulary.distinctive(TopicWords.nouns(s));
          if (nouns.size() >= MIN_NOUNS && Words.overlap(nouns, quoted) < MIN_NOUNS
              && Words.overlap(nouns, proposal) < MIN_NOUNS) {
            out.add(new Point(kind.get(), s.text().replaceAll("\\s+", " ").strip(),
                t, Optional.of(b), Optional.of(s), nouns));
          }
        }
      }
    }
    return out;
  }

  /**
   * A suggestion that takes no stand (a stand reacts to something said), or a concern: a
   * reservation ({@link StanceReader} reads a concern) is a point of its own when it is
   * about something new.
   */
  private Optional<Point.Kind> kindOf(Sentence s) {
    Optional<Stance> stance = stances.read(s);
    if (stance.filter(x -> x == Stance.CONCERN).isPresent()) {
      return Optional.of(Point.Kind.CONCERN);
    }
    return stance.isEmpty() && suggests(s) ? Optional.of(Point.Kind.SUGGESTION) : Optional.empty();
  }

  /** A new version of the proposal (its own patch): its sentences describe, not suggest. */
  private static boolean postsPatch(Turn t) {
    for (Segment s : t.message().segments()) {
      if (s instanceof Patch && s.depth() == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence puts forward something to do (see the class comment). */
  public static boolean suggests(Sentence s) {
    return letUs(s) || weModal(s) || suggestVerb(s) || imperative(s);
  }

  /** "Let's enable it.", "Let us keep both names." */
  static boolean letUs(Sentence s) {
    int at = first(s);
    return at > 0 && at < s.size() && s.token(at).lowerWord().equals("let")
        && (s.token(at + 1).lowerWord().equals("'s") || s.token(at + 1).lowerWord().equals("us"));
  }

  /** "We could add a file.", "we should just drop it": a "we" subject with an advice modal. */
  static boolean weModal(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.isVerb() || s.isNegated(t.index())) {
        continue;
      }
      Optional<Integer> subj = s.subject(t.index());
      if (subj.isEmpty() || !s.token(subj.get()).lowerWord().equals("we")) {
        continue;
      }
      for (String m : s.modals(t.index())) {
        if (ADVICE_MODALS.contains(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "I'd suggest a table", "I propose we keep it": a first-person verb of suggesting. */
  static boolean suggestVerb(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isVerb() && SUGGEST_VERBS.contains(t.lower()) && !s.isNegated(t.index())) {
        Optional<Integer> subj = s.subject(t.index());
        if (subj.isPresent() && s.token(subj.get()).lowerWord().equals("i")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Or move the bits into the sources.": a base-form verb first, heading the sentence. */
  static boolean imperative(Sentence s) {
    int at = first(s);
    if (at < 1) {
      return false;
    }
    Token t = s.token(at);
    return t.tag().equals("VB") && s.root() == at && s.subject(at).isEmpty()
        && !t.lower().equals("thank") && !t.lower().equals("see");
  }

  /** The first token after lead-in words and punctuation, or -1. */
  private static int first(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.isPunct() && !LEAD_INS.contains(t.lowerWord())) {
        return t.index();
      }
    }
    return -1;
  }
}
