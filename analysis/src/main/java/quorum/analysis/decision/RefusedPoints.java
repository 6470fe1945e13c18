package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.analysis.Issue;
import quorum.analysis.question.Asked;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.QuestionForm;
import quorum.mail.Stance;

/**
 * A point raised in the debate (a question, a quoted statement, a suggestion) that someone
 * turned down flatly in a later message ("No, ...", "It's not worth discussing", "We don't
 * want to go back to that model", "I really don't think we need to", see {@link FlatRefusal})
 * is rejected when the refusal stood: nobody but its raiser spoke for the point afterwards and
 * the raiser did not argue back. That is how a list turns an idea down: whoever is in charge
 * says no and nobody with more standing overturns it. The refusal must come from someone other
 * than the point's raiser and the thread's owner (the proposal's author, else the opener): the
 * owner refusing a point put to their own proposal defends it, which is not a verdict others
 * accept (measured: it turned open points to rejected). A point already agreed or rejected by
 * an explicit verdict keeps it; the thread's proposal keeps what {@link DecisionFinder} gave it.
 */
public final class RefusedPoints {
  private RefusedPoints() {}

  /** {@code decisions} with each point whose flat refusal stood made rejected. */
  public static List<Decision> apply(List<Issue> issues, List<Position> positions,
      List<Decision> decisions, List<Asked> questions, Discussion d,
      Optional<Participant> rootAuthor) {
    Map<MessageKey, Integer> order = new HashMap<>();
    List<Message> messages = d.messages();
    for (int i = 0; i < messages.size(); i++) {
      order.put(messages.get(i).key(), i);
    }
    Optional<Participant> owner = issues.stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL)
        .findFirst().map(Issue::raisedBy).or(() -> rootAuthor);
    List<Decision> out = new ArrayList<>(decisions);
    for (Issue i : issues) {
      if (i.kind() == Issue.Kind.PROPOSAL || settled(i, decisions)) {
        continue;
      }
      List<Position> on = positions.stream().filter(p -> p.issue().equals(i.id()))
          .sorted(Comparator.comparingInt(p -> order.getOrDefault(p.evidence().in(), -1)))
          .toList();
      standingRefusal(i, on, order, owner, putsForward(i, questions)).ifPresent(p -> {
        out.removeIf(x -> x.issue().equals(i.id()));
        out.add(new Decision(i.id(), DecisionStatus.REJECTED, p.evidence().excerpt(),
            Optional.of(p.who()), p.evidence()));
      });
    }
    return out;
  }

  private static boolean refuses(String sentence, boolean course) {
    return FlatRefusal.refuses(sentence) || course && FlatRefusal.answersNo(sentence);
  }

  /**
   * Whether {@code i} put a course of action forward, so that a bare "No." turns it down: a
   * quoted statement or a point made in a reply, or a suggestion put as a question ("Should we
   * drop the old flag?"); not a question of fact ("Are they limited to DDR3?").
   */
  static boolean putsForward(Issue i, List<Asked> questions) {
    if (i.kind() != Issue.Kind.QUESTION) {
      return true;
    }
    return questions.stream().anyMatch(a -> a.turn().key().equals(i.in())
        && a.question().about().equals(i.text())
        && a.question().form() == QuestionForm.SUGGESTION_AS_QUESTION);
  }

  /** Whether an explicit verdict already settled {@code i}. */
  private static boolean settled(Issue i, List<Decision> decisions) {
    return decisions.stream().anyMatch(x -> x.issue().equals(i.id())
        && (x.status() == DecisionStatus.AGREED || x.status() == DecisionStatus.REJECTED));
  }

  /**
   * The first flat refusal of {@code i}, in message order {@code on}, made after it was
   * raised by someone other than its raiser and the owner, that nobody overturned.
   */
  static Optional<Position> standingRefusal(Issue i, List<Position> on,
      Map<MessageKey, Integer> order, Optional<Participant> owner, boolean course) {
    int raised = order.getOrDefault(i.in(), -1);
    for (int k = 0; k < on.size(); k++) {
      Position p = on.get(k);
      if (p.stance() != Stance.OPPOSE || order.getOrDefault(p.evidence().in(), -1) <= raised
          || p.who().sameAs(i.raisedBy()) || owner.filter(p.who()::sameAs).isPresent()
          || !refuses(p.evidence().excerpt(), course)) {
        continue;
      }
      if (!overturned(i, p, on.subList(k + 1, on.size()))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether, after the refusal {@code no}, someone other than the raiser and the refuser spoke
   * for the point, or the raiser argued against the refusal: the debate went on.
   */
  private static boolean overturned(Issue i, Position no, List<Position> later) {
    for (Position q : later) {
      boolean raiser = q.who().sameAs(i.raisedBy());
      if (q.stance() == Stance.SUPPORT && !raiser && !q.who().sameAs(no.who())
          || q.stance() == Stance.OPPOSE && raiser) {
        return true;
      }
    }
    return false;
  }
}
