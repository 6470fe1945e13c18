package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.analysis.question.Asked;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.QuestionForm;

/**
 * In a thread that settled nothing (no decision agreed or rejected), a point that two or more
 * participants took a stand on was discussed and left undecided (a question, a quoted
 * statement, or the point that opens a thread without a proposal; see {@link #opensThread}):
 * it is {@code proposed} when
 * it was put forward as a suggestion in question form ("Would it be worth ...?", "Why not keep
 * ... as aliases?") and {@code open} otherwise, also when the question only named an option
 * to weigh ("What about X?"). A point only its raiser spoke to is not
 * counted as discussed, nor a question that asked for facts or voiced a doubt indirectly
 * ({@link #asksWhatToDo}). A point made in a reply's own text is a remark in the debate
 * ("I do have some concerns about X"), except a course of action put forward there ("We could
 * also ship a conversion script", "Let's keep the old names for one release", "my main ask
 * would be a test for it")
 * that someone other than its raiser took a stand on: nobody settled it, so it is left
 * {@code open} ({@link #takenUpSuggestion}), however many welcomed it: a peer's "+1" or "Good
 * idea" is a view, and nobody who would carry the suggestion out took it. In a thread that did settle
 * something, its other questions and statements may have been settled with it, so nothing is
 * added for them (but a discussion topic leaves what it raised open, see {@link
 * DiscussedInTopic}); a course of action put forward in a reply that nothing settled stays
 * {@code open} there too, whether or not anyone took it up ({@link #openSuggestions}): the
 * verdict answered what the thread was about, not a side suggestion nobody acted on;
 * the thread's owner taking up a point someone put to them ("Good idea, we'll add that")
 * settles only that point, not the debate. The proposal keeps what {@link DecisionFinder} gave it.
 * A point this class adds nothing for still ends {@code open} when nothing else settled it
 * ({@link UndecidedPoints}, run last): the reasons here are kept for the gist they give.
 */
public final class UnsettledIssues {
  private UnsettledIssues() {}

  /** {@code decisions} with a decision added for each discussed, unsettled point. */
  public static List<Decision> add(List<Issue> issues, List<Position> positions,
      List<Decision> decisions, List<Asked> questions) {
    return add(issues, positions, decisions, questions, Optional.empty());
  }

  /**
   * The same, where {@code rootAuthor} wrote the thread's first message (the thread's owner
   * when no proposal names one).
   */
  public static List<Decision> add(List<Issue> issues, List<Position> positions,
      List<Decision> decisions, List<Asked> questions, Optional<Participant> rootAuthor) {
    return add(issues, positions, decisions, questions, rootAuthor, Set.of());
  }

  /**
   * The same, where {@code suggestions} holds the ids of the points a reply put forward as a
   * course of action (see {@code IssueRegistry#suggestion}).
   */
  public static List<Decision> add(List<Issue> issues, List<Position> positions,
      List<Decision> decisions, List<Asked> questions, Optional<Participant> rootAuthor,
      Set<String> suggestions) {
    return add(issues, positions, decisions, questions, rootAuthor, suggestions, false);
  }

  /**
   * The same, where {@code topic} says the thread puts a topic up for discussion (see {@link
   * DecisionFinder#opensTopic}): there the questions and quoted statements others took a
   * stand on stay open too (see {@link DiscussedInTopic}).
   */
  public static List<Decision> add(List<Issue> issues, List<Position> positions,
      List<Decision> decisions, List<Asked> questions, Optional<Participant> rootAuthor,
      Set<String> suggestions, boolean topic) {
    List<Decision> out = settlesDebate(decisions, issues, rootAuthor)
        ? openSuggestions(issues, decisions, suggestions)
        : unsettled(issues, positions, decisions, questions, suggestions);
    return topic ? DiscussedInTopic.leaveOpen(issues, positions, out) : out;
  }

