package quorum.analysis.position;

import java.util.List;
import java.util.Optional;
import quorum.analysis.Issue;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Evidences;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.Patch;
import quorum.mail.Position;
import quorum.mail.Segment;
import quorum.mail.Stance;

/**
 * The author of a suggestion that replies quote and answer holds it: "I'd add a table of
 * removal dates" becomes an issue when someone replies under it, and its author, like the
 * author of a thread's proposal, supports it; so does the author of a patch whose rule
 * ("+ Callers SHOULD check the result") a reviewer quotes and debates. Only a sentence that puts a course of action
 * forward ({@link StanceReader#proposes}: "I'd add", "we could", "let's", a rule stated with
 * "should"/"must") counts; a quoted fact or question is no stand of its author. A stance the
 * author took on that issue in the same message is left as it is.
 */
final class OwnPoint {
  private OwnPoint() {}

  /** Adds to {@code all} (in thread order) each quoted suggestion's author's position. */
  static void addAuthors(ThreadView view, List<Issue> issues, List<Position> all,
      StanceReader reader) {
    for (Issue i : issues) {
      if (i.kind() != Issue.Kind.ANCHOR) {
        continue;
      }
      Optional<Turn> turn = view.turn(i.in());
      if (turn.isEmpty() || !turn.get().author().sameAs(i.raisedBy())) {
        continue;
      }
      Turn t = turn.get();
      boolean taken = all.stream().anyMatch(p -> p.issue().equals(i.id())
          && p.evidence().in().equals(t.key()) && p.who().sameAs(t.author()));
      if (taken) {
        continue;
      }
      Optional<Found> own = statement(t, i);
      if (own.isPresent()) {
        Found found = own.get();
        held(reader, found.sentence()).ifPresent(st -> insert(all, view, new Position(
            t.author(), i.id(), st, Evidences.of(t, found.block(), found.sentence()))));
      } else if (IssueRegistry.statesARule(i.text())) {
        // a rule of the author's own patch ("+ Callers SHOULD check ..."), quoted by a reviewer
        proposedIn(t, i.text()).ifPresent(lines -> insert(all, view, new Position(t.author(),
            i.id(), Stance.SUPPORT, new Evidence(t.key(), lines,
                "proposed text: " + i.text().replaceAll("(^|\\s)\\+\\s*", "$1"), ""))));
      }
    }
  }

  /**
   * How the author holds a suggestion: as put forward, unless the sentence also hedges it
   * ("I'd name it X, but I'm not attached to it" is neutral, "I'd keep it as long as ..."
   * conditional).
   */
  private static Optional<Stance> held(StanceReader reader, Sentence s) {
    Optional<Stance> put = reader.proposes(s);
    if (put.isEmpty()) {
      return put;
    }
    Optional<Stance> hedge = reader.read(s).filter(st -> st == Stance.NEUTRAL
        || st == Stance.DEFERS || st == Stance.CONDITIONAL);
    return hedge.isPresent() ? hedge : put;
  }

  private record Found(Block block, Sentence sentence) {}

  /** The author's own sentence the issue states (the quote's last sentence). */
  private static Optional<Found> statement(Turn t, Issue i) {
    String key = Words.squash(i.text());
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Block b : t.blocks()) {
      for (Sentence s : b.sentences()) {
        String own = Words.squash(s.text());
        if (!own.isEmpty() && (own.equals(key) || key.endsWith(own) || own.endsWith(key))) {
          return Optional.of(new Found(b, s));
        }
      }
    }
    return Optional.empty();
  }

  /** The lines of the turn's own patch that carry {@code text}, if one does. */
  private static Optional<LineSpan> proposedIn(Turn t, String text) {
    String want = Words.squash(text);
    for (Segment s : t.message().segments()) {
      if (s instanceof Patch p && p.depth() == 0 && !want.isEmpty()
          && Words.squash(p.text()).contains(want)) {
        return Optional.of(p.lines());
      }
    }
    return Optional.empty();
  }

  /** Inserts {@code p} after the last position taken in its message or before it. */
  private static void insert(List<Position> all, ThreadView view, Position p) {
    int at = view.turn(p.evidence().in()).map(Turn::position).orElse(Integer.MAX_VALUE);
    int index = all.size();
    for (int k = 0; k < all.size(); k++) {
      int pos = view.turn(all.get(k).evidence().in()).map(Turn::position).orElse(0);
      if (pos > at) {
        index = k;
        break;
      }
    }
    all.add(index, p);
  }
}
