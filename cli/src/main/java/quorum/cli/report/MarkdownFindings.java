package quorum.cli.report;

import java.util.List;
import quorum.analysis.Issue;
import quorum.analysis.Temperature;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.normative.NormativeOption;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.normative.StrengthChange;
import quorum.mail.Decision;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.Response;

/**
 * The analysis sections of a Markdown report: issues and the participant × issue stance
 * matrix, questions (open first), decisions and what is still undecided, normative keywords.
 * Every finding names the message it comes from by label ({@code m3}, see "Messages").
 */
final class MarkdownFindings {
  private MarkdownFindings() {}

  static String change(StrengthChange c) {
    return c.weakened() ? "weakened" : c.afterGrade() > c.beforeGrade() ? "strengthened" : "reworded";
  }

  static void append(ThreadReport r, ThreadAnalysis a, StringBuilder out) {
    temperature(r, a, out);
    issues(r, a, out);
    questions(r, a, out);
    decisions(r, a, out);
    normative(r, a, out);
  }

  private static void temperature(ThreadReport r, ThreadAnalysis a, StringBuilder out) {
    Temperature t = a.temperature();
    out.append("### Temperature\n\n**").append(t.level().label()).append("** ")
        .append(Findings.temperatureCounts(t)).append("\n\n");
    for (Temperature.Driver d : t.drivers()) {
      out.append("- ").append(d.kind().label()).append(" +").append(d.kind().points()).append(" · ")
          .append(Markdown.inline(Text.who(d.who()), 80));
      if (!d.issue().isEmpty()) {
        out.append(" on ").append(d.issue());
      }
      out.append(" (").append(r.label(d.message())).append("): ")
          .append(Markdown.inline(d.excerpt(), 200)).append('\n');
    }
    if (!t.drivers().isEmpty()) {
      out.append('\n');
    }
  }

  private static void issues(ThreadReport r, ThreadAnalysis a, StringBuilder out) {
    out.append("### Issues and positions\n\n");
    if (a.issues().isEmpty()) {
      out.append("No issues found.\n\n");
      return;
    }
    for (Issue i : a.issues()) {
      out.append("- **").append(i.id()).append("** ");
      if (!i.text().isBlank()) {
        out.append(Markdown.inline(i.text(), 200)).append(' ');
      }
      out.append("(").append(i.kind().label()).append(", ")
          .append(Markdown.inline(Text.who(i.raisedBy()), 80)).append(", ").append(r.label(i.in()))
          .append(")\n");
    }
    out.append('\n');
    List<Issue> cols = Findings.matrixIssues(a);
    if (cols.isEmpty()) {
      out.append("Nobody took a recognisable stance.\n\n");
      return;
    }
    out.append("| Participant |");
    cols.forEach(i -> out.append(' ').append(i.id()).append(" |"));
    out.append("\n|---|");
    cols.forEach(i -> out.append("---|"));
    out.append('\n');
    for (Findings.Row row : Findings.matrix(a)) {
      out.append("| ").append(Markdown.cell(Text.who(row.who()), 60)).append(" |");
      for (Issue i : cols) {
        Position p = row.byIssue().get(i.id());
        out.append(' ').append(p == null ? "·" : p.stance().label() + " (" + r.label(p.evidence().in()) + ")")
            .append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void questions(ThreadReport r, ThreadAnalysis a, StringBuilder out) {
    out.append("### Questions\n\n");
    if (a.questions().isEmpty()) {
      out.append("No questions asked.\n\n");
      return;
    }
    for (Question q : Findings.questionsOpenFirst(a)) {
      out.append("- **").append(Findings.status(q.status())).append("** · ")
          .append(Markdown.inline(Text.who(q.asker()), 80)).append(" (")
          .append(r.label(q.evidence().in())).append(", ").append(q.form().label()).append("): ")
          .append(Markdown.inline(q.about(), 240)).append('\n');
      for (Response resp : q.responses()) {
        out.append("  - ").append(resp.resolves() ? "answered by " : "response by ")
            .append(Markdown.inline(Text.who(resp.by()), 80)).append(" (").append(r.label(resp.in()))
            .append(')');
        if (!resp.gist().isBlank()) {
          out.append(": ").append(Markdown.inline(resp.gist(), 160));
        }
        out.append('\n');
      }
    }
    out.append('\n');
  }

  private static void decisions(ThreadReport r, ThreadAnalysis a, StringBuilder out) {
    out.append("### Decisions\n\n");
    if (!a.decided()) {
      out.append("No decision was reached in this thread.\n\n");
    }
    for (Decision d : Findings.settled(a)) {
      decision(r, a, d, out);
    }
    List<Decision> open = Findings.undecided(a);
    if (!open.isEmpty()) {
      out.append(a.decided() ? "\nStill undecided:\n\n" : "Still undecided:\n\n");
      open.forEach(d -> decision(r, a, d, out));
    }
    out.append('\n');
  }

  private static void decision(ThreadReport r, ThreadAnalysis a, Decision d, StringBuilder out) {
    out.append("- **").append(d.status().label()).append("** ").append(d.issue()).append(": ")
        .append(Markdown.inline(Findings.decisionText(a, d), 240));
    out.append(" (");
    d.by().ifPresent(p -> out.append(Markdown.inline(Text.who(p), 80)).append(", "));
    out.append(r.label(d.evidence().in())).append(")\n");
  }

  private static void normative(ThreadReport r, ThreadAnalysis a, StringBuilder out) {
    out.append("### Normative language\n\n");
    if (a.normative().isEmpty() && a.strengthChanges().isEmpty()) {
      out.append("No RFC 2119 keywords in proposed text.\n\n");
      return;
    }
    int quiet = 0;
    for (NormativeUse k : a.normative()) {
      if (!k.notable()) {
        quiet++;
        continue;
      }
      out.append("- **").append(Markdown.inline(k.asWritten(), 40)).append("** ")
          .append(k.capitalized() ? "(capitalized: normative"
              : "(lower case: ordinary English, " + k.strength().label())
          .append(", ").append(k.place().label()).append(") by ")
          .append(Markdown.inline(Text.who(k.by()), 80)).append(" in ")
          .append(r.label(k.evidence().in())).append(": ")
          .append(Markdown.inline(k.evidence().excerpt(), 200)).append('\n');
      for (NormativeOption o : k.options()) {
        out.append("  - ").append(Markdown.inline(o.option(), 40)).append(" proposed by ")
            .append(Markdown.inline(Text.who(o.by()), 80)).append(" (").append(r.label(o.in()))
            .append(")");
        if (!o.why().isEmpty()) {
          out.append(", why: ").append(Markdown.inline(o.why(), 200));
        }
        out.append(" → ").append(o.outcome().label()).append('\n');
      }
      if (k.debated()) {
        out.append("  - ").append(k.resolvedTo().map(x -> "resolved to " + Markdown.inline(x, 40))
            .orElse(k.options().isEmpty() ? "questioned, not resolved" : "not resolved")).append('\n');
      }
    }
    if (quiet > 0) {
      out.append("- and ").append(quiet).append(" lower-case must/should in prose, not debated\n");
    }
    for (StrengthChange c : a.strengthChanges()) {
      out.append("- wording ").append(change(c)).append(" in ")
          .append(r.label(c.in())).append(": ").append(Markdown.inline(c.before(), 120))
          .append(" → ").append(Markdown.inline(c.after(), 120)).append('\n');
    }
    out.append('\n');
  }
}
