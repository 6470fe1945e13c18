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
 * imperative "Or move the bits into the driver sources.", a request "Please do also consider
 * submitting this to the MC.", an obligation put to the one addressed "You are going to have
 * to fix that footer up."). The shape comes from the parse: "let" with an "'s"/"us" object, a
 * "we" subject with a modal of possibility or advice, a first-person verb of suggesting (or
 * one opening the sentence: "Nit: Suggest removing the dots."), a bare verb opening a
 * sentence with no subject, "please" before a subjectless verb, or a main clause with a
 * "you" subject and "should"/"must"/"have to"/"need to", or a sentence naming the writer's
 * ask ("my main ask would be to ...", "what we want is ..."), or the remedy it names ("the
 * proper fix is to ...", see {@link NamedCourse}), or an offer, plan or wish of
 * the writer's own ("I'd be happy to explain X", "we are willing to extend the talk", see
 * {@link #offersOrPlans}). A short label before a colon
 * ("Nit:") counts as a lead-in. A
 * point needs {@value #MIN_NOUNS} distinctive nouns (see {@link ThreadVocabulary}) to say
 * what it is about; "Let's do that." raises nothing of its own. Not a point of its own: one
 * that shares {@value #MIN_NOUNS} content words with the quote it answers or with the
 * proposal (it is about those), unless it is a suggestion bringing more nouns of its own
 * ({@link #bringsMore}) or one that someone else answers under a quote of it alone
 * ({@link #answeredItem}), a concern following a question in its block (it explains
 * the question), and the text of a message posting a new version of the patch.
 */
public final class OwnTextPoints {
  static final int MIN_NOUNS = 2;
  /** At most this many tokens and a colon open a sentence with a label ("Nit:"). */
  private static final int LABEL = 3;
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
          boolean own = nouns.size() >= MIN_NOUNS && (newTopic(nouns, quoted, proposal)
              || kind.get() == Point.Kind.SUGGESTION && bringsMore(nouns, quoted, proposal));
          if (own || answeredItem(view, t, s, kind.get(), nouns, proposal)) {
            out.add(new Point(kind.get(), s.text().replaceAll("\\s+", " ").strip(),
                t, Optional.of(b), Optional.of(s), nouns));
          }
        }
      }
    }
    return out;
  }

  /**
   * "- Simplify the rst output kernel-doc produces." answered under a quote of it alone ("Seems
   * worth a try."): a suggestion that someone else answers sentence by sentence is a point of
   * its own, whatever it shares with the quote it answered. Not one sharing its nouns with the
   * proposal (a comment on the proposal, which the others answer), nor one by the thread's
   * opener (their own topic again, in other words).
   */
  private static boolean answeredItem(ThreadView view, Turn t, Sentence s, Point.Kind kind,
      Set<String> nouns, Set<String> proposal) {
    return kind == Point.Kind.SUGGESTION && !nouns.isEmpty()
        && Words.overlap(nouns, proposal) < MIN_NOUNS
        && !view.root().map(r -> r.author().sameAs(t.author())).orElse(false)
        && Uptake.answeredUnder(view, t, s.text());
  }

  /** Whether a point's nouns share fewer than {@value #MIN_NOUNS} with the quote and the proposal. */
  private static boolean newTopic(Set<String> nouns, Set<String> quoted, Set<String> proposal) {
    return Words.overlap(nouns, quoted) < MIN_NOUNS && Words.overlap(nouns, proposal) < MIN_NOUNS;
  }

  /**
   * "Please do also consider submitting this as a topic for the Device Memory
   * Microconference": a suggestion that names what it answers ("this topic") but brings more
   * nouns of its own, at least {@value #MIN_NOUNS}, than it shares with the quote and the
   * proposal puts forward a new course of action, not a comment on the old one.
   */
  static boolean bringsMore(Set<String> nouns, Set<String> quoted, Set<String> proposal) {
    int own = 0;
    int shared = 0;
    for (String n : nouns) {
      if (quoted.contains(n) || proposal.contains(n)) {
        shared++;
      } else {
        own++;
      }
    }
    return own >= MIN_NOUNS && own > shared;
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
    // an offer made on a condition ("If it helps, I'd be happy to explain X") is still one
    boolean open = stance.isEmpty() || stance.get() == Stance.SUPPORT && putsForward(s)
        || stance.get() == Stance.CONDITIONAL && offersOrPlans(s);
    return open && suggests(s) ? Optional.of(Point.Kind.SUGGESTION) : Optional.empty();
  }

  /**
   * "It would be nice to check the threshold automatically", "We could definitely define who
   * may NACK": a suggestion the writer welcomes in the same breath is still a course of
   * action put forward (the welcome is for it, not for something said before); only these
   * shapes, a "we" modal heading the sentence, a wished-for course of action or a named
   * remedy ("the best would be to ..."), carry a support this way.
   */
  private static boolean putsForward(Sentence s) {
    int root = s.root();
    return wishedFor(s) || offersOrPlans(s) || NamedCourse.puts(s)
        || root > 0 && s.token(root).isVerb() && !s.isNegated(root) && subjectIs(s, root, "we")
        && hasModal(s, root, ADVICE_MODALS);
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
    return letUs(s) || weModal(s) || suggestVerb(s) || imperative(s) || pleaseDo(s)
        || youHaveTo(s) || namesItsAsk(s) || wishedFor(s) || offersOrPlans(s)
        || NamedCourse.puts(s);
  }

  /**
   * Whether the sentence's main clause itself puts a course of action forward (its writer's
   * own ask): every shape of {@link #suggests} but an obligation put to the one addressed
   * ("You should have cc'd the list" looks back as often as forward), and a "we" modal only
   * heading the sentence ("We could add a file", not "... and how we can deal with it").
   */
  public static boolean asksForAction(Sentence s) {
    int root = s.root();
    boolean weAtRoot = root > 0 && s.token(root).isVerb() && !s.isNegated(root)
        && subjectIs(s, root, "we") && hasModal(s, root, ADVICE_MODALS);
    return letUs(s) || weAtRoot || suggestVerb(s) || imperative(s) || pleaseDo(s)
        || namesItsAsk(s) || wishedFor(s) || offersOrPlans(s) || NamedCourse.puts(s);
  }

  /** Words by which the writer wishes for something ("I'd like to", "I'd love to"). */
  private static final Set<String> WISH_VERBS = Set.of("like", "love");
  /** The modal a wish takes ("I would like to", "I'd love to"). */
  private static final Set<String> WISH_MODALS = Set.of("would", "'d");
  /** Words by which the writer plans something ("I plan to", "we intend to"). */
  private static final Set<String> PLAN_VERBS = Set.of("plan", "intend");
  /** Adjectives by which the writer offers something ("I'd be happy to", "we are willing to"). */
  private static final Set<String> OFFER_ADJECTIVES = Set.of("happy", "willing", "glad", "keen");
  /**
   * What a reader offers or wishes to do with the work or the session under discussion ("I'd
   * be happy to review the next version", "I'd like to attend this session", "I would love to
   * see that presented"): a stand on it or a service, not a course of action of its own.
   */
  private static final Set<String> ACTS_ON_THE_WORK = Set.of("review", "ack", "test", "take",
      "apply", "merge", "pick", "queue", "help", "hear", "know", "answer", "thank", "read",
      "comment", "look", "see", "attend", "join", "participate", "contribute");

  /**
   * "I'd like to write the rules down in the process documentation", "We are willing to
   * extend the talk to a full hour", "I'd be happy to briefly explain the scanner stack", "I
   * plan to take part remotely": the writer offers, plans or wishes for a course of action of
   * their own (an "I"/"we" subject, not negated, with "would like/love to", "be
   * happy/willing/glad to" or "plan/intend to" and a verb). Others then take it up or turn it
   * down, so it is a point of its own; offering to act on the work under discussion ({@link #ACTS_ON_THE_WORK}) is not,
   * nor a wish in a relative clause, which describes what it hangs on ("This is something
   * I'd like to automate later", "what we would like to have" are about what the sentence or
   * the one before says), one on a condition ("if we were willing to drop it, ..."),
   * or one that only takes up what was said ({@link #onWhatWasSaid}).
   */
  static boolean offersOrPlans(Sentence s) {
    for (Token t : s.tokens()) {
      int at = t.index();
      if (at + 2 > s.size() || !s.token(at + 1).lowerWord().equals("to")
          || s.isNegated(at) || !(subjectIs(s, at, "i") || subjectIs(s, at, "we"))
          || inRelativeClause(s, at) || conditional(s, at)) {
        continue;
      }
      boolean wish = t.isVerb() && WISH_VERBS.contains(t.lower())
          && hasModal(s, at, WISH_MODALS);
      boolean plan = t.isVerb() && PLAN_VERBS.contains(t.lower());
      boolean offer = OFFER_ADJECTIVES.contains(t.lowerWord());
      int verb = at + 2 < s.size() && s.token(at + 2).tag().equals("RB") ? at + 3 : at + 2;
      Token action = s.token(verb); // "to briefly explain"
      if ((wish || plan || offer) && action.tag().equals("VB")
          && !ACTS_ON_THE_WORK.contains(action.lower()) && !onWhatWasSaid(s, verb)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WISH_ADJECTIVES = Set.of("nice", "good", "great", "better",
      "helpful", "useful", "best", "preferable", "wise", "sensible");

  /**
   * "It would be nice to avoid checking the threshold by hand", "it'd be better to start in
   * staging": a course of action the writer wishes for ("it would/'d be" and an adjective of
   * worth before "to" and a verb).
   */
  static boolean wishedFor(Sentence s) {
    for (Token t : s.tokens()) {
      int at = t.index();
      if (!t.lowerWord().equals("it") || at + 5 > s.size()) {
        continue;
      }
      String modal = s.token(at + 1).lowerWord();
      if (!(modal.equals("would") || modal.equals("'d")) || !s.token(at + 2).lower().equals("be")) {
        continue;
      }
      int adj = at + 3;
      if (adj < s.size() && s.token(adj).tag().equals("RB")) {
        adj++; // "it would be really nice to ..."
      }
      if (adj < s.size() && WISH_ADJECTIVES.contains(s.token(adj).lowerWord())
          && s.token(adj + 1).lowerWord().equals("to")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ASK_NOUNS = Set.of("ask", "suggestion", "proposal",
      "preference", "recommendation", "request");
  private static final Set<String> WANT_VERBS = Set.of("want", "need");

  /**
   * "My main ask would be to have an in-tree user", "My suggestion is to keep both", and the
   * cleft "what we want is a single table": the writer names what they put forward.
   */
  static boolean namesItsAsk(Sentence s) {
    for (Token t : s.tokens()) {
      int at = t.index();
      String w = t.lowerWord();
      if ((w.equals("my") || w.equals("our")) && at + 2 <= s.size()) {
        int noun = s.token(at + 1).tag().startsWith("JJ") ? at + 2 : at + 1;
        if (noun <= s.size() && ASK_NOUNS.contains(s.token(noun).lowerWord())
            && followedByBe(s, noun)) {
          return true;
        }
      }
      if (w.equals("what") && at + 3 <= s.size() && s.token(at + 1).lowerWord().equals("we")
          && WANT_VERBS.contains(s.token(at + 2).lower())
          && s.token(at + 3).lower().equals("be")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a form of "be" follows {@code at} within three tokens ("would be", "is"). */
  private static boolean followedByBe(Sentence s, int at) {
    for (int i = at + 1; i <= Math.min(s.size(), at + 3); i++) {
      if (s.token(i).lower().equals("be")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause of {@code verb} is a relative one: the parser's relative-clause edge,
   * or its subject right after a noun or a wh-word ("something I'd like", "what we plan").
   */
  private static boolean inRelativeClause(Sentence s, int verb) {
    if (s.head(verb).map(d -> d.base().equals("acl")).orElse(false)) {
      return true;
    }
    int subject = s.subject(verb).orElse(0);
    if (subject < 2) {
      return false;
    }
    Token before = s.token(subject - 1);
    return before.tag().startsWith("NN") || before.isWh();
  }

  /** Verbs that wish for no change ("I'd like to keep it as it is"): a stand, no new course. */
  private static final Set<String> STATUS_QUO = Set.of("keep", "leave", "stay", "stick");
  /** Pronouns that take up what was said ("try implementing this"). */
  private static final Set<String> BACK_REFERENCES = Set.of("it", "them", "this", "that");
  /** Words by which a sentence points into its own message ("the points below"). */
  private static final Set<String> OWN_MESSAGE = Set.of("below", "following", "above");

  /**
   * Whether the wished-for act only takes up what was said: a verb of no change, a plan for
   * the message itself ("I plan to cover the points below"), or a verb
   * (or a gerund right after it) whose object is a pronoun ending the clause ("happy to try
   * implementing this, if people like it"); "extend this to a full hour" brings its own
   * content.
   */
  private static boolean onWhatWasSaid(Sentence s, int verb) {
    if (STATUS_QUO.contains(s.token(verb).lower()) || s.hasAny(OWN_MESSAGE)) {
      return true; // "I plan to cover the points below": the message's own layout
    }
    int next = verb + 1;
    if (next <= s.size() && s.token(next).tag().equals("VBG")) {
      next++;
    }
    if (next > s.size() || !BACK_REFERENCES.contains(s.token(next).lowerWord())) {
      return false;
    }
    return next == s.size() || s.token(next + 1).isPunct();
  }

  /** Whether the clause of {@code verb} is a condition ("if we were willing to ..."). */
  private static boolean conditional(Sentence s, int verb) {
    for (int c : s.children(verb, "mark")) {
      String w = s.token(c).lowerWord();
      if (w.equals("if") || w.equals("unless")) {
        return true;
      }
    }
    return false;
  }

  /** "Please do also consider submitting it to the MC.": a request with no subject. */
  static boolean pleaseDo(Sentence s) {
    int at = first(s);
    int root = s.root();
    return at > 0 && s.token(at).lowerWord().equals("please") && root > at
        && s.token(root).tag().equals("VB") && s.subject(root).isEmpty();
  }

  private static final Set<String> OBLIGATION_MODALS = Set.of("should", "must");
  private static final Set<String> NEED_VERBS = Set.of("have", "need");

  /**
   * "You should drop the footer.", "You are going to have to fix that footer up.": an
   * obligation put to the one addressed (a "you" subject with "should"/"must", or with "have
   * to"/"need to").
   */
  static boolean youHaveTo(Sentence s) {
    // the main clause only: "If you need to ..." is a condition, not an obligation
    for (Token t : s.tokens()) {
      if (!t.isVerb() || t.index() != s.root() || s.isNegated(t.index())) {
        continue;
      }
      if (subjectIs(s, t.index(), "you")
          && (hasModal(s, t.index(), OBLIGATION_MODALS) || chainNeeds(s, t.index()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the subject of the verb at {@code verb} is the pronoun {@code word}. */
  private static boolean subjectIs(Sentence s, int verb, String word) {
    return s.subject(verb).map(i -> s.token(i).lowerWord().equals(word)).orElse(false);
  }

  /** Whether the verb at {@code verb} has one of {@code modals} ("could add", "must send"). */
  private static boolean hasModal(Sentence s, int verb, Set<String> modals) {
    return s.modals(verb).stream().anyMatch(modals::contains);
  }

  /** Whether {@code index} or a verb it takes as a complement is "have to"/"need to". */
  private static boolean chainNeeds(Sentence s, int index) {
    int at = index;
    for (int hops = 0; hops < 3; hops++) {
      Token t = s.token(at);
      if (NEED_VERBS.contains(t.lower()) && at < s.size()
          && s.token(at + 1).lowerWord().equals("to")) {
        return true;
      }
      List<Integer> next = s.children(at, "xcomp");
      if (next.isEmpty()) {
        return false;
      }
      at = next.get(0);
    }
    return false;
  }

  /** "Let's enable it.", "Let us keep both names." */
  static boolean letUs(Sentence s) {
    int at = first(s);
    return at > 0 && at < s.size() && s.token(at).lowerWord().equals("let")
        && (s.token(at + 1).lowerWord().equals("'s") || s.token(at + 1).lowerWord().equals("us"));
  }

  /**
   * "We could add a file.", "we should just drop it": a "we" subject with an advice modal;
   * not a clause under a negated opinion ("I don't think we can generalise from these
   * examples"), which argues against something rather than putting a course forward.
   */
  static boolean weModal(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.isVerb() || s.isNegated(t.index())) {
        continue;
      }
      if (subjectIs(s, t.index(), "we") && hasModal(s, t.index(), ADVICE_MODALS)
          && !underNegatedOpinion(s, t.index())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause of {@code verb} is the complement of a negated verb ("don't think"). */
  private static boolean underNegatedOpinion(Sentence s, int verb) {
    return s.head(verb).filter(d -> d.base().equals("ccomp") && d.governor() > 0)
        .map(d -> s.isNegated(d.governor())).orElse(false);
  }

  /** "I'd suggest a table", "I propose we keep it": a first-person verb of suggesting. */
  static boolean suggestVerb(Sentence s) {
    int at = first(s);
    // "Suggest removing the dots": the parser often takes a sentence-initial verb for a name
    if (at > 0 && SUGGEST_VERBS.contains(s.token(at).lowerWord())) {
      return true;
    }
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

  /**
   * The first token after lead-in words and punctuation, or -1; a short label before a colon
   * ("Nit: Suggest removing ...", "Also: ...") is a lead-in too.
   */
  private static int first(Sentence s) {
    int from = 1;
    for (int i = 1; i <= Math.min(LABEL, s.size()); i++) {
      if (s.token(i).word().equals(":")) {
        from = i + 1;
        break;
      }
    }
    for (Token t : s.tokens()) {
      if (t.index() >= from && !t.isPunct() && !LEAD_INS.contains(t.lowerWord())) {
        return t.index();
      }
    }
    return -1;
  }
}
