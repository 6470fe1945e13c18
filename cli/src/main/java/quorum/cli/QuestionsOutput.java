package quorum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import quorum.analysis.series.AskedQuestion;
import quorum.analysis.series.SeriesPosting;
import quorum.analysis.series.TrackedQuestion;

/** The {@code quorum questions} output: a readable list, or JSON (docs/json.md). */
final class QuestionsOutput {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final int TEXT_MAX = 300;

  private QuestionsOutput() {}

  static String text(List<TrackedQuestion> questions, Instant now) {
    if (questions.isEmpty()) {
      return "no questions\n";
    }
    StringBuilder b = new StringBuilder();
    for (TrackedQuestion t : questions) {
      AskedQuestion q = t.question();
      SeriesPosting p = t.posting();
      b.append(q.asked().map(DAY::format).orElse("(undated)  "))
          .append(q.asked().map(a -> String.format(java.util.Locale.ROOT, "  %5dd",
              QuestionsCommand.ageDays(a, now))).orElse(""))
          .append("  ").append(Terminal.bold(t.status()))
          .append("  ").append(q.asker().display()).append('\n')
          .append("    ").append(oneLine(q.text(), TEXT_MAX)).append('\n')
          .append("    in ").append(oneLine(p.subject().isBlank() ? "(no subject)" : p.subject(), 120))
          .append(p.series().isPresent() ? " (v" + p.version() + ")" : "")
          .append(", <").append(q.message()).append(">, thread ").append(p.thread()).append('\n');
      String fate = fate(t);
      if (!fate.isEmpty()) {
        b.append("    ").append(oneLine(fate, TEXT_MAX)).append('\n');
      }
    }
    return b.toString();
  }

  private static String fate(TrackedQuestion t) {
    StringBuilder f = new StringBuilder();
    t.carriedFrom().ifPresent(v -> f.append("asked before in v").append(v).append("; "));
    if (t.carriedOver()) {
      f.append("carried over to v").append(t.posting().version() + 1).append("; ");
    }
    t.addressedIn().ifPresent(v -> f.append("addressed in v").append(v).append(": ")
        .append(t.addressedHow()).append("; "));
    return f.length() == 0 ? "" : f.substring(0, f.length() - 2);
  }

  static String json(List<TrackedQuestion> questions, Instant now) {
    ObjectNode root = JsonOutput.document();
    ArrayNode list = root.putArray("questions");
    for (TrackedQuestion t : questions) {
      AskedQuestion q = t.question();
      SeriesPosting p = t.posting();
      ObjectNode o = list.addObject();
      o.put("thread", p.thread()).put("subject", p.subject());
      if (p.series().isPresent()) {
        o.put("series", p.series().get());
      } else {
        o.putNull("series");
      }
      o.put("version", p.version());
      ObjectNode asker = o.putObject("asker").put("name", q.asker().name());
      q.asker().address().ifPresentOrElse(a -> asker.put("address", a), () -> asker.putNull("address"));
      o.put("message", q.message());
      if (q.asked().isPresent()) {
        o.put("asked", q.asked().get().toString());
        o.put("ageDays", QuestionsCommand.ageDays(q.asked().get(), now));
      } else {
        o.putNull("asked");
        o.putNull("ageDays");
      }
      o.put("text", q.text()).put("anchor", q.anchor()).put("form", q.form().label())
          .put("threadStatus", q.status().label()).put("status", t.status())
          .put("open", t.isOpen()).put("carriedOver", t.carriedOver());
      if (t.addressedIn().isPresent()) {
        o.put("addressedIn", t.addressedIn().get());
      } else {
        o.putNull("addressedIn");
      }
      o.put("addressedHow", t.addressedHow());
      if (t.carriedFrom().isPresent()) {
        o.put("carriedFrom", t.carriedFrom().get());
      } else {
        o.putNull("carriedFrom");
      }
    }
    return JsonOutput.write(root);
  }

  private static String oneLine(String s, int max) {
    String line = String.join(" ", s.strip().split("\\s+"));
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }
}
