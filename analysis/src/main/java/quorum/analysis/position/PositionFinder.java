package quorum.analysis.position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Evidences;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.analysis.question.Asked;
import quorum.analysis.topic.OwnTextPoints;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.QuestionForm;
import quorum.mail.Segment;
import quorum.mail.Stance;
import quorum.mail.Trailer;

/**
 * Finds each participant's stance per issue. Sources: the author of a proposal supports it;
 * a sentence with a stance cue ({@link StanceReader}) speaks to the issue
 * {@link IssueRegistry#issueOf} gives; a suggestion put as a question supports what it
 * suggests; a rhetorical question in reply to an issue dismisses it (oppose); Acked-by and
 * Reviewed-by trailers in replies support the proposal, Nacked-by opposes it. A concern read
 * in the thread's opening message is its author's problem statement, which supports. The
 * writer of a suggestion raised in a reply supports it, though it reads no stance word. A
 * verdict naming nothing of its own under a quote about the thread's topic is on that topic
 * too ({@link TopicVerdict}).
 *
 * <p>Within one message, stances on one issue combine: deference wins; support with an
 * "either way" stays support (leaning); opposition with support is the later one. Across
 * messages each message's stance is kept, in thread order, so a participant who moves from
 * concern to support shows both; {@link #latest} gives where each one ended.
 */
public final class PositionFinder {
  private final StanceReader reader = new StanceReader();
  private final Optional<StanceModel> model;

  /** A finder with the learned stance reader in use ({@link StanceModel#inUse}). */
  public PositionFinder() {
    this(StanceModel.inUse());
  }

  /** A finder with the given learned reader, or the hand-written rules alone. */
  public PositionFinder(Optional<StanceModel> model) {
    this.model = model;
  }

  /** Every position, the learned reader's among them ({@link Found#all}). */
  public List<Position> find(ThreadView view, List<Asked> questions, IssueRegistry issues) {
    return findBoth(view, questions, issues).all();
  }

  /**
   * The positions read with the learned stance reader ({@code all}) and those the
   * hand-written rules read alone ({@code ruled}, exactly what they read without the model).
   * Decisions, and which issues are kept, follow the rules' list: the model's readings are
   * reported, but an issue nobody else stood on is not kept alive by them and they settle
   * nothing (in cross-validation they did not make decisions better, see README).
   */
  public record Found(List<Position> all, List<Position> ruled) {
    public Found {
      all = List.copyOf(all);
      ruled = List.copyOf(ruled);
    }
  }

