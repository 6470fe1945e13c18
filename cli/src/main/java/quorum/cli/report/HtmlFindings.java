package quorum.cli.report;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import quorum.analysis.Issue;
import quorum.analysis.Temperature;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.normative.NormativeOption;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.normative.StrengthChange;
import quorum.mail.Decision;
import quorum.mail.Evidence;
import quorum.mail.MessageKey;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.Response;
import quorum.mail.Segment;

/**
 * The analysis sections of an HTML report. Every finding links to the block of message text
 * it came from (the segment holding its first line, {@code #t1-m3-L12}), so a reader can
 * check each claim against the mail. Mail text enters only as text nodes.
 */
final class HtmlFindings {
  static final List<String[]> SECTIONS = List.of(new String[] {"temperature", "Temperature"},
      new String[] {"issues", "Issues and positions"},
      new String[] {"questions", "Questions"}, new String[] {"decisions", "Decisions"},
      new String[] {"normative", "Normative language"});

  private HtmlFindings() {}

  static void render(ThreadReport r, ThreadAnalysis a, Anchors anchors, Element article) {
    temperature(r, a, anchors, HtmlReport.section(article, anchors, "temperature", "Temperature"));
    issues(r, a, anchors, HtmlReport.section(article, anchors, "issues", "Issues and positions"));
    questions(r, a, anchors, HtmlReport.section(article, anchors, "questions", "Questions"));
    decisions(r, a, anchors, HtmlReport.section(article, anchors, "decisions", "Decisions"));
    normative(r, a, anchors, HtmlReport.section(article, anchors, "normative", "Normative language"));
  }

  /** A label link to the text of the evidence: its segment when known, else its message. */
  static Element cite(ThreadReport r, Anchors anchors, Evidence e, Element into) {
    String label = r.label(e.in());
    Optional<String> segment = r.entry(e.in()).flatMap(entry -> entry.message().segments().stream()
        .filter(s -> s.lines().contains(e.lines().first())).findFirst().map(Segment::lines))
        .map(lines -> anchors.segment(label, lines.first()));
    return into.appendElement("a").addClass("label")
        .attr("href", "#" + segment.orElse(anchors.message(label))).text(label);
  }

  static Element cite(ThreadReport r, Anchors anchors, MessageKey key, Element into) {
    String label = r.label(key);
    return into.appendElement("a").addClass("label").attr("href", "#" + anchors.message(label))
        .text(label);
  }

  private static void issues(ThreadReport r, ThreadAnalysis a, Anchors anchors, Element s) {
    if (a.issues().isEmpty()) {
      s.appendElement("p").addClass("muted").text("No issues found.");
      return;
    }
    Element ul = s.appendElement("ul");
    for (Issue i : a.issues()) {
      Element li = ul.appendElement("li").id(anchors.section("issue-" + i.id().replaceAll("[^A-Za-z0-9]", "")));
      li.appendElement("strong").text(i.id());
      li.appendText(" " + Text.excerpt(i.text(), 300) + " ");
      li.appendElement("span").addClass("meta").text("(" + i.kind().label() + ", "
          + Text.who(i.raisedBy()) + ") ");
      cite(r, anchors, i.in(), li);
    }
    List<Issue> cols = Findings.matrixIssues(a);
    if (cols.isEmpty()) {
      s.appendElement("p").addClass("muted").text("Nobody took a recognisable stance.");
      return;
    }
    Element table = s.appendElement("div").addClass("scroll").appendElement("table").addClass("matrix");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Participant");
    for (Issue i : cols) {
      head.appendElement("th").attr("title", Text.excerpt(i.text(), 200)).text(i.id());
    }
    Element body = table.appendElement("tbody");
    for (Findings.Row row : Findings.matrix(a)) {
      Element tr = body.appendElement("tr");
      tr.appendElement("th").text(Text.who(row.who()));
      for (Issue i : cols) {
        Position p = row.byIssue().get(i.id());
        Element td = tr.appendElement("td");
        if (p == null) {
          td.addClass("muted").text("·");
          continue;
        }
        td.addClass("stance-" + p.stance().label()).attr("title", Text.excerpt(p.evidence().excerpt(), 300));
        td.appendElement("span").text(p.stance().label() + " ");
        cite(r, anchors, p.evidence(), td);
      }
    }
  }

  private static void temperature(ThreadReport r, ThreadAnalysis a, Anchors anchors, Element s) {
    Temperature t = a.temperature();
    Element p = s.appendElement("p");
    p.appendElement("strong").addClass("temperature-" + t.level().label()).text(t.level().label());
    p.appendText(" " + Findings.temperatureCounts(t));
    if (t.drivers().isEmpty()) {
      return;
    }
    Element ul = s.appendElement("ul").addClass("findings");
    for (Temperature.Driver d : t.drivers()) {
      Element li = ul.appendElement("li");
      li.appendElement("span").addClass("status-open").text(d.kind().label());
      li.appendText(" +" + d.kind().points() + " " + Text.who(d.who())
          + (d.issue().isEmpty() ? "" : " on " + d.issue()) + " ");
      cite(r, anchors, d.message(), li);
      li.appendElement("q").text(Text.excerpt(d.excerpt(), 300));
    }
  }

