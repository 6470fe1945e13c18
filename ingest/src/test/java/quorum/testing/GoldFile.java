package quorum.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gold file ({@code x.gold.json}, schema {@code quorum-gold/1}, see
 * {@code ../shared/corpus/README.md}): the human truth a test scores against. The parts every
 * stage needs are typed ({@link #messages()}, {@link #issues()}); the rest stays reachable as
 * JSON through {@link #json()} so that finders can read questions, positions and decisions
 * their own way.
 */
public record GoldFile(Path path, String schema, String source, Optional<String> threadSubject,
    List<Message> messages, Map<String, String> issues, JsonNode json) {

  public static final String SCHEMA = "quorum-gold/1";

  /**
   * One labelled message. {@code date} is the ISO local time as shown ("2023-01-17T13:27"), a
   * date only ("2023-01-17") when only the day is known, or empty; {@code messageId} and
   * {@code origin} ("mail" | "quoted") are present for mail with headers.
   */
  public record Message(String key, String author, Optional<String> date, Optional<String> parent,
      Optional<Integer> quoteDepthInSource, Optional<Integer> depth, String kind,
      Optional<String> authorSource, Optional<String> messageId, Optional<String> origin,
      JsonNode json) {

    /** True when the gold says the author was inferred rather than stated. */
    public boolean authorInferred() {
      return authorSource.isPresent();
    }

    /** True when {@code date} carries a time of day, not just a day. */
    public boolean hasTime() {
      return date.filter(d -> d.indexOf('T') > 0).isPresent();
    }
  }

  public static GoldFile read(Path path) throws IOException {
    JsonNode root = new ObjectMapper().readTree(path.toFile());
    String schema = text(root, "schema").orElse("");
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException(path + ": schema is [" + schema + "], want " + SCHEMA);
    }
    List<Message> messages = new ArrayList<>();
    for (JsonNode m : root.path("messages")) {
      messages.add(new Message(text(m, "key").orElseThrow(() -> missing(path, "key")),
          text(m, "author").orElse(""), text(m, "date"), text(m, "parent"),
          integer(m, "quote_depth_in_source"), integer(m, "depth"), text(m, "kind").orElse(""),
          text(m, "author_source"), text(m, "message_id"), text(m, "origin"), m));
    }
    Map<String, String> issues = new LinkedHashMap<>();
    root.path("issues").properties().forEach(e -> issues.put(e.getKey(), e.getValue().asText()));
    return new GoldFile(path, schema, text(root, "source").orElse(""),
        text(root, "thread_subject"), List.copyOf(messages), Map.copyOf(issues), root);
  }

  /** The message with this key. */
  public Message message(String key) {
    return messages.stream().filter(m -> m.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(path + ": no message " + key));
  }

  /** Message keys from the root down to {@code key}, following {@code parent}. */
  public List<String> chainTo(String key) {
    List<String> chain = new ArrayList<>();
    Optional<String> k = Optional.of(key);
    while (k.isPresent() && chain.size() <= messages.size()) {
      chain.add(0, k.get());
      k = message(k.get()).parent();
    }
    return chain;
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static Optional<Integer> integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.canConvertToInt() ? Optional.empty() : Optional.of(v.asInt());
  }

  private static IllegalArgumentException missing(Path path, String field) {
    return new IllegalArgumentException(path + ": a message has no " + field);
  }
}
