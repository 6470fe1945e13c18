package quorum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import quorum.ingest.IngestResult;
import quorum.mail.AuthorSource;
import quorum.mail.Discussion;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;

/**
 * {@code show --json}: threads with their messages oldest first, each with its parent in the
 * reply tree, author, date, origin and own text. Schema documented in docs/json.md.
 */
final class ShowJson {
  private ShowJson() {}

  static String render(IngestResult result) {
    ObjectNode root = JsonOutput.document();
    ArrayNode threads = root.putArray("threads");
    for (Discussion d : result.discussions()) {
      threads.add(thread(d));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("read", result.read());
    summary.put("accepted", result.accepted());
    summary.put("duplicates", result.duplicates());
    summary.put("rejected", result.rejected());
    ArrayNode diagnostics = root.putArray("diagnostics");
    result.diagnostics().forEach(diag -> {
      ObjectNode n = diagnostics.addObject();
      n.put("file", diag.where().file().toString());
      n.put("line", diag.where().line());
      n.put("severity", diag.severity().name().toLowerCase(java.util.Locale.ROOT));
      n.put("message", diag.message());
    });
    return JsonOutput.write(root);
  }

  private static ObjectNode thread(Discussion d) {
    ObjectNode t = JsonOutput.object();
    t.put("subject", d.subject());
    ArrayNode messages = t.putArray("messages");
    for (Message m : d.messages()) {
      ReplyNode node = d.tree().nodes().get(m.key());
      ObjectNode n = messages.addObject();
      n.put("id", m.key().value());
      n.put("parent", node == null ? null : node.parent().map(k -> k.value()).orElse(null));
      ObjectNode author = n.putObject("author");
      author.put("name", m.from().name().isBlank() ? null : m.from().name());
      author.put("email", m.from().address().orElse(null));
      author.put("inferred", m.authorSource() == AuthorSource.INFERRED);
      n.put("date", m.date().map(MailDate::iso).orElse(null));
      n.put("origin", m.provenance() == Provenance.QUOTED_ONLY ? "quoted" : "mail");
      n.put("depth", node == null ? 0 : node.depth());
      n.put("text", m.ownText());
    }
    return t;
  }
}
