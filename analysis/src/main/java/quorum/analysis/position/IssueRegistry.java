package quorum.analysis.position;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Evidences;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.analysis.question.Asked;
import quorum.analysis.topic.OwnTextPoints;
import quorum.analysis.topic.Point;
import quorum.analysis.topic.ThreadVocabulary;
import quorum.analysis.topic.TopicMerger;
import quorum.analysis.topic.TopicWords;
import quorum.analysis.topic.Uptake;
import quorum.mail.MessageKey;
import quorum.mail.Patch;
import quorum.mail.QuestionForm;
import quorum.mail.Segment;
import quorum.mail.Stance;

/**
 * The issues of one thread and which issue a sentence speaks to. Issues come from the thread
 * itself: the proposal of its first message (when it is a patch or an RFC), else the topic its
 * subject puts up for discussion ({@link #topic}: replies argue about it without quoting it),
 * one per topic
 * of the non-rhetorical questions and the suggestions and concerns of replies' own text
 * ({@link TopicMerger} merges those on one point; concerns count only when others take them
 * up, see {@link Uptake}), and quoted sentences that replies take a stand on.
 *
 * <p>A sentence speaks to, in order: the issue it raised itself (every point of a topic
 * raised its issue); the issue an earlier sentence of its block raised, when it points back
 * at it ("that approach"); the proposal, when it names it ("the proposal", "this patch") or gives
 * a verdict that can only be on the whole ("Applied, thanks", "NAK", "This is not going
 * in"), so decisions and positions agree; likewise the thread's topic, when it names it ("I
 * support this topic") without taking up the words of the quote above it; the issue of a
 * point quoted right above its block (the last one when several), unless the sentence shares
 * clearly more content words with another issue than with that question; an issue it names
 * (two content words shared with the topic's points and the quote it was raised under); the
 * issue of the nearest earlier issue-raising sentence of its block; then the block's issue: the question quoted above it, the sub-point
 * (not the proposal) its quoted parent block answered (a reply to an answer carries on the
 * answer's point), in a proposal the quoted statement it takes a stand on (the proposal
 * itself when its author wrote it there or in a later reply defending it), the issue sharing
 * at least two content words with its block, best first, the issue its parent block
 * answered; the proposal, else (in a block answering the first message itself) the topic. One
 * registry serves one analysis call.
 */
public final class IssueRegistry {
  private final ThreadView view;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<Sentence, Issue> raisedBy = new IdentityHashMap<>();
  private final Map<Block, Issue> blockIssue = new IdentityHashMap<>();
  private Optional<Issue> proposal = Optional.empty();
  /** The topic a first message that proposes nothing puts up for discussion, see {@link #topic}. */
  private Optional<Issue> topic = Optional.empty();
  /** The content words of every point of an issue's topic, for naming it in replies. */
  private final Map<Issue, Set<String>> topicWords = new IdentityHashMap<>();
  /** The point issues whose topic opens with a suggestion ("we could ...", "let's ..."). */
  private final Set<Issue> suggestions =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  public IssueRegistry(ThreadView view, List<Asked> questions) {
    this.view = view;
    view.root().filter(r -> isProposal(r) || proposingSentence(r).isPresent()).ifPresent(r -> {
      String text = subjectText(view.discussion().subject());
      Optional<Sentence> proposing = proposingSentence(r);
      if (text.isBlank()) {
        // no subject (an archive copy without headers): the proposal's first sentence says it
        text = r.sentences().isEmpty() ? "the proposal of " + r.author().display()
            : r.sentences().get(0).text().replaceAll("\\s+", " ").strip();
      } else if (proposing.isPresent()) {
        // the subject names the topic, the proposing sentence what is asked for
        text = text + ": " + proposing.get().text().replaceAll("\\s+", " ").strip();
      }
      Issue p = new Issue(nextId(), text, Issue.Kind.PROPOSAL,
          r.author(), r.key(), "");
      issues.add(p);
      proposal = Optional.of(p);
    });
    ThreadVocabulary vocabulary = ThreadVocabulary.of(view);
    List<Point> points = new ArrayList<>();
    for (Asked a : questions) {
      if (a.question().form() == QuestionForm.RHETORICAL || contentless(a.sentence())) {
        continue;
      }
      points.add(new Point(Point.Kind.QUESTION, a.question().about(), a.turn(),
          Optional.of(a.block()), Optional.of(a.sentence()),
          vocabulary.distinctive(TopicWords.nouns(a.sentence()))));
    }
    Set<Sentence> asked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    questions.forEach(a -> asked.add(a.sentence()));
    points.addAll(new OwnTextPoints().find(view, vocabulary, asked,
        proposal.map(Issue::text).orElse("")));
    points.sort(java.util.Comparator.comparingInt((Point p) -> p.turn().position())
        .thenComparingInt(p -> p.sentence().map(Sentence::begin).orElse(0)));
    for (List<Point> topic : new TopicMerger().merge(view, points)) {
      addTopic(topic);
    }
    if (proposal.isEmpty()) {
      view.root().filter(r -> opensATopic(view, r) && !statedInRoot(r)).ifPresent(r -> {
        Issue i = new Issue(nextId(), subjectText(view.discussion().subject()),
            Issue.Kind.POINT, r.author(), r.key(), "");
        issues.add(i);
        topic = Optional.of(i);
      });
    }
  }

