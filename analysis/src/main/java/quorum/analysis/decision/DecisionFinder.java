package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import quorum.analysis.position.IssueRegistry;
import quorum.analysis.question.Asked;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.Participant;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * Finds what a thread settled. A statement in a reply settles the issue its block speaks to:
 * "Applied, thanks", "queued", "let's go with", "agreed", "we have consensus" as agreed;
 * "NAK", "we won't take this", "dropping this" as rejected. It does not count when the cue
 * word is negated ("not applied"), a gerund ("including rejecting"), inside a question, after
 * a word of doubt or wish ("I'm not sure we will be accepted"), or under a condition ("if
 * nobody objects"), which makes the statement a proposal. Issues left
 * without a settling statement are open when a question raised them and it was not answered
 * (a bare call for replies, "Thoughts?", leaves nothing open), agreed when, in a proposal under
 * review, a reply answered and settled the question (see {@link Deciders} for answers by those
 * who decide); the thread's proposal stays proposed, except in a thread opened by an
 * announcement ("Reminder: ...", "[ANNOUNCE] ...", "call for nominees", see {@link
 * Announcement}), which states what is already settled and so stands agreed, as does the
 * subject of such an announcement that proposes no change (a topic point). The opening
 * message never settles its own proposal.
 * A point someone put to the thread's owner is agreed when the owner, answering it, accepts it
 * ("Agreed, will fix") or, also in a discussion topic, commits to act on it ("We will include
 * that in the talk", see {@link #committedByOwner}); it is only proposed when the act waits for
 * a later cycle ("we'll do better next year", "I'll roll this into a v6 if there's a v6", see
 * {@link Deferral}). A request put to someone in person that they granted with a plain yes is
 * agreed (see {@link GrantedRequest}).
 */
public final class DecisionFinder {
  public List<Decision> find(ThreadView view, List<Asked> questions, IssueRegistry issues) {
    Map<String, Decision> settled = new LinkedHashMap<>();
    Optional<Turn> root = view.root();
    // in a discussion topic (or a thread without a proposal) the opener agreeing with a point
    // is a view, not a settlement, unless the point is about the opener's own talk or
    // submission (see OwnSubmission)
    boolean topic = opensTopic(view, issues);
    for (Turn t : view.turns()) {
      if (root.isPresent() && root.get().key().equals(t.key())) {
        continue;
      }
      for (Block b : t.blocks()) {
        for (Sentence s : b.sentences()) {
          Optional<DecisionStatus> st = statusOf(s);
          boolean accepted = st.isEmpty() && acceptedByAuthor(view, t, b, s, issues) && (!topic
              || issues.issueOf(t, b, s).filter(OwnSubmission::named).isPresent());
          boolean committed = st.isEmpty() && !accepted
              && committedByOwner(view, t, b, s, issues);
          if (accepted || committed) {
            Optional<Issue> point = issues.issueOf(t, b, s)
                .filter(i -> i.kind() != Issue.Kind.PROPOSAL && !i.in().equals(t.key())
                    && (accepted || !i.raisedBy().sameAs(t.author())));
            // a promise for a later cycle ("next year", "if there's a v6") is a plan
            DecisionStatus taken = Deferral.defers(b, s) ? DecisionStatus.PROPOSED
                : DecisionStatus.AGREED;
            point.ifPresent(i -> settled.put(i.id(), new Decision(i.id(), taken,
                s.text().replaceAll("\\s+", " ").strip(), Optional.of(t.author()),
                Evidences.of(t, b, s))));
            continue;
          }
          if (st.isEmpty()) {
            continue;
          }
          Optional<Issue> issue = judgesSubmission(s, issues.proposal())
              ? issues.proposal().or(() -> issues.issueOf(t, b, s)) : issues.issueOf(t, b, s);
          issue.ifPresent(i -> settled.put(i.id(), new Decision(i.id(), st.get(),
              s.text().replaceAll("\\s+", " ").strip(), Optional.of(t.author()),
              Evidences.of(t, b, s))));
          if (st.get() == DecisionStatus.AGREED && Summary.sums(s)) {
            for (Issue other : Summary.alsoSettled(s,
                Summary.asksForRespin(t.sentences()), issues.issues(), issue)) {
              settled.put(other.id(), new Decision(other.id(), DecisionStatus.AGREED,
                  s.text().replaceAll("\\s+", " ").strip(), Optional.of(t.author()),
                  Evidences.of(t, b, s)));
            }
          }
        }
      }
    }
    Set<String> deciders = Deciders.of(view);
    List<Decision> out = new ArrayList<>();
    for (Issue i : issues.issues()) {
      Decision d = settled.get(i.id());
      if (d != null) {
        out.add(d);
      } else if (i.kind() == Issue.Kind.PROPOSAL && ReviewTrailers.nackedOnly(view)) {
        out.add(new Decision(i.id(), DecisionStatus.REJECTED, ReviewTrailers.nacks(view),
            Optional.empty(), raisedAt(i)));
      } else if (i.kind() == Issue.Kind.PROPOSAL && DiscussionTopic.is(view, i)) {
        out.add(new Decision(i.id(), DecisionStatus.OPEN, "discussed, not decided: " + i.text(),
            Optional.empty(), raisedAt(i)));
      } else if (i.kind() == Issue.Kind.PROPOSAL && Announcement.is(view)) {
        out.add(new Decision(i.id(), DecisionStatus.AGREED, "announced: " + i.text(),
            Optional.of(i.raisedBy()), raisedAt(i)));
      } else if (i.kind() == Issue.Kind.PROPOSAL) {
        out.add(new Decision(i.id(), DecisionStatus.PROPOSED, "proposed, not yet agreed: " + i.text(),
            Optional.empty(), raisedAt(i)));
      } else if (issues.topic().filter(i::equals).isPresent() && Announcement.is(view)) {
        // an announcement that proposes no change states what its organiser settled
        out.add(new Decision(i.id(), DecisionStatus.AGREED, "announced: " + i.text(),
            Optional.of(i.raisedBy()), raisedAt(i)));
      } else if (issues.topic().filter(i::equals).isPresent()) {
        // a topic put up for discussion that nothing settled stays open, as a topic proposal does
        out.add(new Decision(i.id(), DecisionStatus.OPEN, "discussed, not decided: " + i.text(),
            Optional.empty(), raisedAt(i)));
      } else if (i.kind() == Issue.Kind.QUESTION
          && GrantedRequest.of(i, questions).isPresent()) {
        out.add(GrantedRequest.of(i, questions).get());
      } else if (i.kind() == Issue.Kind.QUESTION && unanswered(i, questions)) {
        if (!invitesFeedback(i) && leftOpen(i, questions)) {
          out.add(new Decision(i.id(), DecisionStatus.OPEN, "not decided: " + i.text(),
              Optional.empty(), raisedAt(i)));
        }
      } else if (i.kind() == Issue.Kind.QUESTION && issues.proposal().isPresent()
          && !invitesFeedback(i)) {
        settledAnswer(i, questions, issues.proposal().get())
            .or(() -> Deciders.answered(i, questions, deciders)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Whether the thread puts a topic up for discussion rather than a change to accept: its
   * proposal is a discussion topic (see {@link DiscussionTopic}), or it has no proposal.
   */
  public static boolean opensTopic(ThreadView view, IssueRegistry issues) {
    return issues.proposal().filter(p -> !DiscussionTopic.is(view, p)).isEmpty();
  }

  /**
   * "Thoughts?", "Comments?", "Does that sound okay?": a call for replies, not a point of its
   * own, so nothing is left open by it (a short question with such a cue).
   */
  static boolean invitesFeedback(Issue i) {
    if (Words.content(i.text()).size() > 3) {
      return false;
    }
    String t = " " + i.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ") + " ";
    for (String cue : Lexicon.FEEDBACK_INVITES) {
      if (t.contains(" " + cue + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a proposal under review, a point put as a question weighing two options, between the
   * proposal's author and a reviewer ("Why MUST NOT here rather than SHOULD NOT?", "Could X
   * stay until 2.0 instead of going away?") that a reply answered and settled is agreed. Not a request for facts ("Which distributions ...?"),
   * and not when the answer turns it down ("No.", "Because ...").
   */
  private static Optional<Decision> settledAnswer(Issue i, List<Asked> questions, Issue proposal) {
    for (Asked a : questions) {
      if (!a.turn().key().equals(i.in()) || !a.question().about().equals(i.text())
          || a.question().status() != QuestionStatus.ANSWERED || asksForFacts(a.sentence())
          || !OpenPoint.leftOpen(a.sentence()) || OpenPoint.asksWhatExists(a.sentence())
          || !proposesChange(a) || !weighsAlternatives(a.sentence())) {
        continue;
      }
      Participant author = proposal.raisedBy();
      for (Response r : a.question().responses()) {
        boolean authorTakesPart = r.by().sameAs(author)
            || a.question().asker().sameAs(author);
        String g = r.gist().strip().toLowerCase(Locale.ROOT);
        if (r.resolves() && authorTakesPart && !g.startsWith("no") && !g.startsWith("because")
            && !undecided(g)) {
          return Optional.of(new Decision(i.id(), DecisionStatus.AGREED, r.gist(),
              Optional.of(r.by()), new Evidence(r.in(), LineSpan.of(1, 1), r.gist(), i.text())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Could X stay until 2.0 instead of going away in 1.0?", "Would you accept 2.5.0, or should
   * I backport?", "Why MUST NOT rather than SHOULD NOT?": a question that puts two options side
   * by side asks for a choice, so an answer settles it. A yes/no question ("Can it have a
   * reference to bug trackers or such?", "Would git notes be useful?") may get an answer that
   * only informs ("There was a note about that", "I looked at git notes").
   */
  static boolean weighsAlternatives(Sentence s) {
    if (opensNegated(s)) {
      return true;
    }
    for (int i = 1; i <= s.size(); i++) {
      String w = s.token(i).lowerWord();
      if (w.equals("rather") || w.equals("instead") || w.equals("either")) {
        return true;
      }
      if (w.equals("or") && i < s.size() && i > 1
          && !VAGUE_ALTERNATIVES.contains(s.token(i + 1).lowerWord())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Shouldn't this be MUST NOT?", "Isn't it time we adopted X?": a question opening with a
   * negated auxiliary puts its X against what is written, a choice of two.
   */
  static boolean opensNegated(Sentence s) {
    int i = 1;
    while (i <= s.size() && (s.token(i).isPunct()
        || Lexicon.OPENERS.contains(s.token(i).lowerWord()))) {
      i++;
    }
    return i + 1 <= s.size() && (s.token(i).isModal() || s.token(i).tag().startsWith("VB"))
        && isNot(s.token(i + 1));
  }

  /** "X or such", "or something", "or not": no second option named. */
  private static final Set<String> VAGUE_ALTERNATIVES = Set.of("such", "so", "something",
      "anything", "whatever", "not", "similar");

  /** "I'm fine either way", "no strong opinion": an answer that leaves the choice to others. */
  private static boolean undecided(String gist) {
    for (List<String> p : Lexicon.NEUTRAL) {
      if (gist.contains(String.join(" ", p).replace("not ", "").replace(" be ", " is "))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A point put up for change: a suggestion, or a direct question with a modal ("Why MUST NOT
   * here rather than SHOULD NOT?", "Could X stay until 2.0?"); not a doubt voiced in passing
   * ("I don't see who ...") or a question about facts ("Do we have numbers on ...?").
   */
  private static boolean proposesChange(Asked a) {
    QuestionForm f = a.question().form();
    if (f == QuestionForm.SUGGESTION_AS_QUESTION) {
      return true;
    }
    if (f != QuestionForm.DIRECT) {
      return false;
    }
    for (Token t : a.sentence().tokens()) {
      if (t.isModal() || t.lowerWord().equals("why")) {
        return true;
      }
    }
    return false;
  }

  /** A wh-question other than "why" asks for information, not for a change. */
  private static boolean asksForFacts(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isPunct() || Lexicon.OPENERS.contains(t.lowerWord())) {
        continue;
      }
      String w = t.lowerWord();
      return t.isWh() && !w.equals("why");
    }
    return false;
  }

  private static Evidence raisedAt(Issue i) {
    return new Evidence(i.in(), LineSpan.of(1, 1), i.text(), i.anchor());
  }

  /** Whether the question that raised the issue asked about what to do (see {@link OpenPoint}). */
  private static boolean leftOpen(Issue i, List<Asked> questions) {
    for (Asked a : questions) {
      if (a.turn().key().equals(i.in()) && a.question().about().equals(i.text())) {
        return OpenPoint.leftOpen(a.sentence()) && !(a.question().form() == QuestionForm.INDIRECT
            && OpenPoint.voicesDoubt(a.sentence()));
      }
    }
    return true;
  }

  private static boolean unanswered(Issue i, List<Asked> questions) {
    for (Asked a : questions) {
      if (a.turn().key().equals(i.in()) && a.question().about().equals(i.text())
          && a.question().form() != QuestionForm.RHETORICAL) {
        return a.question().status() != QuestionStatus.ANSWERED;
      }
    }
    return true;
  }

  /**
   * The proposal's author (else the thread's opener), answering a quoted point of someone
   * else, opens a sentence with an acceptance ("Agreed, ...", "Will do", "Good point"): the
   * point is settled in favour.
   */
  static boolean acceptedByAuthor(ThreadView view, Turn t, Block b, Sentence s,
      IssueRegistry issues) {
    Optional<Participant> owner = issues.proposal().map(Issue::raisedBy)
        .or(() -> view.root().map(Turn::author));
    if (owner.isEmpty() || !b.hasAnchor() || !owner.get().sameAs(t.author())
        || s.text().contains("?")) {
      return false;
    }
    return opensWithAcceptance(s);
  }

  /**
   * The thread's owner (the proposal's author, else the author of its first message), answering
   * a quoted point someone else put to them, commits to act on it: "We will include that in our
   * talk", "I'll send a v2 with that change", "Good idea, we'll add a test for it". The
   * point is settled in favour, also in a thread opened to discuss a topic, since it is the
   * owner's own act and not a view. Not a promise under a condition ("if ..."), negated ("we
   * won't ..."), in a question, or after a word of doubt. An intention for a later cycle ("I'd
   * like to handle this in a more automated fashion next year") takes the point up too, as a
   * plan (see {@link Deferral}).
   */
  static boolean committedByOwner(ThreadView view, Turn t, Block b, Sentence s,
      IssueRegistry issues) {
    Optional<Participant> owner = issues.proposal().map(Issue::raisedBy)
        .or(() -> view.root().map(Turn::author));
    if (owner.isEmpty() || !b.hasAnchor() || !owner.get().sameAs(t.author())
        || s.text().contains("?") || !(commits(s) || Deferral.promisesLater(s))) {
      return false;
    }
    return issues.issueOf(t, b, s).filter(i -> i.kind() == Issue.Kind.QUESTION
        && asksWh(i.text())).isEmpty();
  }

  /**
   * "What about X?", "Who is going to remember ...?", "What other behaviour would you
   * expect?": a question with a wh-word weighs options or asks for facts; a promise in answer
   * takes up no suggestion ("Could this also include X?" is one).
   */
  static boolean asksWh(String question) {
    for (String w : question.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (WH_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WH_WORDS = Set.of("what", "who", "whom", "which", "when",
      "where", "why", "how", "whose");

  /**
   * "We will include ...", "I'll send a v2 ...", "we'll also add ...": the writer, as
   * subject, with "will" and a verb of action; not "I will be away", "we won't", "if ...".
   */
  static boolean commits(Sentence s) {
    for (int i = 2; i < s.size(); i++) {
      String w = s.token(i).lowerWord();
      if (!w.equals("will") && !w.equals("'ll")) {
        continue;
      }
      String subj = s.token(i - 1).lowerWord();
      if (!subj.equals("i") && !subj.equals("we")) {
        continue;
      }
      int v = i + 1;
      while (v <= s.size() && s.token(v).tag().startsWith("RB") && !isNot(s.token(v))) {
        v++;
      }
      if (v > s.size() || isNot(s.token(v)) || !s.token(v).tag().equals("VB")
          || s.token(v).lower().equals("be") || s.token(v).lower().equals("have")
          || s.isNegated(v)) {
        continue;
      }
      for (Token k : s.tokens()) {
        String kw = k.lowerWord();
        if (kw.equals("if") || kw.equals("unless") || kw.equals("once")) {
          return false;
        }
      }
      for (int k = 1; k < i; k++) {
        if (HEDGES.contains(s.token(k).lowerWord())) {
          return false;
        }
      }
      return !speculates(s, i);
    }
    return false;
  }

  /** "Maybe we'll learn more", "Perhaps I'll ...": a guess, not a promise. */
  private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "probably", "possibly");

  /**
   * Whether an acceptance phrase opens the sentence (after at most "yes"/"ok" and a comma), also
   * after a word of thanks ("Thanks, will do."; "Thank you both for the feedback, that's a very
   * good point.").
   */
  static boolean opensWithAcceptance(Sentence s) {
    int start = afterThanks(s);
    for (List<String> phrase : Lexicon.ACCEPT) {
      int at = s.findLemmas(phrase);
      boolean point = phrase.size() == 2 && phrase.get(1).equals("point");
      if (at < start || at > start + (point ? 4 : 2)) {
        continue;
      }
      boolean lead = true;
      for (int i = start; i < at; i++) {
        String w = s.token(i).lowerWord();
        lead &= LEAD.contains(w) || point && POINT_LEAD.contains(w);
      }
      if (lead && !s.isNegated(at) && !partly(s, at + phrase.size())) {
        return true;
      }
    }
    return false;
  }

  /** Words that may come before an acceptance: "Yes, agreed", "OK, will do", "I agree". */
  private static final Set<String> LEAD = Set.of("yes", "ok", "okay", ",", "sure", "i");

  /** "That's a very good point", "This is a fair point": a point acknowledged as a clause. */
  private static final Set<String> POINT_LEAD = Set.of("that", "this", "'s", "is", "a", "very",
      "really", "indeed");

  /** Where the sentence goes on after an opening word of thanks and its comma, else 1. */
  static int afterThanks(Sentence s) {
    if (s.size() < 2 || !s.token(1).lowerWord().startsWith("thank")) {
      return 1;
    }
    for (int i = 2; i <= Math.min(s.size() - 1, 10); i++) {
      if (s.token(i).lowerWord().equals(",")) {
        return i + 1;
      }
    }
    return 1;
  }

  /**
   * "I agree with most of what you wrote", "Agreed in principle", "I agree in general": an
   * agreement with a part, or in general, takes up no particular point.
   */
  static boolean partly(Sentence s, int from) {
    for (int i = from; i <= Math.min(s.size(), from + 3); i++) {
      if (PARTIAL.contains(s.token(i).lowerWord())) {
        return true;
      }
    }
    for (int i = from; i < s.size(); i++) {
      String w = s.token(i).lowerWord();
      if (w.equals("in") && (s.token(i + 1).lowerWord().equals("general")
          || s.token(i + 1).lowerWord().equals("principle"))) {
        return true;
      }
    }
    return false;
  }

  /** Words by which an agreement covers only part of what it answers. */
  private static final Set<String> PARTIAL = Set.of("most", "some", "much", "part", "parts",
      "mostly", "partly", "partially", "somewhat");

  /**
   * "Applied", "queued", "approved", "granted", "we won't take this", "this is not going in"
   * settle the submission itself, whatever the block answers; a passive verdict on something
   * named ("The MUST is rejected") only when it names the submission ("the request", "this
   * patch") or a word of the proposal.
   */
  static boolean judgesSubmission(Sentence s, Optional<Issue> proposal) {
    for (int i = 1; i <= s.size(); i++) {
      String l = s.token(i).lower();
      if (!SUBMISSION_VERBS.contains(l) && !(l.equals("go") && i < s.size()
          && s.token(i + 1).lowerWord().equals("in"))
          || l.equals("take") && !takesSubmission(s, i + 1)
          || (l.equals("drop") || l.equals("withdraw")) && !namesSubmission(s, i + 1)) {
        continue;
      }
      if (!SpeakersAct.passiveVerdict(s, i)) {
        return true;
      }
      int subj = s.children(i, "nsubj:pass").get(0);
      Token head = s.token(subj);
      Set<String> named = proposal.map(p -> Words.content(p.text())).orElse(Set.of());
      return head.tag().startsWith("PRP") || head.tag().equals("DT")
          || SUBMISSION_NOUNS.contains(head.lower()) || named.contains(head.lower())
          || named.contains(head.lowerWord());
    }
    return false;
  }

  private static final Set<String> SUBMISSION_VERBS = Set.of("apply", "queue", "merge",
      "approve", "grant", "reject", "take", "accept", "drop", "withdraw", "commit", "pick", "push",
      "nacked");

  /**
   * Whether the object at {@code i} is the submission: "it", "this." alone, or "this patch",
   * "the series"; not "this sentence", which drops a line of the proposal, not the proposal.
   */
  static boolean namesSubmission(Sentence s, int i) {
    if (i > s.size()) {
      return true; // "Withdrawn." / "I withdraw."
    }
    Token t = s.token(i);
    if (t.tag().startsWith("PRP") || t.isPunct()) {
      return true;
    }
    if (!t.tag().equals("DT") && !t.tag().equals("PRP$")) {
      return false;
    }
    if (i + 1 > s.size() || s.token(i + 1).isPunct()) {
      return true;
    }
    return SUBMISSION_NOUNS.contains(s.token(i + 1).lower());
  }

  /** Nouns by which a reply names the submission under review. */
  private static final Set<String> SUBMISSION_NOUNS = Set.of("patch", "series", "request",
      "proposal", "change", "rfc", "pull", "patchset", "exception", "version", "submission");

  static Optional<DecisionStatus> statusOf(Sentence s) {
    if (s.text().contains("?")) {
      return Optional.empty();
    }
    Optional<DecisionStatus> found = Optional.empty();
    int at = -1;
    for (List<String> p : REJECTED) {
      int i = s.findLemmas(p);
      if (i > 0 && counts(s, i, p)) {
        found = Optional.of(DecisionStatus.REJECTED);
        at = i;
        break;
      }
    }
    if (found.isEmpty()) {
      for (List<String> p : AGREED) {
        int i = s.findLemmas(p);
        if (i > 0 && counts(s, i, p)) {
          found = Optional.of(DecisionStatus.AGREED);
          at = i;
          break;
        }
      }
    }
    if (found.isPresent() && conditional(s, at)) {
      return Optional.of(DecisionStatus.PROPOSED);
    }
    return found;
  }

  /**
   * Agreement cues: the shared ones, verdicts a release or freeze manager gives, and the
   * other verbs by which a maintainer says a submission went into a tree: "Committed,
   * thanks", "I've picked this up", "Pushed to for-next", "I'll take it through my tree",
   * "I'll apply it after the merge window" (each still the writer's own act, see
   * {@link SpeakersAct}; "commit" only as a verb, not "the commit message").
   */
  private static final List<List<String>> AGREED = java.util.stream.Stream.concat(
      Lexicon.AGREED.stream(), java.util.stream.Stream.of(List.of("grant"), List.of("accept"),
          List.of("that", "settle", "it"), List.of("commit"), List.of("pick", "up"),
          List.of("pick", "it", "up"), List.of("pick", "this", "up"), List.of("push", "to"),
          List.of("take", "it"), List.of("take", "this"), List.of("apply", "it"),
          List.of("apply", "this"), List.of("apply", "the")))
      .toList();

  /**
   * Rejection cues: the shared ones, a proposer withdrawing ("I withdraw this patch"), and a
   * maintainer turning the submission down: "Nacked.", "I'll drop it", "I won't apply this".
   */
  private static final List<List<String>> REJECTED = java.util.stream.Stream.concat(
      Lexicon.REJECTED.stream(), java.util.stream.Stream.of(List.of("withdraw"),
          List.of("withdrawn"), List.of("nacked"), List.of("drop", "it"),
          List.of("wo", "n't", "apply"), List.of("will", "not", "apply"))).toList();

  private static boolean counts(Sentence s, int at, List<String> phrase) {
    if (!SpeakersAct.holds(s, at, phrase) || speculates(s, at) || auxiliaryBe(s, at, phrase)) {
      return false;
    }
    if (phrase.get(phrase.size() - 1).equals("take") && !takesSubmission(s, at + phrase.size())) {
      return false; // "it won't take long"
    }
    if (phrase.get(0).equals("commit") && !committed(s, at)) {
      return false; // "the commit message", "I'll commit to reviewing it"
    }
    boolean negPhrase = phrase.contains("not") || phrase.contains("n't");
    for (int i = at; i < at + phrase.size(); i++) {
      Token t = s.token(i);
      if (t.tag().equals("VBG") && !negPhrase) { // "including rejecting"; "not going in" counts
        return false;
      }
      if (!negPhrase && (s.isNegated(i) || i > 1 && isNot(s.token(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Committed, thanks", "I committed it", "I'll commit the fix": a past participle or a verb
   * with the submission as its object; not "Commit message is fine" (a noun the tagger may
   * read as an imperative) or "I'll commit to reviewing it".
   */
  private static boolean committed(Sentence s, int at) {
    Token t = s.token(at);
    if (t.tag().equals("VBD") || t.tag().equals("VBN")) {
      return true;
    }
    return t.isVerb() && at < s.size() && (s.token(at + 1).tag().startsWith("PRP")
        || s.token(at + 1).tag().equals("DT"));
  }

  /**
   * "I wasn't sure we will be accepted", "I doubt it gets merged", "I hope we settle on X":
   * a cue after a word of uncertainty or wish is a guess about the outcome, not a verdict.
   */
  static boolean speculates(Sentence s, int at) {
    for (int i = 1; i < at; i++) {
      Token t = s.token(i);
      String l = t.lower();
      if (UNCERTAIN.contains(l)) {
        return true;
      }
      if ((l.equals("sure") || l.equals("certain") || l.equals("know"))
          && (s.isNegated(i) || i > 1 && isNot(s.token(i - 1)) || i > 2 && isNot(s.token(i - 2)))) {
        return true;
      }
    }
    return false;
  }

  /** Words after which a settling cue is a guess or a wish. */
  private static final Set<String> UNCERTAIN = Set.of("doubt", "wonder", "unsure", "uncertain",
      "hope", "guess");

  /**
   * "how much consensus is needed": the "be" of a cue ("consensus is ...") is an auxiliary of
   * another verb, so nothing is said to be agreed.
   */
  private static boolean auxiliaryBe(Sentence s, int at, List<String> phrase) {
    for (int i = at; i < at + phrase.size() && i <= s.size(); i++) {
      int k = i;
      if (s.token(i).lower().equals("be")
          && s.head(i).filter(d -> d.relation().startsWith("aux") && d.governor() != k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code i} starts what is taken: "this", "it", "the patch", "v2". */
  private static boolean takesSubmission(Sentence s, int i) {
    if (i > s.size()) {
      return false;
    }
    Token t = s.token(i);
    return t.tag().equals("DT") || t.tag().startsWith("PRP") || t.tag().startsWith("NN");
  }

  private static boolean isNot(Token t) {
    String w = t.lowerWord();
    return w.equals("not") || w.equals("n't") || w.equals("never");
  }

  private static boolean conditional(Sentence s, int at) {
    for (Token t : s.tokens()) {
      String w = t.lowerWord();
      if (w.equals("if") || w.equals("unless") || w.equals("once")) {
        return true;
      }
    }
    return s.token(at).lower().equals("would") || s.tokens().stream().limit(at).anyMatch(t ->
        t.isModal() && !t.lowerWord().equals("will") && !t.lowerWord().equals("'ll")
            && !t.lowerWord().equals("wo")
            && !t.lowerWord().toLowerCase(Locale.ROOT).equals("shall"));
  }

  /** Whether any decision settled something (agreed or rejected). */
  public static boolean anySettled(List<Decision> ds) {
    return ds.stream().anyMatch(d -> d.status() == DecisionStatus.AGREED
        || d.status() == DecisionStatus.REJECTED);
  }

  static Participant nobody() {
    return Participant.UNKNOWN;
  }
}
