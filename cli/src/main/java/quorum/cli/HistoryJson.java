package quorum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import quorum.index.SeriesHistory;
import quorum.index.SeriesVersion;

/** The {@code quorum history --json} document (docs/json.md). */
final class HistoryJson {
  private HistoryJson() {}

  static String histories(String query, List<SeriesHistory> histories) {
    ObjectNode root = JsonOutput.document();
    root.put("query", query);
    ArrayNode series = root.putArray("series");
    for (SeriesHistory h : histories) {
      ObjectNode s = series.addObject();
      s.put("name", h.name());
      ArrayNode versions = s.putArray("versions");
      h.versions().forEach(v -> versions.add(version(v)));
    }
    return JsonOutput.write(root);
  }

  private static ObjectNode version(SeriesVersion v) {
    ObjectNode n = JsonOutput.object();
    n.put("version", v.version());
    ArrayNode tags = n.putArray("tags");
    v.tags().forEach(tags::add);
    n.put("subject", v.subject());
    n.put("thread", v.thread());
    n.set("author", SearchJson.participant(v.author()));
    n.put("date", v.dateText().orElse(null));
    n.put("messages", v.messageCount());
    n.put("parts", v.parts());
    ArrayNode trailers = n.putArray("trailers");
    for (SeriesVersion.GivenTrailer t : v.trailers()) {
      ObjectNode o = trailers.addObject();
      o.put("tag", t.tag());
      o.set("who", SearchJson.participant(t.who()));
      ArrayNode parts = o.putArray("parts");
      t.parts().forEach(parts::add);
      o.put("onCover", t.onCover());
    }
    ArrayNode files = n.putArray("files");
    v.files().forEach(files::add);
    ArrayNode ids = n.putArray("changeIds");
    v.changeIds().forEach(ids::add);
    n.put("linkedBy", v.linkedBy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    ArrayNode rangeDiff = n.putArray("rangeDiff");
    for (SeriesVersion.PatchChange c : v.rangeDiff()) {
      ObjectNode o = rangeDiff.addObject();
      o.put("part", c.part());
      o.put("name", c.name());
      o.put("status", c.status().name().toLowerCase(Locale.ROOT));
      o.put("linesChanged", c.linesChanged());
    }
    ArrayNode changelog = n.putArray("changelog");
    for (SeriesVersion.ChangeNote c : v.changelog()) {
      ObjectNode o = changelog.addObject();
      o.put("version", c.version());
      o.put("text", c.text());
      ArrayNode credited = o.putArray("credited");
      c.credited().forEach(p -> credited.add(SearchJson.participant(p)));
    }
    return n;
  }
}