  /**
   * One issue for a topic, stated by its first point (a question keeps its wording, so the
   * question and its issue stay one); every point's sentence raised it. A topic of concerns
   * alone is an issue only when others take it up ({@link Uptake}): a reservation nobody
   * answers is a stance on what it sits under, not a point the thread argues about.
   */
  private void addTopic(List<Point> topic) {
    if (Uptake.onlyConcerns(topic) && !Uptake.takenUp(view, topic)) {
      return;
    }
    Point first = topic.get(0);
    String anchor = first.block().map(b -> Evidences.lastSentence(b.anchor())).orElse("");
    Issue.Kind kind = first.kind() == Point.Kind.QUESTION ? Issue.Kind.QUESTION : Issue.Kind.POINT;
    Issue i = new Issue(nextId(), first.text(), kind, first.turn().author(),
        first.turn().key(), anchor);
    issues.add(i);
    if (first.kind() == Point.Kind.SUGGESTION) {
      suggestions.add(i);
    }
    Set<String> words = new java.util.LinkedHashSet<>();
    for (Point p : topic) {
      p.sentence().ifPresent(s -> {
        raisedBy.put(s, i);
        words.addAll(Words.content(s.text()));
      });
    }
    topicWords.put(i, words);
  }

  /**
   * "Thoughts?", "Comments?", "Any objections?": a question with fewer than two content
   * words asks for views on what it follows (the proposal), it is no issue of its own.
   */
  private static boolean contentless(Sentence s) {
    return Words.content(s.text()).size() < 2;
  }

