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
import quorum.mail.Position;

/**
 * A thread that puts a topic up for discussion ("[TECH TOPIC] ...", "[MAINTAINERS SUMMIT]
 * ...", see {@link DiscussionTopic}) gathers views for a session; what it raises is not
 * decided on the list. So a question or a quoted statement that someone other than its raiser
 * took a stand on, and that nothing settled, is left {@code open} there (gist "discussed, not
 * decided: ..."), whether or not the thread settled something else: the opener taking up one
 * point decides nothing about the others. A point made in a reply's own text is not (see
 * {@link UnsettledIssues} for the suggestions among them), nor one only its raiser spoke to.
 */
final class DiscussedInTopic {
  private DiscussedInTopic() {}

  /** {@code decisions} with one added for each question or anchor discussed and left open. */
  static List<Decision> leaveOpen(List<Issue> issues, List<Position> positions,
      List<Decision> decisions) {
    Set<String> decided = new HashSet<>();
    decisions.forEach(d -> decided.add(d.issue()));
    List<Decision> out = new ArrayList<>(decisions);
    for (Issue i : issues) {
      if (decided.contains(i.id()) || i.kind() != Issue.Kind.QUESTION
          && i.kind() != Issue.Kind.ANCHOR || !takenUpByOthers(i, positions)) {
        continue;
      }
      out.add(new Decision(i.id(), DecisionStatus.OPEN, "discussed, not decided: " + i.text(),
          Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), i.anchor())));
    }
    return out;
  }

  /** Whether someone other than the one who raised {@code i} took a stand on it. */
  static boolean takenUpByOthers(Issue i, List<Position> positions) {
    return positions.stream().anyMatch(p -> p.issue().equals(i.id())
        && !p.who().sameAs(i.raisedBy()));
  }
}
