package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.Words;
import quorum.analysis.normative.NormativeOption;
import quorum.analysis.normative.NormativeUse;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;

/**
 * A debate about the strength of a sentence ("MUST NOT or SHOULD NOT?") speaks to an issue
 * the thread already has (the quoted sentence, or the question that raised an option), and
 * its end decides it: agreed on the wording a later version or a settling statement used,
 * open while options stand unresolved. The same debate over two copies of a sentence (commit
 * message and NEWS) counts once; a settlement found by {@link DecisionFinder} stands.
 */
public final class NormativeDecisions {
  /** Issues and decisions with the normative debates added. */
  public record Result(List<Issue> issues, List<Decision> decisions) {}

  public Result add(List<Issue> issues, List<Decision> decisions, List<NormativeUse> uses) {
    List<Issue> is = new ArrayList<>(issues);
    List<Decision> ds = new ArrayList<>(decisions);
    List<Set<String>> seen = new ArrayList<>();
    for (NormativeUse u : uses) {
      if (u.options().isEmpty()) {
        continue;
      }
      Set<String> key = new LinkedHashSet<>();
      for (NormativeOption o : u.options()) {
        key.add(o.option() + "@" + o.in().value());
      }
      if (seen.contains(key)) {
        continue;
      }
      seen.add(key);
      Optional<Issue> found = existing(is, u);
      // a settlement found by DecisionFinder stands; an open one gives way only to a resolution
      boolean decided = found.isPresent() && ds.stream().anyMatch(d -> d.issue().equals(found.get().id())
          && (d.status() != DecisionStatus.OPEN || u.resolvedTo().isEmpty()));
      if (found.isEmpty() || decided) {
        continue;
      }
      Issue issue = found.get();
      ds.removeIf(d -> d.issue().equals(issue.id()));
      Evidence at = new Evidence(u.evidence().in(), u.evidence().lines(), u.evidence().excerpt(), "");
      if (u.resolvedTo().isPresent()) {
        NormativeOption by = u.options().stream()
            .filter(o -> o.outcome() == NormativeOption.Outcome.ADOPTED).findFirst()
            .orElse(u.options().get(u.options().size() - 1));
        ds.add(new Decision(issue.id(), DecisionStatus.AGREED,
            "resolved to " + u.resolvedTo().get() + ": " + u.evidence().excerpt(),
            Optional.of(by.by()), at));
      } else {
        ds.add(new Decision(issue.id(), DecisionStatus.OPEN, "unresolved: " + options(u)
            + " for " + u.evidence().excerpt(), Optional.empty(), at));
      }
    }
    return new Result(is, ds);
  }

  /**
   * The issue the debate already is: the quoted sentence itself (an anchor issue), or a
   * question asked where an option was raised that names it ("Shouldn't that be a SHOULD
   * rather than a MAY?"). A debate without one adds no issue: issues are the thread's own.
   */
  private static Optional<Issue> existing(List<Issue> is, NormativeUse u) {
    String s = Words.squash(u.evidence().excerpt());
    for (Issue i : is) {
      if (i.kind() == Issue.Kind.ANCHOR && !s.isEmpty() && Words.squash(i.text()).equals(s)) {
        return Optional.of(i);
      }
    }
    for (NormativeOption o : u.options()) {
      for (Issue i : is) {
        if (i.kind() == Issue.Kind.QUESTION && i.in().equals(o.in()) && i.text().contains(o.option())) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static String options(NormativeUse u) {
    Set<String> o = new LinkedHashSet<>();
    o.add(u.asWritten());
    u.options().forEach(x -> o.add(x.option()));
    return String.join(" vs ", o);
  }
}
