package quorum.analysis.series;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quorum.mail.Participant;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;

/**
 * {@link SeriesPosting}s as JSON and back, so the analysis of a thread can be cached on disk
 * and a second {@code quorum questions} reads it instead of running the language models.
 * {@link #FORMAT} is part of the document; another format reads as absent (re-analyze).
 */
public final class PostingJson {
  /** Bumped when the layout changes; a cached document of another format is ignored. */
  public static final int FORMAT = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PostingJson() {}

  public static String write(List<SeriesPosting> postings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("postings");
    for (SeriesPosting p : postings) {
      ObjectNode o = list.addObject();
      o.put("thread", p.thread()).put("subject", p.subject());
      p.series().ifPresent(s -> o.put("series", s));
      o.put("version", p.version());
      person(o.putObject("author"), p.author());
      p.date().ifPresent(d -> o.put("date", d.toString()));
      ArrayNode qs = o.putArray("questions");
      for (AskedQuestion q : p.questions()) {
        ObjectNode j = qs.addObject();
        person(j.putObject("asker"), q.asker());
        j.put("message", q.message());
        q.asked().ifPresent(d -> j.put("asked", d.toString()));
        j.put("text", q.text()).put("anchor", q.anchor()).put("form", q.form().name())
            .put("status", q.status().name());
        ArrayNode by = j.putArray("respondedBy");
        q.respondedBy().forEach(r -> person(by.addObject(), r));
      }
      ArrayNode cl = o.putArray("changelog");
      p.changelog().forEach(cl::add);
      o.put("proposal", p.proposal());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("a tree built in memory failed to serialize", e);
    }
  }

  /** The postings {@link #write} wrote; empty when the text is of another format or damaged. */
  public static Optional<List<SeriesPosting>> read(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || root.path("format").asInt() != FORMAT) {
        return Optional.empty();
      }
      List<SeriesPosting> out = new ArrayList<>();
      for (JsonNode o : root.path("postings")) {
        List<AskedQuestion> qs = new ArrayList<>();
        for (JsonNode j : o.path("questions")) {
          List<Participant> by = new ArrayList<>();
          j.path("respondedBy").forEach(r -> by.add(person(r)));
          qs.add(new AskedQuestion(person(j.path("asker")), j.path("message").asText(),
              instant(j.path("asked")), j.path("text").asText(), j.path("anchor").asText(),
              QuestionForm.valueOf(j.path("form").asText()),
              QuestionStatus.valueOf(j.path("status").asText()), by));
        }
        List<String> changelog = new ArrayList<>();
        o.path("changelog").forEach(c -> changelog.add(c.asText()));
        out.add(new SeriesPosting(o.path("thread").asText(), o.path("subject").asText(),
            o.hasNonNull("series") ? Optional.of(o.path("series").asText()) : Optional.empty(),
            o.path("version").asInt(1), person(o.path("author")), instant(o.path("date")), qs,
            changelog, o.path("proposal").asText()));
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      // a damaged or foreign cache entry is a miss, not a failure: the thread is analyzed again
      return Optional.empty();
    }
  }

  private static void person(ObjectNode o, Participant p) {
    o.put("name", p.name());
    p.address().ifPresent(a -> o.put("address", a));
  }

  private static Participant person(JsonNode o) {
    return Participant.of(o.path("name").asText(), o.hasNonNull("address")
        ? o.path("address").asText() : null);
  }

  private static Optional<Instant> instant(JsonNode n) {
    return n.isTextual() ? Optional.of(Instant.parse(n.asText())) : Optional.empty();
  }
}
