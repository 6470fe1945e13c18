package quorum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import quorum.index.SearchHit;
import quorum.index.SearchResults;
import quorum.index.Snippet;
import quorum.index.ThreadHits;
import quorum.index.ThreadSummary;
import quorum.mail.Participant;

/** JSON for {@code search} and {@code threads} (schema quorum/1, documented in docs/json.md). */
final class SearchJson {
  private SearchJson() {}

  static String hits(String query, SearchResults results) {
    ObjectNode root = JsonOutput.document();
    root.put("query", query);
    root.put("total", results.totalMatches());
    ArrayNode hits = root.putArray("hits");
    results.hits().forEach(h -> hits.add(hit(h)));
    return JsonOutput.write(root);
  }

  static String threads(String query, List<ThreadHits> threads) {
    ObjectNode root = JsonOutput.document();
    root.put("query", query);
    ArrayNode out = root.putArray("threads");
    for (ThreadHits t : threads) {
      ObjectNode n = thread(t.thread());
      ArrayNode hits = n.putArray("hits");
      t.hits().forEach(h -> hits.add(hit(h)));
      out.add(n);
    }
    return JsonOutput.write(root);
  }

  static String summaries(List<ThreadSummary> summaries) {
    ObjectNode root = JsonOutput.document();
    ArrayNode out = root.putArray("threads");
    summaries.forEach(s -> out.add(thread(s)));
    return JsonOutput.write(root);
  }

  static ObjectNode thread(ThreadSummary s) {
    ObjectNode n = JsonOutput.object();
    n.put("thread", s.thread());
    n.put("subject", s.subject());
    ArrayNode people = n.putArray("participants");
    s.participants().forEach(p -> people.add(participant(p)));
    n.put("messages", s.messageCount());
    n.put("quotedOnly", s.quotedOnlyCount());
    n.put("first", s.first().map(Object::toString).orElse(null));
    n.put("last", s.last().map(Object::toString).orElse(null));
    ArrayNode versions = n.putArray("seriesVersions");
    s.seriesVersions().forEach(versions::add);
    return n;
  }

  private static ObjectNode hit(SearchHit h) {
    ObjectNode n = JsonOutput.object();
    n.put("key", h.key().value());
    n.put("thread", h.thread());
    n.put("threadSubject", h.threadSubject());
    n.put("subject", h.subject());
    n.set("from", participant(h.from()));
    n.put("date", h.dateText().orElse(null));
    n.put("origin", h.quotedOnly() ? "quoted" : "mail");
    n.put("score", h.score());
    ObjectNode snippet = n.putObject("snippet");
    snippet.put("field", h.snippet().field());
    snippet.put("text", h.snippet().text());
    ArrayNode spans = snippet.putArray("highlights");
    for (Snippet.Span s : h.snippet().highlights()) {
      spans.addArray().add(s.start()).add(s.end());
    }
    return n;
  }

  static ObjectNode participant(Participant p) {
    ObjectNode n = JsonOutput.object();
    n.put("name", p.name().isBlank() ? null : p.name());
    n.put("email", p.address().orElse(null));
    return n;
  }
}