  public Found findBoth(ThreadView view, List<Asked> questions, IssueRegistry issues) {
    List<Position> all = new ArrayList<>();
    List<Position> ruledAll = new ArrayList<>();
    view.root().ifPresent(r -> issues.proposal().filter(p -> p.in().equals(r.key()))
        .ifPresent(p -> all.add(new Position(r.author(), p.id(), Stance.SUPPORT,
            proposalEvidence(r)))));
    // the opener of a discussion topic supports discussing it
    view.root().ifPresent(r -> issues.topic().filter(p -> p.in().equals(r.key()))
        .ifPresent(p -> all.add(new Position(r.author(), p.id(), Stance.SUPPORT,
            proposalEvidence(r)))));
    ruledAll.addAll(all);
    Map<Sentence, QuestionForm> formOf = new java.util.IdentityHashMap<>();
    for (Asked a : questions) {
      formOf.put(a.sentence(), a.question().form());
    }
    Set<Position> learned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Turn t : view.turns()) {
      Map<String, List<Position>> inTurn = new LinkedHashMap<>();
      for (Block b : t.blocks()) {
        for (Sentence s : b.sentences()) {
          Optional<Position> echoed = Agreement.echo(s, t, b, view, ruledAll,
              Evidences.of(t, b, s));
          if (echoed.isPresent()) {
            inTurn.computeIfAbsent(echoed.get().who().display() + "\u0000" + echoed.get().issue(),
                k -> new ArrayList<>()).add(echoed.get());
            continue;
          }
          Optional<Stance> ruled = ruled(s, formOf.get(s), b, issues);
          // the opener's own stand is the proposal's default; the model reads replies only
          Optional<Stance> stance = model.isEmpty() || opener(view, t) ? ruled
              : model.get().combine(ruled,
              () -> StanceFeatures.of(s, b, t, opener(view, t), formOf.get(s), ruled));
          if (stance.isEmpty()) {
            continue;
          }
          boolean byModel = !stance.equals(ruled);
          Optional<Issue> issue = endorsesProposal(s, t, issues) ? issues.endorsed(t, s)
              : issues.issueOf(t, b, s);
          if (issue.isEmpty()) {
            continue;
          }
          Stance read = answersAConcern(s, stance.get(), issue.get(), t, ruledAll) ? Stance.OPPOSE
              : stance.get() == Stance.CONDITIONAL
                  && StanceReader.conditionIs(s, issue.get().text()) ? Stance.SUPPORT
              : stance.get();
          Stance st = read == Stance.CONCERN && opener(view, t) ? Stance.SUPPORT : read;
          List<Position> made = new ArrayList<>();
          Position p = new Position(t.author(), issue.get().id(), st, Evidences.of(t, b, s));
          made.add(p);
          inTurn.computeIfAbsent(key(t.author(), issue.get()), k -> new ArrayList<>()).add(p);
          onTheTopic(s, t, b, issue.get(), issues).ifPresent(q -> {
            Position on = new Position(t.author(), q.id(), st, Evidences.of(t, b, s));
            made.add(on);
            inTurn.computeIfAbsent(key(t.author(), q), k -> new ArrayList<>()).add(on);
          });
          Optional<Issue> under = doubtsTheQuote(s, formOf.get(s), st, issue.get(), issues)
              ? issues.quotedIssue(t, b).filter(q -> !q.id().equals(issue.get().id()))
              : Optional.empty();
          under.ifPresent(q -> {
            Position on = new Position(t.author(), q.id(), st, Evidences.of(t, b, s));
            made.add(on);
            inTurn.computeIfAbsent(key(t.author(), q), k -> new ArrayList<>()).add(on);
          });
          if (byModel) {
            learned.addAll(made);
          }
        }
        issues.issueOf(t, b);
      }
      trailers(t, view, issues).forEach(p -> inTurn.computeIfAbsent(
          p.who().display() + "\u0000" + p.issue(), k -> new ArrayList<>()).add(p));
      for (Map.Entry<String, List<Position>> e : inTurn.entrySet()) {
        add(all, combine(e.getValue()));
        List<Position> byRules = e.getValue().stream().filter(x -> !learned.contains(x)).toList();
        if (!byRules.isEmpty()) {
          add(ruledAll, combine(byRules));
        }
      }
    }
    OwnPoint.addAuthors(view, issues.issues(), all, reader);
    OwnPoint.addAuthors(view, issues.issues(), ruledAll, reader);
    Map<String, Participant> names = namesByAddress(view);
    return new Found(named(all, names), named(ruledAll, names));
  }

  /** Adds a turn's position; the proposal's author stating a stance in the proposal itself replaces the default. */
  private static void add(List<Position> all, Position p) {
    all.removeIf(x -> x.evidence().in().equals(p.evidence().in()) && x.issue().equals(p.issue())
        && x.who().sameAs(p.who()));
    all.add(p);
  }

  /**
   * Positions of a writer whose From carries only an address, under the name that address
   * has elsewhere in the thread (another message's From, or a trailer such as "Reviewed-by:
   * Jane Doe &lt;jane@example.org&gt;"), so one person's stances read under one name.
   */
  static List<Position> named(List<Position> all, Map<String, Participant> byAddress) {
    List<Position> out = new ArrayList<>(all.size());
    for (Position p : all) {
      Participant w = p.who();
      Participant n = w.name().isBlank() ? w.address()
          .map(a -> byAddress.get(a.toLowerCase(java.util.Locale.ROOT))).orElse(null) : null;
      out.add(n == null ? p : new Position(n, p.issue(), p.stance(), p.evidence()));
    }
    return out;
  }

  /** The named participant of each address (lower case) seen in a From or a trailer. */
  static Map<String, Participant> namesByAddress(ThreadView view) {
    Map<String, Participant> byAddress = new java.util.HashMap<>();
    for (Turn t : view.turns()) {
      remember(byAddress, t.author());
      for (Segment s : t.message().segments()) {
        if (s instanceof Trailer tr) {
          remember(byAddress, tr.who());
        }
      }
    }
    return byAddress;
  }

  private static void remember(Map<String, Participant> byAddress, Participant p) {
    if (!p.name().isBlank() && p.address().isPresent()) {
      byAddress.putIfAbsent(p.address().get().toLowerCase(java.util.Locale.ROOT), p);
    }
  }

  /** The last position of each participant on each issue, in the order they were taken. */
  public static List<Position> latest(List<Position> positions) {
    Map<String, Position> out = new LinkedHashMap<>();
    for (Position p : positions) {
      String k = p.who().display() + "\u0000" + p.issue();
      out.remove(k);
      out.put(k, p);
    }
    return new ArrayList<>(out.values());
  }

  /** What the hand-written rules read on {@code s}: a stance cue, or a suggestion put forward. */
  Optional<Stance> ruled(Sentence s, QuestionForm form, Block b, IssueRegistry issues) {
    return stanceOf(s, form, b).or(() -> putsForward(s, form, issues));
  }

  private Optional<Stance> stanceOf(Sentence s, QuestionForm form, Block b) {
    if (form == QuestionForm.SUGGESTION_AS_QUESTION) {
      return Optional.of(raisesACase(s) ? Stance.CONCERN : Stance.SUPPORT);
    }
    if (form == QuestionForm.RHETORICAL) {
      return b.hasAnchor() ? Optional.of(Stance.OPPOSE) : Optional.empty();
    }
    if (form == QuestionForm.DIRECT && b.hasAnchor() && challenges(s)) {
      return Optional.of(Stance.OPPOSE);
    }
    if (form == QuestionForm.DIRECT && b.hasAnchor() && ConcernQuestion.widens(s)) {
      return Optional.of(Stance.SUPPORT);
    }
    if (form == QuestionForm.DIRECT && b.hasAnchor() && ConcernQuestion.raises(s)) {
      return Optional.of(Stance.CONCERN);
    }
    if (form != null && form != QuestionForm.INDIRECT) {
      return Optional.empty();
    }
    return reader.read(s).or(() -> reader.proposes(s));
  }

  /**
   * The thread's topic, when {@code s} is a verdict naming nothing of its own under a quote
   * that is about the topic ({@link TopicVerdict}) and it was attached to another issue: the
   * verdict is on the topic too.
   */
  private static Optional<Issue> onTheTopic(Sentence s, Turn t, Block b, Issue on,
      IssueRegistry issues) {
    return issues.topic().filter(tp -> !tp.id().equals(on.id()) && !tp.in().equals(t.key())
        && b.hasAnchor() && issues.raised(s).isEmpty() && TopicVerdict.namesNothing(s)
        && TopicVerdict.quoteIsAbout(b.anchor(), tp.text()));
  }

  /**
   * "Please do also consider submitting this to the storage track", "Or move the bits into
   * the driver sources": a sentence that raised a suggestion of its own (not a question) and
   * asks for it in its main clause ({@link OwnTextPoints#asksForAction})
   * is its writer's support for it, though it reads no stance word; without it nobody would
   * stand on the point and it would be dropped as unused.
   */
  private static Optional<Stance> putsForward(Sentence s, QuestionForm form,
      IssueRegistry issues) {
    return form == null && OwnTextPoints.asksForAction(s)
        && issues.raised(s).filter(issues::suggestion).isPresent()
        ? Optional.of(Stance.SUPPORT) : Optional.empty();
  }

  /**
   * Whether {@code t} is the thread's opening message. A reservation read there ("The problem
   * is that one global timeout is too short for slow disks", "The scale of the value is
   * unclear") is the opener's problem statement: it is why they open the thread, so it
   * supports what they raise, it is no concern about it.
   */
  private static boolean opener(ThreadView view, Turn t) {
    return view.root().filter(r -> r == t).isPresent();
  }

  /**
   * "What about the people running old ARM boards in university labs?" under a quote of a
   * proposal: a question (not an indirect one) that doubts or challenges what it quotes
   * raises a point of its own and is, at the same time, the asker's reservation about the
   * quoted text itself.
   */
  private static boolean doubtsTheQuote(Sentence s, QuestionForm form, Stance st, Issue on,
      IssueRegistry issues) {
    return form != null && form != QuestionForm.INDIRECT
        && (st == Stance.CONCERN || st == Stance.OPPOSE)
        && issues.raised(s).filter(r -> r.id().equals(on.id())).isPresent();
  }

  /**
   * "What about the people running old netbooks?": a "what about" followed by a noun phrase
   * naming those affected or a case ("users who ...", "the case where ...") points at a case
   * the quoted text leaves out, a concern. Any other noun phrase ("what about drivers/accel
   * instead?") or a gerund ("what about doing X?") proposes.
   */
  static boolean raisesACase(Sentence s) {
    int at = s.findLemmas(java.util.List.of("what", "about"));
    if (at < 1 || at + 2 > s.size()) {
      return false;
    }
    for (int i = at + 2; i <= s.size(); i++) {
      Token t = s.token(i);
      if (t.isPunct() || t.tag().equals("VBG") && i == at + 2) {
        return false;
      }
      if (t.tag().startsWith("NN") || t.tag().equals("DT") && t.lowerWord().equals("those")) {
        return AFFECTED.contains(t.lower()); // the first noun of the phrase
      }
    }
    return false;
  }

  /** Nouns for those a change may leave out, or for a case it may not handle. */
  private static final java.util.Set<String> AFFECTED = java.util.Set.of("people", "person",
      "user", "those", "distribution", "distro", "vendor", "maintainer", "developer", "folk",
      "customer", "downstream", "case", "situation", "scenario", "setup", "machine", "system",
      "board", "platform", "architecture", "arch", "device", "hardware", "tool", "script",
      "caller", "application", "app", "program", "packager", "admin", "administrator", "reader");

  /**
   * A challenge put as a question, asked under a quote: "Why can't this wait for 4.14?",
   * "Why would this need a new flag?" ("why" with a negated or hypothetical modal) asks the
   * writer to justify the quoted point, which opposes it.
   */
  public static boolean challenges(Sentence s) {
    if (s.size() < 3 || !s.token(1).lowerWord().equals("why")) {
      return false;
    }
    for (int i = 2; i <= Math.min(s.size(), 4); i++) {
      Token t = s.token(i);
      if (t.isModal() && (i + 1 <= s.size() && s.token(i + 1).lowerWord().equals("n't")
          || t.lowerWord().endsWith("n't") || t.lowerWord().equals("can't"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short endorsement ("+1", "LGTM", "NAK", "Applied, thanks") in a reply speaks to the proposal itself,
   * whatever question its block sits under, unless the sentence raised an issue of its own.
   */
  static boolean endorsesProposal(Sentence s, Turn t, IssueRegistry issues) {
    return issues.proposal().filter(p -> !p.in().equals(t.key())).isPresent()
        && issues.raised(s).isEmpty() && (s.hasAny(quorum.analysis.internal.Lexicon.ENDORSE)
            || StanceReader.onTheWholeProposal(s));
  }

  /**
   * "This shouldn't be that big of an issue": a cost denied on an issue someone else raised
   * as a concern argues against that concern (oppose); on a proposal it would support it.
   */
  private static boolean answersAConcern(Sentence s, Stance read, Issue issue, Turn t,
      List<Position> earlier) {
    if (read != Stance.SUPPORT || Appraisal.of(s).filter(Appraisal::downplaysACost).isEmpty()) {
      return false;
    }
    return earlier.stream().anyMatch(p -> p.issue().equals(issue.id())
        && p.stance() == Stance.CONCERN && !p.who().sameAs(t.author()));
  }

  static Position combine(List<Position> ps) {
    for (Position p : ps) {
      if (p.stance() == Stance.DEFERS) {
        return p;
      }
    }
    Position support = null;
    Position last = null;
    for (Position p : ps) {
      if (p.stance() == Stance.SUPPORT && support == null) {
        support = p;
      }
      if (p.stance() != Stance.NEUTRAL || last == null) {
        last = p;
      }
    }
    boolean onlySupportAndNeutral = ps.stream()
        .allMatch(p -> p.stance() == Stance.SUPPORT || p.stance() == Stance.NEUTRAL);
    if (support != null && onlySupportAndNeutral) {
      return support;
    }
    return last;
  }

  /**
   * Review trailers on the proposal: in a reply, Acked-by / Reviewed-by / Tested-by support
   * it and Nacked-by opposes it; in the proposal itself, trailers carried from earlier review
   * of someone other than the author support it.
   */
  private static List<Position> trailers(Turn t, ThreadView view, IssueRegistry issues) {
    List<Position> out = new ArrayList<>();
    Optional<Issue> proposal = issues.proposal();
    if (proposal.isEmpty()) {
      return out;
    }
    boolean inProposal = proposal.get().in().equals(t.key());
    for (Segment s : t.message().segments()) {
      if (s instanceof Trailer tr && s.depth() == 0) {
        String tag = tr.tag().toLowerCase(java.util.Locale.ROOT);
        Stance st = tag.startsWith("nack") || tag.startsWith("nak") ? Stance.OPPOSE
            : tag.startsWith("acked") || tag.startsWith("reviewed") || tag.startsWith("tested")
                ? Stance.SUPPORT : null;
        if (st != null && inProposal && (tr.who().isUnknown() || tr.who().sameAs(t.author()))) {
          continue; // the author's own Signed-off-by or a carried tag naming nobody
        }
        if (st != null) {
          Participant who = tr.who().isUnknown() ? t.author() : tr.who();
          out.add(new Position(who, proposal.get().id(), st,
              new Evidence(t.key(), tr.lines(), tr.text().strip(), "")));
        }
      }
    }
    return out;
  }

  private static Evidence proposalEvidence(Turn r) {
    for (Block b : r.blocks()) {
      for (Sentence s : b.sentences()) {
        if (isGreeting(s)) {
          continue;
        }
        Evidence e = Evidences.of(r, b, s);
        return new Evidence(e.in(), e.lines(), "author of the proposal: " + e.excerpt(), "");
      }
    }
    return new Evidence(r.key(), LineSpan.of(1, 1), "author of the proposal", "");
  }

  /** "Hi all,", "Hello hackers," : a salutation says nothing about the proposal. */
  private static boolean isGreeting(Sentence s) {
    if (s.tokens().isEmpty() || s.size() > 4) {
      return false;
    }
    String w = s.token(1).lowerWord();
    return w.equals("hi") || w.equals("hello") || w.equals("hey") || w.equals("dear")
        || w.equals("all") || w.equals("folks");
  }

  private static String key(Participant who, Issue i) {
    return who.display() + "\u0000" + i.id();
  }
}
