package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;

/**
 * Gives every point the thread kept as an issue a state: a statement replies argued over
 * ({@link Issue.Kind#ANCHOR}) or a point put forward in a reply ({@link Issue.Kind#POINT})
 * that nothing agreed, proposed or rejected is left {@code open}. A maintainer reading the
 * summary wants each issue's state, and "nobody settled it" is one; the finders before this
 * one add an open decision only where they can tell why it stayed open, which left many
 * argued points with no state at all. Questions keep what their answers gave them (an
 * answered question is no open issue), and the proposal always has its state.
 */
public final class UndecidedPoints {
  private UndecidedPoints() {}

  /** {@code decisions} with an open decision for each point issue none of them is about. */
  public static List<Decision> add(List<Issue> issues, List<Decision> decisions) {
    Set<String> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.issue()));
    List<Decision> out = new ArrayList<>(decisions);
    for (Issue i : issues) {
      boolean point = i.kind() == Issue.Kind.ANCHOR || i.kind() == Issue.Kind.POINT;
      if (point && !decided.contains(i.id())) {
        out.add(new Decision(i.id(), DecisionStatus.OPEN, "not decided: " + i.text(),
            Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), i.anchor())));
      }
    }
    return out;
  }
}
