package quorum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the hand-made gold labels of real ksummit threads in {@code corpus/ksummit-labels/}:
 * schema, internal references, and that every labelled message really is in the shared mbox.
 */
class KsummitLabelsTest {
  private static final String DIR = "ksummit-labels";
  private static final String SHARED_PREFIX = "../shared/";
  private static final Set<String> KINDS = Set.of("patch", "reply", "proposal");
  private static final Set<String> FORMS =
      Set.of("direct", "indirect", "rhetorical", "suggestion-as-question");
  private static final Set<String> QUESTION_STATUSES = Set.of("open", "answered");
  private static final Set<String> STANCES =
      Set.of("support", "oppose", "neutral", "conditional", "defers", "concern");
  private static final Set<String> DECISION_STATUSES =
      Set.of("open", "proposed", "agreed", "rejected");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Path, Set<String>> MBOX_IDS = new HashMap<>();
  private static final Map<Path, JsonNode> ORACLES = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> everyGoldFileIsConsistentAndPointsIntoTheArchive() throws IOException {
    List<Path> files = goldFiles();
    assertThat(files).as("labelled ksummit threads").hasSizeGreaterThanOrEqualTo(8);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> checkGoldFile(f)));
  }

  /** A held-out part of at least three files that leaves the larger part for development. */
  @Test
  void holdoutListsExistingGoldFilesLeavingMostForDevelopment() throws IOException {
    Path holdout = CorpusLocator.corpus(DIR + "/holdout.txt");
    List<String> names = Files.readAllLines(holdout, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    assertThat(names.size() * 2).as("held out vs all labelled").isLessThan(goldFiles().size());
    for (String name : names) {
      assertThat(holdout.resolveSibling(name)).as(name).isRegularFile();
      assertThat(name).endsWith(".gold.json");
    }
  }

  @Test
  void messageIdScanUnfoldsHeadersAndIgnoresBodies() throws IOException {
    Path mbox = Files.createTempFile("ksummit-labels", ".mbox");
    try {
      Files.writeString(mbox, String.join("\n",
          "From mboxrd@z Thu Jan  1 00:00:00 1970",
          "Subject: one",
          "message-id:",
          "\t<folded@example.org>",
          "",
          "Message-ID: <in-body@example.org>",
          "",
          "From mboxrd@z Thu Jan  1 00:00:00 1970",
          "MESSAGE-ID: <plain@example.org>",
          "",
          "body",
          ""));
      assertThat(scanMessageIds(mbox))
          .containsExactlyInAnyOrder("folded@example.org", "plain@example.org");
    } finally {
      Files.delete(mbox);
    }
  }

  private static List<Path> goldFiles() throws IOException {
    try (Stream<Path> s = Files.list(CorpusLocator.corpus(DIR))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
  }

  private static void checkGoldFile(Path file) throws IOException {
    JsonNode gold = JSON.readTree(file.toFile());
    String name = file.getFileName().toString();
    assertThat(gold.path("schema").asText()).as(name + " schema").isEqualTo("quorum-gold/1");
    Set<String> archiveIds = new HashSet<>();
    Path oracle = null;
    for (String source : sources(gold, name)) {
      assertThat(source).as(name + " source").startsWith(SHARED_PREFIX);
      Path mbox = CorpusLocator.sharedOrSkip(source.substring(SHARED_PREFIX.length()));
      archiveIds.addAll(MBOX_IDS.computeIfAbsent(mbox, KsummitLabelsTest::scanUnchecked));
      Path candidate = mbox.resolveSibling("expected").resolve("expected-threads.json");
      oracle = Files.isRegularFile(candidate) ? candidate : oracle;
    }
    Set<String> keys = checkMessages(gold, name, archiveIds);
    if (oracle != null) {
      checkAgainstOracle(gold, name, oracle);
    }
    checkQuestions(gold, name, keys);
    Set<String> issues = new HashSet<>();
    gold.path("issues").fieldNames().forEachRemaining(issues::add);
    assertThat(issues).as(name + " issues").isNotEmpty();
    checkPositions(gold, name, keys, issues);
    checkDecisions(gold, name, keys, issues);
    for (JsonNode n : gold.path("normative")) {
      assertThat(keys).as(name + " normative in").contains(n.path("in").asText());
      assertThat(n.path("keyword").asText()).as(name + " normative keyword").isNotBlank();
      assertThat(n.path("capitalized").isBoolean()).as(name + " capitalized").isTrue();
      assertThat(n.path("debated").isBoolean()).as(name + " debated").isTrue();
      assertThat(n.path("options_raised").isArray()).as(name + " options_raised").isTrue();
      boolean upper = n.path("keyword").asText()
          .equals(n.path("keyword").asText().toUpperCase(Locale.ROOT));
      assertThat(n.path("capitalized").asBoolean()).as(name + " capitalized matches keyword")
          .isEqualTo(upper);
    }
  }

  /**
   * The labelled messages are exactly the notmuch thread holding {@code thread_root}, and each
   * parent key points at the message notmuch names as parent.
   */
  private static void checkAgainstOracle(JsonNode gold, String name, Path oracle)
      throws IOException {
    JsonNode threads = ORACLES.computeIfAbsent(oracle, KsummitLabelsTest::readUnchecked);
    String root = gold.path("thread_root").asText();
    Map<String, String> expectedParent = new HashMap<>();
    for (JsonNode thread : threads) {
      boolean holdsRoot = false;
      for (JsonNode m : thread) {
        holdsRoot |= root.equals(m.path("message_id").asText());
      }
      if (holdsRoot) {
        for (JsonNode m : thread) {
          JsonNode parent = m.path("parent_message_id");
          expectedParent.put(m.path("message_id").asText(),
              parent.isNull() ? null : parent.asText());
        }
      }
    }
    Map<String, String> idOfKey = new HashMap<>();
    for (JsonNode m : gold.path("messages")) {
      idOfKey.put(m.path("key").asText(), m.path("message_id").asText());
    }
    assertThat(idOfKey.values()).as(name + " messages are the whole notmuch thread")
        .containsExactlyInAnyOrderElementsOf(expectedParent.keySet());
    for (JsonNode m : gold.path("messages")) {
      String id = m.path("message_id").asText();
      String parentId = m.path("parent").isNull() ? null : idOfKey.get(m.path("parent").asText());
      assertThat(parentId).as(name + " " + m.path("key").asText() + " parent as threaded")
          .isEqualTo(expectedParent.get(id));
    }
  }

  private static JsonNode readUnchecked(Path json) {
    try {
      return JSON.readTree(json.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + json, e);
    }
  }

  private static List<String> sources(JsonNode gold, String name) {
    JsonNode s = gold.path("source");
    List<String> out = new ArrayList<>();
    if (s.isArray()) {
      s.forEach(e -> out.add(e.asText()));
    } else if (s.isTextual()) {
      out.add(s.asText());
    }
    assertThat(out).as(name + " source").isNotEmpty();
    return out;
  }

  private static Set<String> checkMessages(JsonNode gold, String name, Set<String> archiveIds) {
    JsonNode messages = gold.path("messages");
    assertThat(messages.size()).as(name + " messages").isPositive();
    Set<String> keys = new HashSet<>();
    OffsetDateTime previous = null;
    String rootId = null;
    for (int i = 0; i < messages.size(); i++) {
      JsonNode m = messages.get(i);
      String key = m.path("key").asText();
      assertThat(key).as(name + " key order").isEqualTo("m" + i);
      keys.add(key);
      String id = m.path("message_id").asText();
      assertThat(id).as(name + " " + key + " message_id").isNotBlank().doesNotContain("<", ">");
      assertThat(archiveIds).as(name + " " + key + " message_id in mbox").contains(id);
      assertThat(m.path("origin").asText()).as(name + " " + key + " origin").isEqualTo("mail");
      assertThat(m.path("author").asText()).as(name + " " + key + " author").isNotBlank();
      assertThat(KINDS).as(name + " " + key + " kind").contains(m.path("kind").asText());
      OffsetDateTime date = OffsetDateTime.parse(m.path("date").asText());
      if (previous != null) {
        assertThat(date).as(name + " " + key + " oldest first").isAfterOrEqualTo(previous);
      }
      previous = date;
      if (m.path("parent").isNull()) {
        rootId = rootId == null ? id : rootId;
      }
    }
    for (JsonNode m : messages) {
      JsonNode parent = m.path("parent");
      if (!parent.isNull()) {
        assertThat(keys).as(name + " " + m.path("key").asText() + " parent").contains(parent.asText());
        assertThat(parent.asText()).isNotEqualTo(m.path("key").asText());
      }
    }
    assertThat(gold.path("thread_root").asText()).as(name + " thread_root").isEqualTo(rootId);
    return keys;
  }

  private static void checkQuestions(JsonNode gold, String name, Set<String> keys) {
    for (JsonNode q : gold.path("questions")) {
      String label = name + " " + q.path("key").asText();
      assertThat(q.path("asker").asText()).as(label + " asker").isNotBlank();
      assertThat(keys).as(label + " in").contains(q.path("in").asText());
      assertThat(FORMS).as(label + " form").contains(q.path("form").asText());
      assertThat(QUESTION_STATUSES).as(label + " status").contains(q.path("status").asText());
      boolean resolved = false;
      for (JsonNode r : q.path("responses")) {
        assertThat(keys).as(label + " response in").contains(r.path("in").asText());
        assertThat(r.path("by").asText()).as(label + " response by").isNotBlank();
        resolved |= r.path("resolves").asBoolean();
      }
      assertThat(q.path("status").asText()).as(label + " status agrees with responses")
          .isEqualTo(resolved ? "answered" : "open");
    }
  }

  private static void checkPositions(JsonNode gold, String name, Set<String> keys,
      Set<String> issues) {
    for (JsonNode p : gold.path("positions")) {
      String label = name + " position " + p.path("participant").asText();
      assertThat(keys).as(label + " in").contains(p.path("in").asText());
      assertThat(issues).as(label + " issue").contains(p.path("issue").asText());
      assertThat(STANCES).as(label + " stance").contains(p.path("stance").asText());
      assertThat(p.path("evidence").asText()).as(label + " evidence").isNotBlank();
    }
  }

  private static void checkDecisions(JsonNode gold, String name, Set<String> keys,
      Set<String> issues) {
    for (JsonNode d : gold.path("decisions")) {
      String label = name + " decision " + d.path("issue").asText();
      assertThat(issues).as(label + " issue").contains(d.path("issue").asText());
      assertThat(DECISION_STATUSES).as(label + " status").contains(d.path("status").asText());
      if (!d.path("in").isNull() && !d.path("in").isMissingNode()) {
        assertThat(keys).as(label + " in").contains(d.path("in").asText());
      }
    }
  }

  private static Set<String> scanUnchecked(Path mbox) {
    try {
      return scanMessageIds(mbox);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + mbox, e);
    }
  }

  /**
   * Message-IDs of the top-level headers of an mboxrd file: header blocks start after a
   * {@code From } separator line and end at the first blank line; folded lines are unfolded.
   */
  static Set<String> scanMessageIds(Path mbox) throws IOException {
    Set<String> ids = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(mbox, StandardCharsets.ISO_8859_1)) {
      boolean inHeaders = false;
      boolean atMessageStart = true;
      StringBuilder field = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (!inHeaders) {
          if (atMessageStart && line.startsWith("From ")) {
            inHeaders = true;
          }
          atMessageStart = line.isEmpty();
          continue;
        }
        boolean continuation = !line.isEmpty()
            && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
        if (continuation && field != null) {
          field.append(' ').append(line.strip());
          continue;
        }
        addIfMessageId(field, ids);
        field = null;
        if (line.isEmpty()) {
          inHeaders = false;
          atMessageStart = true;
        } else {
          field = new StringBuilder(line);
        }
      }
      addIfMessageId(field, ids);
    }
    return ids;
  }

  private static void addIfMessageId(StringBuilder field, Set<String> ids) {
    if (field == null) {
      return;
    }
    String f = field.toString();
    int colon = f.indexOf(':');
    if (colon < 0 || !f.substring(0, colon).strip().equalsIgnoreCase("message-id")) {
      return;
    }
    String value = f.substring(colon + 1).strip();
    int lt = value.indexOf('<');
    int gt = value.indexOf('>', lt + 1);
    if (lt >= 0 && gt > lt) {
      value = value.substring(lt + 1, gt);
    }
    if (!value.isEmpty()) {
      ids.add(value.strip());
    }
  }
}
