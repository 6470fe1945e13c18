package quorum.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.analysis.AnalysisException;

/**
 * A {@code quorum-gold/1} file: the human truth about one thread (see
 * {@code shared/corpus/README.md}). Only the fields a scorer uses are read.
 */
public record Gold(Path file, List<String> sources, String subject, List<Msg> messages,
    List<GoldQuestion> questions, Map<String, String> issues, List<GoldPosition> positions,
    List<GoldDecision> decisions, List<GoldNormative> normative) {
  public record Msg(String key, Optional<String> messageId, String author, Optional<String> parent) {}

  public record GoldResponse(String by, String in, boolean resolves) {}

  public record GoldQuestion(String asker, String in, String about, String form, String status,
      List<GoldResponse> responses) {}

  public record GoldPosition(String participant, String issue, String stance, String in,
      String evidence) {}

  public record GoldDecision(String issue, String status, String gist) {}

  /**
   * @param mentionOnly the gold marks the keywords as named, not used (a BCP 14 boilerplate
   *                    line): not a requirement, so not expected among the findings
   */
  public record GoldNormative(String in, String keyword, boolean capitalized, boolean debated,
      List<String> options, String gist, boolean mentionOnly) {}

  public Gold {
    messages = List.copyOf(messages);
    questions = List.copyOf(questions);
    // file order, not Map.copyOf's: that one iterates in an order salted per JVM run, and
    // issue alignment breaks score ties by this order, so scores changed from run to run
    issues = Collections.unmodifiableMap(new LinkedHashMap<>(issues));
    positions = List.copyOf(positions);
    decisions = List.copyOf(decisions);
    normative = List.copyOf(normative);
  }

  /** Reads a gold file; a file that is not quorum-gold/1 JSON is an AnalysisException. */
  public static Gold read(Path file) throws AnalysisException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new AnalysisException(file + ": cannot read gold file: " + e.getMessage(), e);
    }
    if (root == null || !"quorum-gold/1".equals(root.path("schema").asText())) {
      throw new AnalysisException(file + ": not a quorum-gold/1 file (schema is \""
          + (root == null ? "" : root.path("schema").asText()) + "\")");
    }
    List<Msg> msgs = new ArrayList<>();
    for (JsonNode m : root.path("messages")) {
      msgs.add(new Msg(m.path("key").asText(), opt(m, "message_id"), m.path("author").asText(),
          opt(m, "parent")));
    }
    List<GoldQuestion> qs = new ArrayList<>();
    for (JsonNode q : root.path("questions")) {
      List<GoldResponse> rs = new ArrayList<>();
      for (JsonNode r : q.path("responses")) {
        rs.add(new GoldResponse(r.path("by").asText(), r.path("in").asText(), r.path("resolves").asBoolean()));
      }
      qs.add(new GoldQuestion(q.path("asker").asText(), q.path("in").asText(), q.path("about").asText(),
          q.path("form").asText(), q.path("status").asText(), rs));
    }
    Map<String, String> issues = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("issues").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      issues.put(e.getKey(), e.getValue().asText());
    }
    List<GoldPosition> ps = new ArrayList<>();
    for (JsonNode p : root.path("positions")) {
      ps.add(new GoldPosition(p.path("participant").asText(), p.path("issue").asText(),
          p.path("stance").asText(), p.path("in").asText(), p.path("evidence").asText()));
    }
    List<GoldDecision> ds = new ArrayList<>();
    for (JsonNode d : root.path("decisions")) {
      ds.add(new GoldDecision(d.path("issue").asText(), d.path("status").asText(), d.path("gist").asText()));
    }
    List<GoldNormative> ns = new ArrayList<>();
    for (JsonNode n : root.path("normative")) {
      List<String> opts = new ArrayList<>();
      n.path("options_raised").forEach(o -> opts.add(o.asText()));
      ns.add(new GoldNormative(n.path("in").asText(), n.path("keyword").asText(),
          n.path("capitalized").asBoolean(), n.path("debated").asBoolean(), opts,
          n.path("text_gist").asText(), n.path("mention_only").asBoolean()));
    }
    return new Gold(file, sources(root.path("source")), root.path("thread_subject").asText(), msgs,
        qs, issues, ps, ds, ns);
  }

  private static Optional<String> opt(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }

  /**
   * The mail the thread is in: one file, or a list of them for a thread that runs across
   * archives (a list archive split by year holds a thread begun in December in two files).
   */
  private static List<String> sources(JsonNode source) {
    List<String> out = new ArrayList<>();
    if (source.isArray()) {
      source.forEach(s -> out.add(s.asText()));
    } else {
      out.add(source.asText());
    }
    return List.copyOf(out);
  }
}
