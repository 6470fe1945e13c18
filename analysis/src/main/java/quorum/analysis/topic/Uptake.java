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

  /**
   * Whether someone other than the writer of {@code said} (a sentence of turn {@code in})
   * quoted it in a later message as the last thing above text of their own: a point-by-point
   * reply answering that very sentence ("> Simplify the rst output." / "Seems worth a try.").
   */
  public static boolean answeredUnder(ThreadView view, Turn in, String said) {
    String key = Words.squash(said);
    if (key.isEmpty()) {
      return false;
    }
    for (Turn t : view.turns()) {
      if (t.position() <= in.position() || t.author().sameAs(in.author())) {
        continue;
      }
      for (Block b : t.blocks()) {
        if (b.hasAnchor() && !b.sentences().isEmpty()
            && b.anchorFrom().map(in.key()::equals).orElse(true)
            && answers(b.anchor(), key)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a quoted chunk answered by the text under it is about {@code key}: it ends with
   * it, or opens with it and is one item or paragraph (its details may follow on further
   * lines, but no blank line and no second list item: a quote of the whole list is answered
   * as a whole).
   */
  private static boolean answers(String anchor, String key) {
    String quoted = Words.squash(anchor);
    return quoted.endsWith(key) || quoted.startsWith(key) && oneItem(anchor);
  }

  /** Whether {@code text} is one paragraph with at most one list item, at its start. */
  static boolean oneItem(String text) {
    boolean first = true;
    for (String line : text.strip().split("\\n")) {
      String l = line.strip();
      if (l.isEmpty() || !first && ITEM.matcher(l).lookingAt()) {
        return false;
      }
      first = false;
    }
    return true;
  }

  /** A line opening a list item: "- ", "* ", "1. ", "2) ". */
  private static final java.util.regex.Pattern ITEM =
      java.util.regex.Pattern.compile("([-*\\u2022]|\\d{1,2}[.)])\\s");

  /** Whether every point of the topic is a concern (a reservation, not a proposal or a question). */
  public static boolean onlyConcerns(List<Point> topic) {
    return topic.stream().allMatch(p -> p.kind() == Point.Kind.CONCERN);
  }
}
