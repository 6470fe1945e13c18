package quorum.cli.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import quorum.mail.Provenance;

/**
 * Thread reports as Markdown that reads well pasted into a mail reply or a wiki: short
 * sections, lists rather than wide tables (a table only for the stance matrix), messages
 * named by short labels ({@code m3}) with a legend of Message-IDs at the end. Every string
 * from mail is escaped ({@link Markdown}).
 */
public final class MarkdownReport implements ReportRenderer {
  static final int SUBJECT_MAX = 200;
  static final int EXCERPT_MAX = 90;
  /** Deeper replies are drawn at this level (and say their depth), so lines stay readable. */
  static final int MAX_INDENT = 12;

  @Override
  public String render(List<ThreadReport> reports) {
    StringBuilder out = new StringBuilder();
    for (ThreadReport r : reports) {
      if (out.length() > 0) {
        out.append("\n---\n\n");
      }
      thread(r, out);
    }
    return out.toString();
  }

  private void thread(ThreadReport r, StringBuilder out) {
    out.append("## ").append(Markdown.inline(r.subject(), SUBJECT_MAX)).append("\n\n");
    facts(r, out);
    participants(r, out);
    timeline(r, out);
    tree(r, out);
    trailers(r, out);
    legend(r, out);
  }

  private void facts(ThreadReport r, StringBuilder out) {
    r.series().ifPresent(s -> {
      out.append("- **Series:** ").append(Markdown.inline(s.name(), SUBJECT_MAX));
      if (!r.versions().isEmpty()) {
        out.append(" — ").append(r.versions().stream().map(v -> "v" + v)
            .collect(Collectors.joining(", ")));
      }
      if (!s.tags().isEmpty()) {
        out.append(" (").append(Markdown.inline(String.join(" ", s.tags()), 80)).append(')');
      }
      out.append('\n');
    });
    long quoted = r.entries().stream()
        .filter(e -> e.message().provenance() == Provenance.QUOTED_ONLY).count();
    out.append("- **Messages:** ").append(r.entries().size());
    if (quoted > 0) {
      out.append(" (").append(r.entries().size() - quoted).append(" from mail, ").append(quoted)
          .append(" recovered from quotes)");
    }
    Optional<String> first = r.first().map(Text::date);
    Optional<String> last = r.last().map(Text::date);
    if (first.isPresent()) {
      out.append(", ").append(first.get());
      if (!first.equals(last)) {
        out.append(" to ").append(last.get());
      }
    }
    out.append("\n- **Participants:** ").append(r.participants().size()).append("\n\n");
  }

  private void participants(ThreadReport r, StringBuilder out) {
    out.append("### Participants\n\n");
    for (Participation p : r.participants()) {
      out.append("- ").append(person(p.who()));
      out.append(": ").append(Participation.counts(p));
      out.append('\n');
    }
    out.append('\n');
  }

  private void timeline(ThreadReport r, StringBuilder out) {
    out.append("### Timeline\n\n");
    for (Timeline.Event e : Timeline.of(r)) {
      out.append("- ").append(e.date().map(Text::date).orElse("(undated)")).append(" · **")
          .append(e.entry().label()).append("** ")
          .append(Markdown.inline(Text.who(e.entry().message().from()), 80)).append(" ")
          .append(Markdown.inline(e.action(), 300)).append('\n');
    }
    out.append('\n');
  }

  private void tree(ThreadReport r, StringBuilder out) {
    out.append("### Reply tree\n\n");
    for (TreeRows.Row row : r.tree()) {
      int level = Math.min(row.level(), MAX_INDENT);
      out.append("  ".repeat(level)).append("- ");
      if (row.level() > MAX_INDENT) {
        out.append("(depth ").append(row.level()).append(") ");
      }
      if (row.message().isEmpty()) {
        out.append("(not in the archive: ").append(Markdown.inline(row.key().value(), 120))
            .append(")\n");
        continue;
      }
      var m = row.message().get();
      out.append("**").append(row.label().orElse("?")).append("** ")
          .append(Markdown.inline(Text.who(m.from()), 80));
      m.date().ifPresent(d -> out.append(", ").append(Text.date(d)));
      if (m.provenance() == Provenance.QUOTED_ONLY) {
        out.append(" (from quotes)");
      }
      out.append(": ").append(Markdown.inline(Text.gist(m), EXCERPT_MAX));
      out.append('\n');
    }
    out.append('\n');
  }

  private void trailers(ThreadReport r, StringBuilder out) {
    out.append("### Trailers\n\n");
    if (r.trailers().isEmpty()) {
      out.append("No Acked-by, Reviewed-by, Tested-by or Nacked-by given.\n\n");
      return;
    }
    for (Trailers.Collected t : r.trailers()) {
      out.append("- ");
      t.version().filter(v -> r.series().isPresent()).ifPresent(v -> out.append("v").append(v).append(": "));
      out.append(t.tag()).append(": ").append(person(t.who())).append(" (").append(t.label());
      if (t.quotedOnly()) {
        out.append(", from quotes");
      }
      out.append(")\n");
    }
    out.append('\n');
  }

  private void legend(ThreadReport r, StringBuilder out) {
    out.append("### Messages\n\n");
    for (ThreadReport.Entry e : r.entries()) {
      var m = e.message();
      out.append("- **").append(e.label()).append("** ")
          .append(Markdown.inline(Text.who(m.from()), 80));
      m.date().ifPresent(d -> out.append(", ").append(Text.date(d)));
      if (m.id().isPresent()) {
        out.append(", Message-ID: ").append(Markdown.code("<" + m.id().get().value() + ">", 200));
      } else if (m.provenance() == Provenance.QUOTED_ONLY) {
        out.append(", recovered from quotes");
      }
      out.append('\n');
    }
  }

  static String person(quorum.mail.Participant p) {
    String name = Markdown.inline(Text.who(p), 80);
    return p.address().filter(a -> !p.name().isBlank())
        .map(a -> name + " (" + Markdown.inline(a, 120) + ")").orElse(name);
  }
}
