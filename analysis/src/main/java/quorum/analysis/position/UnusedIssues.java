package quorum.analysis.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.mail.Decision;
import quorum.mail.Position;

/**
 * Drops the issues nobody took a stand on and nothing settled: a question or point that no
 * position and no decision refers to is not something the thread argued about, and listing it
 * would crowd out the issues that were. The proposal stays whatever happened to it. The
 * issues left are numbered again {@code i1}, {@code i2}, ... in their order, and positions and
 * decisions follow the new ids.
 */
public final class UnusedIssues {
  private UnusedIssues() {}

  /** The issues, positions and decisions after dropping the unused issues. */
  public record Result(List<Issue> issues, List<Position> positions, List<Decision> decisions) {
    public Result {
      issues = List.copyOf(issues);
      positions = List.copyOf(positions);
      decisions = List.copyOf(decisions);
    }
  }

  public static Result drop(List<Issue> issues, List<Position> positions,
      List<Decision> decisions) {
    return drop(issues, positions, positions, decisions);
  }

  /**
   * As {@link #drop(List, List, List)}, with the issues kept by the positions in
   * {@code using} (the hand-written rules') and {@code positions} reported on those kept: a
   * stance only the learned reader read does not keep an issue alive.
   */
  public static Result drop(List<Issue> issues, List<Position> using, List<Position> positions,
      List<Decision> decisions) {
    Set<String> used = new HashSet<>();
    using.forEach(p -> used.add(p.issue()));
    decisions.forEach(d -> used.add(d.issue()));
    Map<String, String> renamed = new HashMap<>();
    List<Issue> kept = new ArrayList<>();
    for (Issue i : issues) {
      if (i.kind() == Issue.Kind.PROPOSAL || used.contains(i.id())) {
        String id = "i" + (kept.size() + 1);
        renamed.put(i.id(), id);
        kept.add(new Issue(id, i.text(), i.kind(), i.raisedBy(), i.in(), i.anchor()));
      }
    }
    List<Position> ps = new ArrayList<>();
    for (Position p : positions) {
      if (!renamed.containsKey(p.issue()) && !used.contains(p.issue())) {
        continue; // an issue dropped
      }
      ps.add(new Position(p.who(), renamed.getOrDefault(p.issue(), p.issue()), p.stance(),
          p.evidence()));
    }
    List<Decision> ds = new ArrayList<>();
    for (Decision d : decisions) {
      ds.add(new Decision(renamed.getOrDefault(d.issue(), d.issue()), d.status(), d.gist(),
          d.by(), d.evidence()));
    }
    return new Result(kept, ps, ds);
  }
}