  /** {@code decisions} with the points of a debate that settled nothing added. */
  private static List<Decision> unsettled(List<Issue> issues, List<Position> positions,
      List<Decision> decisions, List<Asked> questions, Set<String> suggestions) {
    Set<String> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.issue()));
    Map<String, Set<String>> speakers = new HashMap<>();
    for (Position p : positions) {
      speakers.computeIfAbsent(p.issue(), k -> new HashSet<>()).add(p.who().display());
    }
    List<Decision> out = new ArrayList<>(decisions);
    for (Issue i : issues) {
      if (i.kind() == Issue.Kind.PROPOSAL || decided.contains(i.id())) {
        continue;
      }
      if (i.kind() == Issue.Kind.POINT && !opensThread(i, issues)) {
        if (takenUpSuggestion(i, suggestions, positions)) {
          // welcomes from peers leave it open: they are views, not someone taking it on
          out.add(new Decision(i.id(), DecisionStatus.OPEN, "suggested, not settled: " + i.text(),
              Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), i.anchor())));
        }
        continue;
      }
      if (speakers.getOrDefault(i.id(), Set.of()).size() < 2) {
        continue;
      }
      Optional<Asked> asked = askedFor(i, questions);
      if (asked.isPresent() && !asksWhatToDo(i, asked.get())) {
        continue;
      }
      boolean suggested = asked.filter(a -> a.question().form()
          == QuestionForm.SUGGESTION_AS_QUESTION && !raisesForDiscussion(a.sentence())).isPresent();
      out.add(new Decision(i.id(), suggested ? DecisionStatus.PROPOSED : DecisionStatus.OPEN,
          (suggested ? "suggested, not agreed: " : "discussed, not decided: ") + i.text(),
          Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), i.anchor())));
    }
    return out;
  }

  /**
   * {@code decisions} of a thread that settled something, with each suggestion made in a reply
   * ("Let's not forget the autosel patches", "We can warn that ...") that nothing settled left
   * {@code open}: "Applied" or "Agreed, let's do X" settles what it answers, and a suggestion
   * made beside it that nobody took up or turned down is still on the table.
   */
  static List<Decision> openSuggestions(List<Issue> issues, List<Decision> decisions,
      Set<String> suggestions) {
    Set<String> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.issue()));
    List<Decision> out = new ArrayList<>(decisions);
    for (Issue i : issues) {
      if (i.kind() == Issue.Kind.POINT && suggestions.contains(i.id())
          && !decided.contains(i.id())) {
        out.add(new Decision(i.id(), DecisionStatus.OPEN, "suggested, not settled: " + i.text(),
            Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), i.anchor())));
      }
    }
    return out;
  }

  /**
   * Whether a decision settled the debate: an agreed or rejected one, other than the thread
   * owner taking up a point someone else put to them ("Good idea, we'll add it"), which settles
   * that point and leaves the rest of the debate where it was.
   */
  static boolean settlesDebate(List<Decision> decisions, List<Issue> issues,
      Optional<Participant> rootAuthor) {
    Map<String, Issue> byId = new HashMap<>();
    issues.forEach(i -> byId.put(i.id(), i));
    Optional<Participant> owner = issues.stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL)
        .findFirst().map(Issue::raisedBy).or(() -> rootAuthor);
    for (Decision d : decisions) {
      if (d.status() != DecisionStatus.AGREED && d.status() != DecisionStatus.REJECTED) {
        continue;
      }
      Issue i = byId.get(d.issue());
      boolean takenUp = d.status() == DecisionStatus.AGREED && i != null
          && i.kind() != Issue.Kind.PROPOSAL && owner.isPresent() && d.by().isPresent()
          && d.by().get().sameAs(owner.get()) && !i.raisedBy().sameAs(owner.get());
      if (!takenUp) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code point}, made in a reply, put a course of action forward ("We could also ship
   * a conversion script", "Let's keep the old names for one release") and
   * someone other than its raiser took a stand on it: a suggestion the thread took up.
   */
  static boolean takenUpSuggestion(Issue point, Set<String> suggestions,
      List<Position> positions) {
    return suggestions.contains(point.id()) && positions.stream().anyMatch(
        p -> p.issue().equals(point.id()) && !p.who().sameAs(point.raisedBy()));
  }

  /**
   * A point made in a reply ("We could also add a knob for that", "So do it right from the
   * start", "I do have some concerns about X") is a remark in the debate, not an option
   * put up for a decision, however many take it up; only the point that opens a thread
   * without a proposal (a thread whose first mail is missing, or that starts with an
   * argument) stands for what the thread is about.
   */
  static boolean opensThread(Issue point, List<Issue> issues) {
    return issues.stream().noneMatch(i -> i.kind() == Issue.Kind.PROPOSAL)
        && !issues.isEmpty() && issues.get(0).id().equals(point.id());
  }

  /**
   * Whether a question raised a point to decide: a suggestion put as a question ("Can the
   * bot keep a reference to bug trackers?"), or a question other than a request for facts
   * ("So how will the bot work?", "Do you have patches today?") or an errand (see {@link
   * OpenPoint}); not a call for replies ("Thoughts?"), nor a doubt put indirectly ("I'm not
   * sure why it exists"), which an answer clears rather than a decision.
   */
  static boolean asksWhatToDo(Issue i, Asked a) {
    QuestionForm f = a.question().form();
    if (f == QuestionForm.INDIRECT || DecisionFinder.invitesFeedback(i)) {
      return false;
    }
    return f == QuestionForm.SUGGESTION_AS_QUESTION
        || OpenPoint.leftOpen(a.sentence()) && !OpenPoint.asksWhatExists(a.sentence());
  }

  /**
   * "What about drivers/accel?", "How about an annual probe mail?": an option named for the
   * others to weigh, not a change put forward, so it is left open rather than proposed.
   */
  static boolean raisesForDiscussion(Sentence s) {
    for (int i = 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.isPunct() || Lexicon.OPENERS.contains(t.lowerWord())) {
        continue;
      }
      String w = t.lowerWord();
      return (w.equals("what") || w.equals("how")) && s.token(i + 1).lowerWord().equals("about");
    }
    return false;
  }

  /** The question that raised {@code i}, if a question did. */
  private static Optional<Asked> askedFor(Issue i, List<Asked> questions) {
    for (Asked a : questions) {
      if (a.turn().key().equals(i.in()) && a.question().about().equals(i.text())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
