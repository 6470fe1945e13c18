package quorum.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import quorum.mail.Decision;
import quorum.analysis.normative.NormativeOption;
import quorum.analysis.normative.NormativeUse;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.Response;

/** A {@link ThreadAnalysis} as a readable summary grouped by issue (for people, not parsers). */
public final class AnalysisText {
  private AnalysisText() {}

  public static String summary(ThreadAnalysis a) {
    StringBuilder sb = new StringBuilder();
    sb.append("Thread: ").append(a.subject()).append('\n');
    sb.append(a.decided() ? "Decisions were reached.\n" : "No decision was reached.\n");
    temperature(a.temperature(), sb);
    Map<String, List<Position>> byIssue = new TreeMap<>();
    for (Position p : a.positions()) {
      byIssue.computeIfAbsent(p.issue(), k -> new ArrayList<>()).add(p);
    }
    for (Issue i : a.issues()) {
      sb.append("\n[").append(i.id()).append("] ").append(i.text()).append("  (")
          .append(i.kind().label()).append(", ").append(i.raisedBy().display()).append(")\n");
      for (Decision d : a.decisions()) {
        if (d.issue().equals(i.id())) {
          sb.append("  status: ").append(d.status().label()).append(" - ").append(d.gist()).append('\n');
        }
      }
      for (Position p : byIssue.getOrDefault(i.id(), List.of())) {
        sb.append("  ").append(p.who().display()).append(": ").append(p.stance().label())
            .append(" - \"").append(p.evidence().excerpt()).append("\"\n");
      }
    }
    if (!a.questions().isEmpty()) {
      sb.append("\nQuestions:\n");
      for (Question q : a.questions()) {
        sb.append("  - ").append(q.asker().display()).append(" (").append(q.form().label())
            .append(", ").append(q.status().label()).append("): ").append(q.about()).append('\n');
        for (Response r : q.responses()) {
          sb.append("      ").append(r.resolves() ? "answered by " : "responded by ")
              .append(r.by().display()).append(": ").append(r.gist()).append('\n');
        }
      }
    }
    if (!a.normative().isEmpty()) {
      sb.append("\nNormative language (MUST vs SHOULD):\n");
      int quiet = 0;
      for (NormativeUse k : a.normative()) {
        if (!k.notable()) {
          quiet++;
          continue;
        }
        sb.append("  - ").append(k.asWritten()).append(k.capitalized() ? " (normative, "
            : " (lower case, " + k.strength().label() + ", ").append(k.place().label()).append(") by ")
            .append(k.by().display()).append(" in ").append(k.evidence().in().value()).append(": ")
            .append(k.evidence().excerpt()).append('\n');
        for (NormativeOption o : k.options()) {
          sb.append("      ").append(o.option()).append(" proposed by ").append(o.by().display())
              .append(" in ").append(o.in().value())
              .append(o.why().isEmpty() ? "" : "; why: " + o.why()).append(" -> ")
              .append(o.outcome().label()).append('\n');
        }
        if (k.debated() && k.options().isEmpty()) {
          sb.append("      questioned in a later message\n");
        }
        k.resolvedTo().ifPresent(x -> sb.append("      resolved to: ").append(x).append('\n'));
        if (k.debated() && k.resolvedTo().isEmpty()) {
          sb.append("      not resolved\n");
        }
      }
      if (quiet > 0) {
        sb.append("  (and ").append(quiet).append(" lower-case must/should in prose, not debated; see --json)\n");
      }
    }
    return sb.toString();
  }

  private static void temperature(Temperature t, StringBuilder sb) {
    sb.append(String.format(java.util.Locale.ROOT, "Temperature: %s (%.2f; %d Nack%s, %d opposing, "
        + "%d concern%s, %d unanswered challenge%s; %d contested issue%s)%n", t.level().label(),
        t.score(), t.nacks(), t.nacks() == 1 ? "" : "s", t.oppositions(), t.concerns(),
        t.concerns() == 1 ? "" : "s", t.unansweredChallenges(),
        t.unansweredChallenges() == 1 ? "" : "s", t.contested(), t.contested() == 1 ? "" : "s"));
    for (Temperature.Driver d : t.drivers()) {
      sb.append("  ").append(d.kind().label()).append(" (+").append(d.kind().points()).append(") ")
          .append(d.who().display()).append(d.issue().isEmpty() ? "" : " on " + d.issue())
          .append(" in ").append(d.message().value()).append(": \"")
          .append(d.excerpt().replaceAll("\\s+", " ").strip()).append("\"\n");
    }
  }
}