  /**
   * The sentence with which a thread's first message proposes something ("I propose to
   * relicense ...", "I'd like to ask for a freeze exception", "Please consider ...", "This
   * patch adds ..."), the first such; a thread opened that way is a proposal whatever its
   * subject says.
   */
  static Optional<Sentence> proposingSentence(Turn root) {
    for (Sentence s : root.sentences()) {
      if (s.text().strip().endsWith("?")) {
        continue;
      }
      for (List<String> p : Lexicon.PROPOSING) {
        if (s.findLemmas(p) > 0) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A first message that puts a topic up for discussion under a subject stating it (not a
   * question: no question mark, no question word first): "Per-cgroup swap device control",
   * "Transparency when rejecting patches". Replies argue about that topic without quoting it,
   * so the subject is an issue of its own even when the message proposes no change.
   */
  static boolean opensATopic(ThreadView view, Turn root) {
    String subject = subjectText(view.discussion().subject());
    String first = subject.toLowerCase(Locale.ROOT).split("[^a-z]+", 2)[0];
    return !subject.isBlank() && !subject.endsWith("?") && !ASKING_WORDS.contains(first)
        && Words.content(subject).size() >= TOPIC_MIN_WORDS;
  }

  /** Words that open a subject put as a question without its mark ("How far to go with X"). */
  private static final Set<String> ASKING_WORDS = Set.of("how", "what", "why", "when", "where",
      "which", "who", "should", "shall", "can", "could", "is", "are", "do", "does", "will",
      "would");

  private static final int TOPIC_MIN_WORDS = 2;

  /**
   * Whether the opener already put the subject as an issue in the first message ("should we
   * reconsider RichACL?" under "re-think of RichACLs"): a question or point raised there that
   * shares two content words with the subject is the topic, no second issue of it.
   */
  private boolean statedInRoot(Turn root) {
    Set<String> subject = Words.content(subjectText(view.discussion().subject()));
    for (Issue i : issues) {
      if (i.in().equals(root.key()) && Words.overlap(subject, Words.content(i.text())) >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The topic of a thread whose first message proposes nothing but puts a subject up for
   * discussion ({@link #opensATopic}); empty in a proposal thread, where the proposal is that.
   */
  public Optional<Issue> topic() {
    return topic;
  }

  private String nextId() {
    return "i" + (issues.size() + 1);
  }

  /** Whether the thread's first message proposes something: a patch, or an RFC/PATCH subject. */
  static boolean isProposal(Turn root) {
    for (Segment s : root.message().segments()) {
      if (s instanceof Patch && s.depth() == 0) {
        return true;
      }
    }
    String subj = root.message().subject().toLowerCase(Locale.ROOT);
    int close = subj.indexOf(']');
    String tags = subj.startsWith("[") && close > 0 ? subj.substring(1, close) : "";
    for (String w : tags.split("[\\s/]+")) {
      if (Lexicon.PROPOSAL_SUBJECT_TAGS.contains(w)) {
        return true;
      }
    }
    return subj.contains("proposal") || subj.startsWith("rfc");
  }

  /** A subject without its "Re:" and "[PATCH ...]" prefixes. */
  static String subjectText(String subject) {
    String s = subject.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.startsWith("re:") || lower.startsWith("fw:")) {
        s = s.substring(3).strip();
        changed = true;
      } else if (lower.startsWith("fwd:")) {
        s = s.substring(4).strip();
        changed = true;
      } else if (s.startsWith("[") && s.indexOf(']') > 0) {
        s = s.substring(s.indexOf(']') + 1).strip();
        changed = true;
      }
    }
    return s.isEmpty() ? subject.strip() : s;
  }

  public List<Issue> issues() {
    return List.copyOf(issues);
  }

  /**
   * Whether {@code i} is a point a reply put forward as a suggestion ("We could also ship a
   * conversion script", "Let's keep the old names for one release", "my main ask would be X"), not a concern.
   */
  public boolean suggestion(Issue i) {
    return suggestions.contains(i);
  }

  public Optional<Issue> proposal() {
    return proposal;
  }

  /** The issue {@code s} raised itself, if it is a (non-rhetorical) question. */
  public Optional<Issue> raised(Sentence s) {
    return Optional.ofNullable(raisedBy.get(s));
  }

  /** The issue sentence {@code s} of block {@code b} in turn {@code t} speaks to. */
  public Optional<Issue> issueOf(Turn t, Block b, Sentence s) {
    Optional<Issue> own = raised(s);
    if (own.isPresent()) {
      return own;
    }
    Issue justRaised = raisedBefore(b, s);
    if (justRaised != null && pointsBack(s)) {
      return Optional.of(justRaised); // "... with that approach" after a suggestion
    }
    if (proposal.isPresent() && !proposal.get().in().equals(t.key()) && (namesTheProposal(s)
        || StanceReader.onTheWholeProposal(s))) {
      return proposal;
    }
    if (namesTheTopic(t, b, s)) {
      return topic;
    }
    if (proposal.isPresent() && !proposal.get().in().equals(t.key())
        && s.hasAny(Lexicon.ENDORSE)) {
      return endorsed(t, s);
    }
    Optional<Issue> quoted = quotedQuestion(b);
    if (quoted.isPresent()) {
      blockIssue.putIfAbsent(b, quoted.get());
      return namedInstead(t, s, quoted.get()).or(() -> quoted);
    }
    Optional<Issue> named = bySentence(t, s);
    if (named.isPresent()) {
      return named;
    }
    Issue earlier = raisedBefore(b, s);
    if (earlier != null) {
      return Optional.of(earlier);
    }
    return issueOf(t, b, true);
  }

  /**
   * What a short endorsement ("+1", "LGTM", "NAK") in a reply is on: the proposal, unless it
   * names another issue ("+1 to the freeze break from me" under a question about the break).
   */
  public Optional<Issue> endorsed(Turn t, Sentence s) {
    if (StanceReader.onTheWholeProposal(s) || s.size() > SHORT_ENDORSEMENT) {
      return proposal; // a long sentence uses "ack" or "LGTM" as a word about acks
    }
    return bySentence(t, s).or(() -> proposal);
  }

  /** Tokens of an endorsement that may name what it endorses ("+1 to X from me."). */
  private static final int SHORT_ENDORSEMENT = 10;

  /**
   * The quoted statement a reply takes a stand on, as an issue of its own: the last sentence
   * of the block's anchor when it is someone else's statement (not a question) with at least
   * {@value #ANCHOR_MIN_WORDS} content words. The same quoted statement is one issue however
   * many replies quote it, and a quote of (part of) a sentence that raised a point is that
   * point's issue. Only stance and decision sentences reach here, so a quote nobody
   * takes a stand on raises nothing. A sentence of the proposal's own message is the proposal
   * (a reply quoting its background or motivation argues about the proposal), unless it states
   * a rule ({@link #statesARule}): the rules of a proposal are debated one by one. A quoted
   * welcome with no content of its own ({@link #welcome}) raises nothing either: a stand
   * under it is on what the welcome was on.
   */
  private Optional<Issue> anchorIssue(Turn t, Block b) {
    return anchorIssue(t, b, true);
  }

  private Optional<Issue> anchorIssue(Turn t, Block b, boolean create) {
    if (!b.hasAnchor() || b.anchorFrom().isEmpty()) {
      return Optional.empty();
    }
    Optional<Turn> from = view.turn(b.anchorFrom().get());
    if (from.isEmpty() || from.get().author().sameAs(t.author())) {
      return Optional.empty();
    }
    String text = answeredStatement(b.anchor());
    if (text.endsWith("?") || Words.content(text).size() < ANCHOR_MIN_WORDS) {
      return Optional.empty();
    }
    // a sentence of the proposal itself is the proposal, unless it states a rule of its own
    // ("every contributor MUST agree explicitly"), which a reply can take or leave apart
    if (proposal.isPresent() && proposal.get().in().equals(from.get().key())
        && !statesARule(text)) {
      return proposal;
    }
    if (defendsTheProposal(from.get(), text)) {
      return proposal;
    }
    Optional<Block> welcome = welcome(from.get(), text);
    if (welcome.isPresent()) {
      // the stand joins the welcome, on what that welcomed
      return Optional.ofNullable(blockIssue.get(welcome.get())).or(() -> proposal)
          .or(() -> topic);
    }

    String key = Words.squash(text);
    Optional<Issue> cut = raisedByQuoted(from.get(), key);
    if (cut.isPresent()) {
      return cut;
    }
    for (Issue i : issues) {
      if (i.kind() == Issue.Kind.ANCHOR && Words.squash(i.text()).equals(key)) {
        return Optional.of(i);
      }
    }
    // a quoted sentence that raised a point already (or a part of it, cut by the quote) is
    // that point: one statement is one issue, however it is reached
    for (Map.Entry<Sentence, Issue> e : raisedBy.entrySet()) {
      String said = Words.squash(e.getKey().text());
      if (!said.isEmpty() && (said.contains(key) || key.contains(said))) {
        return Optional.of(e.getValue());
      }
    }
    if (!create) {
      return Optional.empty();
    }
    Issue i = new Issue(nextId(), text, Issue.Kind.ANCHOR, from.get().author(),
        from.get().key(), "");
    issues.add(i);
    return Optional.of(i);
  }

  private static final int ANCHOR_MIN_WORDS = 3;

  /**
   * The quoted statement a reply answers: the quote's last sentence, or, when that is a
   * question that raised no issue of its own ("Thoughts?" after "We agreed the session moves
   * to the main track."), the statement it asks about, right before it.
   */
  private String answeredStatement(String anchor) {
    String last = Evidences.lastSentence(anchor);
    if (!last.endsWith("?") || raisesAnIssue(last)) {
      return last;
    }
    String a = anchor.replaceAll("\\s+", " ").strip();
    int at = a.lastIndexOf(last);
    return at > 0 ? Evidences.lastSentence(a.substring(0, at)) : last;
  }

  private boolean raisesAnIssue(String sentence) {
    String key = Words.squash(sentence);
    for (Sentence s : raisedBy.keySet()) {
      String said = Words.squash(s.text());
      if (!said.isEmpty() && (said.contains(key) || key.contains(said))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The issue a sentence of {@code from} raised, when the quote ends in part of it: a reply
   * that quotes a point cut short at a line break ("... which should give you a significant")
   * speaks to that point, not to a new issue of the fragment.
   */
  private Optional<Issue> raisedByQuoted(Turn from, String key) {
    if (key.length() < MIN_QUOTED_PART) {
      return Optional.empty();
    }
    for (Sentence s : from.sentences()) {
      Issue i = raisedBy.get(s);
      if (i != null && Words.squash(s.text()).contains(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Characters (squashed) a quoted part must have to stand for the sentence holding it. */
  private static final int MIN_QUOTED_PART = 20;

  /**
   * "Schools with old netbooks can keep installing the current release": the proposal's
   * author explaining or defending it in a later reply speaks for the proposal, so a stand
   * taken under that quote ("fine by us") is on the proposal. Not a new version (a message
   * with a patch of its own), a rule, or a new course of action the author puts forward
   * there ("I'd add a table of removal dates"), which are points of their own.
   */
  private boolean defendsTheProposal(Turn from, String text) {
    if (proposal.isEmpty() || !from.author().sameAs(proposal.get().raisedBy())
        || statesARule(text) || hasOwnPatch(from)) {
      return false;
    }
    String key = Words.squash(text);
    for (Sentence s : from.sentences()) {
      String own = Words.squash(s.text());
      if (!own.isEmpty() && (own.endsWith(key) || key.endsWith(own))
          && PROPOSES.proposes(s).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static final StanceReader PROPOSES = new StanceReader();
  /** Nouns at most in a welcome that brings no content of its own ("this area", "one go"). */
  private static final int WELCOME_NOUNS = 2;

  /**
   * The block of the quoted statement when that statement is itself a welcome of what its
   * writer answered ("I'm all for this, we need some major work in this area", "Many thanks
   * for doing this, I think this looks great"): support with at most {@value #WELCOME_NOUNS}
   * nouns. A "+1" or "Likewise" under it joins that welcome, on what it welcomed, rather than
   * arguing a claim of its own. A welcome that brings its own content ("Fine by me, being in
   * the Kernel Summit track makes sense") is a statement others can argue about, so it stays
   * an anchor.
   */
  private static Optional<Block> welcome(Turn from, String text) {
    String key = Words.squash(text);
    for (Block b : from.blocks()) {
      for (Sentence s : b.sentences()) {
        String own = Words.squash(s.text());
        if (!own.isEmpty() && (own.endsWith(key) || key.endsWith(own))) {
          boolean welcomes = TopicWords.nouns(s).size() <= WELCOME_NOUNS
              && PROPOSES.read(s).filter(x -> x == Stance.SUPPORT).isPresent();
          return welcomes ? Optional.of(b) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasOwnPatch(Turn t) {
    for (Segment s : t.message().segments()) {
      if (s instanceof Patch && s.depth() == 0) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a sentence a rule: obligation and recommendation, not permission. */
  private static final Set<String> RULE_WORDS = Set.of("must", "shall", "should", "required",
      "mandatory", "recommended");

  /** Whether {@code text} states a rule (see {@link #RULE_WORDS}), in any case. */
  static boolean statesARule(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (RULE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns by which a reply names the thread's proposal as a whole. */
  private static final Set<String> PROPOSAL_NOUNS = Set.of("proposal", "patch", "series",
      "patchset", "rfc", "idea", "plan", "change", "set", "approach", "motivation", "content",
      "concept", "direction", "rule", "policy", "topic", "session");
  private static final Set<String> POINTING = Set.of("the", "this", "your", "these", "that");

  /**
   * "I'm fine with everything else in the proposal", "This patch looks fine", "The
   * motivation is good", "I'm fine either way on the rule itself": a sentence naming the
   * proposal as a whole or its general traits ("the"/"this"/"your" and a proposal noun that
   * heads its phrase, not "the patch description") speaks to the proposal, whatever it sits
   * under.
   */
  static boolean namesTheProposal(Sentence s) {
    for (Token tok : s.tokens()) {
      int at = tok.index();
      if (tok.tag().startsWith("NN") && PROPOSAL_NOUNS.contains(tok.lower()) && at > 1
          && POINTING.contains(s.token(at - 1).lowerWord())
          && (at >= s.size() || !s.token(at + 1).tag().startsWith("NN"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "I support this topic.", "I'm still interested in the topic for sure": in a thread that
   * puts a topic up for discussion, a reply naming it as a whole ({@link #namesTheProposal})
   * speaks to that topic as it would to a proposal, whatever point is quoted above it, unless
   * it takes up that quote's own words ("This topic is interesting to everyone and should not
   * be limited to the Maintainers Summit" under "this should be discussed at the Maintainers
   * Summit"), when it argues the quoted point.
   */
  private boolean namesTheTopic(Turn t, Block b, Sentence s) {
    return topic.isPresent() && !topic.get().in().equals(t.key()) && namesTheProposal(s)
        && Words.overlap(Words.content(s.text()), Words.content(b.anchor())) < TAKES_UP_QUOTE;
  }

  /** Content words a sentence shares with the quote above it when it argues that quote. */
  private static final int TAKES_UP_QUOTE = 2;

  /** The issue the nearest earlier sentence of block {@code b} raised, else null. */
  private Issue raisedBefore(Block b, Sentence s) {
    Issue earlier = null;
    for (Sentence x : b.sentences()) {
      if (x == s) {
        break;
      }
      if (raisedBy.containsKey(x)) {
        earlier = raisedBy.get(x);
      }
    }
    return earlier;
  }

  /** Nouns by which a sentence points back at a course of action just put forward. */
  private static final Set<String> COURSE_NOUNS = Set.of("idea", "approach", "plan",
      "suggestion", "direction", "option");

  /**
   * "... could be unified with that approach", "This idea is worth a try": "this" or "that"
   * before a noun for a course of action points back at the one just raised, not at the
   * thread's proposal.
   */
  static boolean pointsBack(Sentence s) {
    for (Token tok : s.tokens()) {
      int at = tok.index();
      if (at > 1 && COURSE_NOUNS.contains(tok.lower())
          && Set.of("this", "that").contains(s.token(at - 1).lowerWord())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} is a line of one of the turn's own patches (a proposed text). */
  private static boolean inPatch(Turn t, String text) {
    String want = Words.squash(text);
    for (Segment s : t.message().segments()) {
      if (s instanceof Patch p && p.depth() == 0 && !want.isEmpty()
          && Words.squash(p.text()).contains(want)) {
        return true;
      }
    }
    return false;
  }

  /** The issue a block as a whole answers (see the class comment), cached per block. */
  public Optional<Issue> issueOf(Turn t, Block b) {
    return issueOf(t, b, false);
  }

  private Optional<Issue> issueOf(Turn t, Block b, boolean standTaken) {
    Issue cached = blockIssue.get(b);
    if (cached != null) {
      return Optional.of(cached);
    }
    // in a proposal under review a quoted statement is a point of its own; in an open
    // discussion the block's words tie it to the questions asked first
    boolean review = proposal.isPresent();
    Optional<Issue> found = quotedQuestion(b).or(() -> inheritedPoint(b))
        .or(() -> standTaken && review ? anchorIssue(t, b) : Optional.empty())
        .or(() -> byWords(t, b)).or(() -> inherited(b))
        .or(() -> standTaken && !review ? anchorIssue(t, b) : Optional.empty()).or(() -> proposal)
        .or(() -> onTheTopic(t, b));
    found.ifPresent(i -> blockIssue.put(b, i));
    return found;
  }

  /**
   * The thread's topic for a block that answers the first message itself: one quoting it, or
   * an unquoted block of a direct reply to it (a reply that discusses the topic without
   * quoting it).
   */
  private Optional<Issue> onTheTopic(Turn t, Block b) {
    if (topic.isEmpty() || t.key().equals(topic.get().in())) {
      return Optional.empty();
    }
    MessageKey root = topic.get().in();
    boolean answersRoot = b.anchorFrom().map(root::equals)
        .orElse(!b.hasAnchor() && view.parent(t.key()).map(root::equals).orElse(false));
    return answersRoot ? topic : Optional.empty();
  }

  private Optional<Issue> quotedQuestion(Block b) {
    if (!b.hasAnchor()) {
      return Optional.empty();
    }
    String anchor = Words.squash(b.anchor());
    Issue best = null;
    int at = -1;
    for (Map.Entry<Sentence, Issue> e : raisedBy.entrySet()) {
      String q = Words.squash(e.getKey().text());
      int i = q.isEmpty() ? -1 : anchor.lastIndexOf(q);
      if (i > at) {
        at = i;
        best = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "Freeze exception granted, as long as the flag stays default-off" under a quoted "What is
   * the risk to the default path?": a stand taken under a quoted question that shares clearly
   * more content words (at least two, and {@value #CLEARLY_MORE} more) with another issue
   * raised before it (the proposal included; not one a later reply raised, often quoting this
   * very sentence) than with the question speaks to that issue; the question is
   * known by its own words and its topic's, and a short one (fewer than
   * {@value #SHORT_QUESTION} content words: "Why MUST NOT here?") also by the quote it was
   * asked under. The block's issue stays the quoted question.
   */
  private Optional<Issue> namedInstead(Turn t, Sentence s, Issue question) {
    Set<String> words = Words.content(s.text());
    Set<String> own = Words.content(question.text());
    if (own.size() < SHORT_QUESTION) {
      own = Words.content(question.text() + " " + question.anchor());
    }
    own = new java.util.LinkedHashSet<>(own);
    own.addAll(topicWords.getOrDefault(question, Set.of()));
    int onQuestion = Words.overlap(words, own);
    Issue best = null;
    int bestShared = 0;
    for (Issue i : issues) {
      if (i == question || i.in().equals(t.key()) || raisedLater(t, i)) {
        continue;
      }
      Set<String> iw = new java.util.LinkedHashSet<>(Words.content(i.text() + " " + i.anchor()));
      iw.addAll(topicWords.getOrDefault(i, Set.of()));
      int shared = Words.overlap(words, iw);
      if (shared >= 2 && shared >= onQuestion + CLEARLY_MORE && shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether issue {@code i} was raised after turn {@code t}: in a later message or in a reply
   * below it. Such an issue often quotes {@code t} itself, so shares its words, but {@code t}
   * cannot have spoken to it.
   */
  private boolean raisedLater(Turn t, Issue i) {
    if (view.descendsFrom(i.in(), t.key())) {
      return true;
    }
    return view.turn(i.in()).map(it -> it.position() > t.position()).orElse(false);
  }

  /** How many more words a sentence must share with another issue than with its question. */
  static final int CLEARLY_MORE = 2;
  /** Content words below which a question is known by the quote it was asked under too. */
  static final int SHORT_QUESTION = 5;

  /**
   * The issue a sentence names: at least two content words shared with the issue's statement
   * and the quote it was raised under ("On MUST NOT for the layout rule I agree"), best Dice
   * first; the thread's proposal only when no other issue qualifies.
   */
  private Optional<Issue> bySentence(Turn t, Sentence s) {
    Set<String> words = Words.content(s.text());
    Issue best = null;
    double bestScore = 0;
    for (Issue i : issues) {
      if (i.in().equals(t.key()) || i.kind() == Issue.Kind.PROPOSAL
          || topic.filter(i::equals).isPresent()) {
        continue;
      }
      Set<String> iw = new java.util.LinkedHashSet<>(Words.content(i.text() + " " + i.anchor()));
      iw.addAll(topicWords.getOrDefault(i, Set.of()));
      int shared = Words.overlap(words, iw);
      double score = 2.0 * shared / (words.size() + iw.size());
      if (shared >= 2 && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Issue> byWords(Turn t, Block b) {
    StringBuilder sb = new StringBuilder();
    for (Sentence s : b.sentences()) {
      sb.append(s.text()).append(' ');
    }
    Set<String> words = Words.content(sb.toString());
    Issue best = null;
    int bestScore = 1;
    for (Issue i : issues) {
      if (i.in().equals(t.key()) || topic.filter(i::equals).isPresent()) {
        continue; // every block shares words with the thread's subject
      }
      int score = Words.overlap(words, Words.content(i.text()));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The issue, other than the proposal, that the quoted parent block answered: a reply to an
   * answer on a sub-point ("We make it opaque in 3.0" under "What about struct buffer?")
   * carries on that sub-point rather than opening one of its own.
   */
  private Optional<Issue> inheritedPoint(Block b) {
    return inherited(b).filter(i -> i.kind() != Issue.Kind.PROPOSAL
        && !topic.filter(i::equals).isPresent());
  }

  /** The issue the quoted parent block answered, when this block sits under its text. */
  private Optional<Issue> inherited(Block b) {
    if (b.anchorFrom().isEmpty()) {
      return Optional.empty();
    }
    Optional<Turn> parent = view.turn(b.anchorFrom().get());
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    String anchor = Words.squash(b.anchor());
    for (int i = parent.get().blocks().size() - 1; i >= 0; i--) {
      Block pb = parent.get().blocks().get(i);
      if (pb.sentences().isEmpty()) {
        continue;
      }
      String last = Words.squash(pb.sentences().get(pb.sentences().size() - 1).text());
      if (!last.isEmpty() && anchor.contains(last) && blockIssue.containsKey(pb)) {
        return Optional.of(blockIssue.get(pb));
      }
    }
    return Optional.empty();
  }

  /**
   * The issue of the text quoted right above block {@code b}: a question it quotes, the
   * quoted statement taken as an issue (the proposal when the quote is from the proposal's
   * message), else the point the quoted block answered.
   */
  public Optional<Issue> quotedIssue(Turn t, Block b) {
    if (!b.hasAnchor()) {
      return Optional.empty();
    }
    return quotedQuestion(b).or(() -> anchorIssue(t, b, false)).or(() -> inherited(b));
  }

  /** Registers a block's issue found by a finder (so replies to it can inherit it). */
  public void remember(Block b, Issue i) {
    blockIssue.putIfAbsent(b, i);
  }
}
