package quorum.analysis.temperature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quorum.analysis.Temperature;
import quorum.analysis.Temperature.Driver;
import quorum.analysis.Temperature.Kind;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.position.PositionFinder;
import quorum.analysis.question.Asked;
import quorum.mail.MessageKey;
import quorum.mail.Position;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Stance;

/**
 * Measures a thread's {@link Temperature} from what the other finders found: an opposing
 * position is a Nack when its evidence says so (a Nacked-by trailer, "NAK"), else an
 * opposition; a concern is a concern; a challenge (a rhetorical question, or "why can't
 * ...?" under a quote) asked in a reply and never answered keeps the thread warm, unless it
 * already counts as the opposition it expresses. Supportive,
 * neutral and deferring positions add nothing: agreement is not heat.
 */
public final class Thermometer {
  public Temperature measure(ThreadView view, List<Position> positions, List<Asked> questions) {
    Map<MessageKey, Integer> order = new HashMap<>();
    for (Turn t : view.turns()) {
      order.put(t.key(), t.position());
    }
    List<Driver> drivers = new ArrayList<>();
    for (Position p : positions) {
      Kind k = kind(p);
      // one sentence heats a thread once, even when it stands on two issues (a concern
      // question on its own point and on the proposal it quotes)
      boolean same = k != null && drivers.stream().anyMatch(d -> d.kind() == k
          && d.message().equals(p.evidence().in()) && d.who().sameAs(p.who())
          && d.excerpt().equals(p.evidence().excerpt()));
      if (k != null && !same) {
        drivers.add(new Driver(p.evidence().in(), p.who(), k, p.issue(), p.evidence().excerpt()));
      }
    }
    for (Asked a : questions) {
      boolean challenge = a.question().form() == QuestionForm.RHETORICAL
          || a.question().form() == QuestionForm.DIRECT && PositionFinder.challenges(a.sentence());
      boolean inReply = a.block().hasAnchor() || view.parent(a.turn().key()).isPresent();
      boolean counted = drivers.stream().anyMatch(d -> d.message().equals(a.turn().key())
          && a.question().about().startsWith(d.excerpt()));
      if (challenge && inReply && !counted && a.question().status() != QuestionStatus.ANSWERED) {
        drivers.add(new Driver(a.turn().key(), a.question().asker(), Kind.UNANSWERED_CHALLENGE, "",
            a.question().about()));
      }
    }
    drivers.sort((x, y) -> Integer.compare(order.getOrDefault(x.message(), Integer.MAX_VALUE),
        order.getOrDefault(y.message(), Integer.MAX_VALUE)));
    int points = 0;
    int[] byKind = new int[Kind.values().length];
    for (Driver d : drivers) {
      points += d.kind().points();
      byKind[d.kind().ordinal()]++;
    }
    int messages = Math.max(1, view.turns().size());
    double score = (double) points / (points + messages);
    return new Temperature(score, Temperature.Level.of(score), points, byKind[Kind.NACK.ordinal()],
        byKind[Kind.OPPOSES.ordinal()], byKind[Kind.CONCERN.ordinal()],
        byKind[Kind.UNANSWERED_CHALLENGE.ordinal()], contested(positions), drivers);
  }

  private static Kind kind(Position p) {
    if (p.stance() == Stance.CONCERN) {
      return Kind.CONCERN;
    }
    if (p.stance() != Stance.OPPOSE) {
      return null;
    }
    Set<String> w = Words.content(p.evidence().excerpt());
    return w.contains("nak") || w.contains("nack") ? Kind.NACK : Kind.OPPOSES;
  }

  /** Issues where someone opposes and someone else supports (outright or on a condition). */
  static int contested(List<Position> positions) {
    Map<String, Set<String>> against = new HashMap<>();
    Map<String, Set<String>> forIt = new HashMap<>();
    for (Position p : PositionFinder.latest(positions)) {
      String who = p.who().display();
      if (p.stance() == Stance.OPPOSE) {
        against.computeIfAbsent(p.issue(), k -> new HashSet<>()).add(who);
      } else if (p.stance() == Stance.SUPPORT || p.stance() == Stance.CONDITIONAL) {
        forIt.computeIfAbsent(p.issue(), k -> new HashSet<>()).add(who);
      }
    }
    int n = 0;
    for (Map.Entry<String, Set<String>> e : against.entrySet()) {
      Set<String> others = new HashSet<>(forIt.getOrDefault(e.getKey(), Set.of()));
      others.removeAll(e.getValue());
      if (!others.isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
