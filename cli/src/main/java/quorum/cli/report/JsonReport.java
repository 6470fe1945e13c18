package quorum.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import quorum.cli.JsonOutput;
import quorum.mail.MailDate;
import quorum.mail.Participant;
import quorum.mail.Provenance;

/**
 * Thread reports as JSON ({@code "schema": "quorum/1"}): per thread the metadata the other
 * formats show (series, participants, messages with their labels and tree parents, timeline,
 * trailers) and, when the thread was analysed, the fields of {@code quorum analyze --json}
 * beside them. {@code "analyzed"} says which. Messages are named by key, as in analyze.
 */
public final class JsonReport implements ReportRenderer {
  @Override
  public String render(List<ThreadReport> reports) {
    ObjectNode root = JsonOutput.document();
    ArrayNode threads = root.putArray("threads");
    for (ThreadReport r : reports) {
      threads.add(thread(r));
    }
    return JsonOutput.write(root);
  }

  private ObjectNode thread(ThreadReport r) {
    ObjectNode t = JsonOutput.object();
    t.put("subject", r.discussion().subject());
    r.series().ifPresentOrElse(s -> {
      ObjectNode series = t.putObject("series");
      series.put("name", s.name());
      ArrayNode versions = series.putArray("versions");
      r.versions().forEach(versions::add);
      ArrayNode tags = series.putArray("tags");
      s.tags().forEach(tags::add);
    }, () -> t.putNull("series"));
    t.put("first", r.first().map(MailDate::iso).orElse(null));
    t.put("last", r.last().map(MailDate::iso).orElse(null));
    ArrayNode people = t.putArray("participants");
    for (Participation p : r.participants()) {
      ObjectNode n = person(people.addObject(), p.who());
      n.put("messages", p.messages());
      n.put("quoted_only", p.quotedOnly());
    }
    ArrayNode messages = t.putArray("messages");
    for (ThreadReport.Entry e : r.entries()) {
      var m = e.message();
      ObjectNode n = messages.addObject();
      n.put("label", e.label());
      n.put("id", m.key().value());
      n.put("message_id", m.id().map(x -> x.value()).orElse(null));
      n.put("parent", r.discussion().tree().parentOf(m.key()).map(k -> k.value()).orElse(null));
      person(n.putObject("author"), m.from());
      n.put("date", m.date().map(MailDate::iso).orElse(null));
      n.put("origin", m.provenance() == Provenance.QUOTED_ONLY ? "quoted" : "mail");
      n.put("depth", e.depth());
      if (e.version().isPresent()) {
        n.put("version", e.version().get());
      } else {
        n.putNull("version");
      }
    }
    ArrayNode timeline = t.putArray("timeline");
    for (Timeline.Event e : Timeline.of(r)) {
      ObjectNode n = timeline.addObject();
      n.put("date", e.date().map(MailDate::iso).orElse(null));
      n.put("message", e.entry().message().key().value());
      n.put("action", e.action());
    }
    ArrayNode trailers = t.putArray("trailers");
    for (Trailers.Collected c : r.trailers()) {
      ObjectNode n = trailers.addObject();
      if (c.version().isPresent()) {
        n.put("version", c.version().get());
      } else {
        n.putNull("version");
      }
      n.put("tag", c.tag());
      person(n, c.who());
      n.put("message", r.entries().stream().filter(e -> e.label().equals(c.label())).findFirst()
          .map(e -> e.message().key().value()).orElse(null));
      n.put("origin", c.quotedOnly() ? "quoted" : "mail");
    }
    t.put("analyzed", false);
    return t;
  }

  private static ObjectNode person(ObjectNode n, Participant p) {
    n.put("name", p.name().isBlank() ? null : p.name());
    n.put("email", p.address().orElse(null));
    return n;
  }
}
