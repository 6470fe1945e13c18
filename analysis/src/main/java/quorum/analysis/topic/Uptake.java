package quorum.analysis.topic;

import java.util.List;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.mail.Participant;

/**
 * Whether the others in a thread take a topic up: someone other than the one who raised it
 * made one of its points, or a later message of someone else quotes one of its sentences.
 * A reservation voiced in passing ("I am worried the notes get long") that nobody answers is
 * that participant's aside, not something the thread debates.
 */
public final class Uptake {
  private Uptake() {}

  public static boolean takenUp(ThreadView view, List<Point> topic) {
    Participant raiser = topic.get(0).turn().author();
    for (Point p : topic) {
      if (!p.turn().author().sameAs(raiser)) {
        return true;
      }
    }
    for (Point p : topic) {
      String said = p.sentence().map(s -> Words.squash(s.text())).orElse("");
      if (!said.isEmpty() && quotedByOthers(view, p.turn(), said, raiser)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quotedByOthers(ThreadView view, Turn in, String said,
      Participant raiser) {
    for (Turn t : view.turns()) {
      if (t.position() <= in.position() || t.author().sameAs(raiser)) {
        continue;
      }
      for (Block b : t.blocks()) {
        if (b.hasAnchor() && Words.squash(b.anchor()).contains(said)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether every point of the topic is a concern (a reservation, not a proposal or a question). */
  public static boolean onlyConcerns(List<Point> topic) {
    return topic.stream().allMatch(p -> p.kind() == Point.Kind.CONCERN);
  }
}