  private static void questions(ThreadReport r, ThreadAnalysis a, Anchors anchors, Element s) {
    if (a.questions().isEmpty()) {
      s.appendElement("p").addClass("muted").text("No questions asked.");
      return;
    }
    Element ul = s.appendElement("ul").addClass("findings");
    for (Question q : Findings.questionsOpenFirst(a)) {
      Element li = ul.appendElement("li");
      li.appendElement("span").addClass(q.status().isOpen() ? "status-open" : "status-answered")
          .text(Findings.status(q.status()));
      li.appendText(" " + Text.who(q.asker()) + " asked (" + q.form().label() + ") ");
      cite(r, anchors, q.evidence(), li);
      li.appendElement("q").text(Text.excerpt(q.about(), 300));
      if (!q.responses().isEmpty()) {
        Element rs = li.appendElement("ul");
        for (Response resp : q.responses()) {
          Element rl = rs.appendElement("li").text((resp.resolves() ? "answered by " : "response by ")
              + Text.who(resp.by()) + " ");
          cite(r, anchors, resp.in(), rl);
          if (!resp.gist().isBlank()) {
            rl.appendText(" " + Text.excerpt(resp.gist(), 200));
          }
        }
      }
    }
  }

  private static void decisions(ThreadReport r, ThreadAnalysis a, Anchors anchors, Element s) {
    if (!a.decided()) {
      s.appendElement("p").appendElement("strong").text("No decision was reached in this thread.");
    }
    List<Decision> settled = Findings.settled(a);
    if (!settled.isEmpty()) {
      Element ul = s.appendElement("ul").addClass("findings");
      settled.forEach(d -> decision(r, a, anchors, d, ul));
    }
    List<Decision> open = Findings.undecided(a);
    if (!open.isEmpty()) {
      s.appendElement("h3").text("Still undecided");
      Element ul = s.appendElement("ul").addClass("findings");
      open.forEach(d -> decision(r, a, anchors, d, ul));
    }
  }

  private static void decision(ThreadReport r, ThreadAnalysis a, Anchors anchors, Decision d,
      Element ul) {
    Element li = ul.appendElement("li");
    li.appendElement("span").addClass(Findings.settled(d) ? "status-answered" : "status-open")
        .text(d.status().label());
    li.appendText(" " + d.issue() + ": " + Text.excerpt(Findings.decisionText(a, d), 300));
    li.appendText(" " + d.by().map(p -> "(" + Text.who(p) + ") ").orElse(""));
    cite(r, anchors, d.evidence(), li);
  }

  private static void normative(ThreadReport r, ThreadAnalysis a, Anchors anchors, Element s) {
    if (a.normative().isEmpty() && a.strengthChanges().isEmpty()) {
      s.appendElement("p").addClass("muted").text("No RFC 2119 keywords in proposed text.");
      return;
    }
    Element ul = s.appendElement("ul").addClass("findings");
    int quiet = 0;
    for (NormativeUse k : a.normative()) {
      if (!k.notable()) {
        quiet++;
        continue;
      }
      Element li = ul.appendElement("li");
      li.appendElement("strong").text(k.asWritten());
      li.appendText((k.capitalized() ? " (capitalized: normative, "
          : " (lower case: ordinary English, " + k.strength().label() + ", ")
          + k.place().label() + ") by " + Text.who(k.by()) + " ");
      cite(r, anchors, k.evidence(), li);
      li.appendElement("q").text(Text.excerpt(k.evidence().excerpt(), 300));
      if (k.debated()) {
        Element d = li.appendElement("ul");
        for (NormativeOption o : k.options()) {
          Element oli = d.appendElement("li");
          oli.appendElement("strong").text(o.option());
          oli.appendText(" proposed by " + Text.who(o.by()) + " ");
          cite(r, anchors, o.in(), oli);
          if (!o.why().isEmpty()) {
            oli.appendText(", why: ");
            oli.appendElement("q").text(Text.excerpt(o.why(), 300));
          }
          oli.appendText(" → " + o.outcome().label());
        }
        d.appendElement("li").text(k.resolvedTo().map(x -> "resolved to " + x)
            .orElse(k.options().isEmpty() ? "questioned, not resolved" : "not resolved"));
      }
    }
    if (quiet > 0) {
      ul.appendElement("li").addClass("muted")
          .text("and " + quiet + " lower-case must/should in prose, not debated");
    }
    for (StrengthChange c : a.strengthChanges()) {
      Element li = ul.appendElement("li").text("wording " + MarkdownFindings.change(c) + " ");
      cite(r, anchors, c.in(), li);
      li.appendText(" " + Text.excerpt(c.before(), 160) + " → " + Text.excerpt(c.after(), 160));
    }
  }
}
