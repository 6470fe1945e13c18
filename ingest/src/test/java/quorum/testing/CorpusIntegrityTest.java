package quorum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every {@code *.gold.json} under {@code corpus/} against the mail it labels: the gold
 * parses, declares {@code quorum-gold/1}, its message keys are unique and every key it refers to
 * exists, every {@code message_id} it names is a {@code Message-ID:} header in its mail file, every
 * real message of a local mail file is labelled, and each mail message has an RFC 5322 header
 * block. Plain text scans on purpose: this test must not depend on the reader it helps to test.
 */
class CorpusIntegrityTest {
  private static final String SCHEMA = "quorum-gold/1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MAIL_SUFFIXES = List.of(".mbox", ".eml", ".mbox.gz", ".txt", "");

  static Stream<Path> goldFiles() throws IOException {
    Path corpus = CorpusLocator.root().resolve("corpus");
    List<Path> gold;
    try (Stream<Path> walk = Files.walk(corpus)) {
      gold = walk.filter(p -> p.getFileName().toString().endsWith(".gold.json"))
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(gold).as("gold files under %s", corpus).isNotEmpty();
    return gold.stream();
  }

  /** Own threads written as real mail in corpus/ (not archive copies, not labels of ../shared). */
  private static final int MIN_OWN_MAIL_THREADS = 28;

  @Test
  void corpusHoldsTheSeedAndTheOwnMailThreads() throws IOException {
    assertThat(CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.gold.json")).exists();
    long own = goldFiles().filter(CorpusIntegrityTest::isOwnMailThread).count();
    assertThat(own).isGreaterThanOrEqualTo(MIN_OWN_MAIL_THREADS);
  }

  @Test
  void holdoutListsExistingGoldFiles() throws IOException {
    Path holdout = CorpusLocator.corpus("holdout.txt");
    List<String> entries = Files.readAllLines(holdout, StandardCharsets.UTF_8).stream()
        .map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toList());
    assertThat(entries).isNotEmpty().doesNotHaveDuplicates();
    for (String entry : entries) {
      assertThat(CorpusLocator.corpus(entry)).as("holdout entry %s", entry).isRegularFile();
      assertThat(entry).endsWith(".gold.json");
    }
  }

  private static boolean isOwnMailThread(Path goldFile) {
    try {
      return localMailFor(goldFile, JSON.readTree(goldFile.toFile()))
          .filter(mail -> !isFlattenedArchive(mail))
          .isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void goldIsConsistentWithItsMail(Path goldFile) throws IOException {
    JsonNode gold = JSON.readTree(goldFile.toFile());
    String where = CorpusLocator.root().relativize(goldFile).toString();
    assertThat(gold.path("schema").asText()).as("%s: schema", where).isEqualTo(SCHEMA);
    assertThat(gold.path("messages").isArray()).as("%s: messages[]", where).isTrue();

    Set<String> keys = messageKeys(gold, where);
    checkReferences(gold, keys, where);

    List<Path> mails = mailFor(goldFile, gold);
    Path mail = mails.get(0);
    boolean local = mail.toAbsolutePath().normalize()
        .startsWith(CorpusLocator.root().resolve("corpus"));
    if (isFlattenedArchive(mail)) {
      return; // web-archive copies have no headers by definition
    }
    List<String> rawMessages = new ArrayList<>();
    for (Path m : mails) {
      for (Path file : mailFiles(m)) {
        rawMessages.addAll(splitMessages(file));
      }
    }
    assertThat(rawMessages).as("%s: messages in %s", where, mail).isNotEmpty();
    Set<String> headerIds = new LinkedHashSet<>();
    boolean damaged = gold.path("input_damaged").asBoolean(false);
    for (String raw : rawMessages) {
      if (!damaged) {
        checkHeaderBlock(raw, where + " -> " + mail.getFileName());
      }
      messageId(raw).ifPresent(headerIds::add);
    }

    Set<String> labelled = new HashSet<>();
    for (JsonNode m : gold.path("messages")) {
      JsonNode id = m.get("message_id");
      String origin = m.path("origin").asText("");
      if (id != null && !id.isNull()) {
        assertThat(headerIds).as("%s: %s message_id", where, m.path("key").asText())
            .contains(id.asText());
        labelled.add(id.asText());
      }
      if (!origin.isEmpty()) {
        assertThat(origin).as("%s: %s origin", where, m.path("key").asText())
            .isIn("mail", "quoted");
        assertThat(origin.equals("mail"))
            .as("%s: %s origin=mail iff message_id is set", where, m.path("key").asText())
            .isEqualTo(id != null && !id.isNull());
      }
    }
    if (local && !labelled.isEmpty()) {
      assertThat(labelled).as("%s: every real message of %s is labelled", where, mail)
          .containsAll(headerIds);
    }
  }

  private static Set<String> messageKeys(JsonNode gold, String where) {
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode m : gold.path("messages")) {
      String key = m.path("key").asText("");
      assertThat(key).as("%s: message without key", where).isNotEmpty();
      assertThat(keys.add(key)).as("%s: duplicate key %s", where, key).isTrue();
    }
    return keys;
  }

  private static void checkReferences(JsonNode gold, Set<String> keys, String where) {
    for (JsonNode m : gold.path("messages")) {
      refersToKey(m.get("parent"), keys, where + ": parent of " + m.path("key").asText());
      refersToKey(m.get("quoted_in"), keys, where + ": quoted_in of " + m.path("key").asText());
    }
    for (JsonNode q : gold.path("questions")) {
      refersToKey(q.get("in"), keys, where + ": question " + q.path("key").asText());
      refersToKey(q.get("anchor_quote_in"), keys, where + ": anchor of " + q.path("key").asText());
      assertThat(q.path("status").asText()).as("%s: status", where).isIn("open", "answered");
      for (JsonNode r : q.path("responses")) {
        refersToKey(r.get("in"), keys, where + ": response to " + q.path("key").asText());
      }
    }
    for (String section : List.of("positions", "decisions", "normative")) {
      for (JsonNode f : gold.path(section)) {
        refersToKey(f.get("in"), keys, where + ": " + section);
        refersToKey(f.get("in_reply"), keys, where + ": " + section + " in_reply");
      }
    }
    for (JsonNode d : gold.path("decisions")) {
      assertThat(d.path("status").asText()).as("%s: decision status", where)
          .isIn("open", "proposed", "agreed", "rejected");
    }
  }

  private static void refersToKey(JsonNode ref, Set<String> keys, String what) {
    if (ref != null && !ref.isNull()) {
      assertThat(keys).as("%s refers to a missing key", what).contains(ref.asText());
    }
  }

  /**
   * The mail file or maildir next to the gold file (same base name), else its "source": one
   * file, or a list of them for a thread that runs across a list's yearly archives.
   */
  private static List<Path> mailFor(Path goldFile, JsonNode gold) {
    Optional<Path> local = localMailFor(goldFile, gold);
    if (local.isPresent()) {
      return List.of(local.get());
    }
    JsonNode source = gold.path("source");
    List<String> sources = new ArrayList<>();
    if (source.isArray()) {
      source.forEach(s -> sources.add(s.asText("")));
    } else {
      sources.add(source.asText(""));
    }
    List<Path> out = new ArrayList<>();
    for (String s : sources) {
      assertThat(s).as("%s: no mail file beside it and no source", goldFile).isNotEmpty();
      out.add(CorpusLocator.sharedOrSkip(s.replaceFirst("^(\\.\\./)*shared/", "")));
    }
    assertThat(out).as("%s: no mail file beside it and no source", goldFile).isNotEmpty();
    return out;
  }

  private static Optional<Path> localMailFor(Path goldFile, JsonNode gold) {
    String name = goldFile.getFileName().toString();
    String base = name.substring(0, name.length() - ".gold.json".length());
    for (String suffix : MAIL_SUFFIXES) {
      Path p = goldFile.resolveSibling(base + suffix);
      if (suffix.isEmpty() ? Files.isDirectory(p) : Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    String source = gold.path("source").asText("");
    Path sibling = goldFile.resolveSibling(source).normalize();
    boolean inCorpus = sibling.startsWith(CorpusLocator.root().resolve("corpus"));
    return !source.isEmpty() && inCorpus && Files.exists(sibling)
        ? Optional.of(sibling) : Optional.empty();
  }

  private static boolean isFlattenedArchive(Path mail) {
    return mail.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static List<Path> mailFiles(Path mail) throws IOException {
    if (!Files.isDirectory(mail)) {
      return List.of(mail);
    }
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("cur", "new")) {
      Path dir = mail.resolve(sub);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    assertThat(files).as("maildir %s has no cur/ or new/ messages", mail).isNotEmpty();
    return files;
  }

  /** Splits an mbox at From_ lines; a file that does not start with one is one message. */
  private static List<String> splitMessages(Path file) {
    String text;
    try {
      if (file.getFileName().toString().endsWith(".gz")) {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
          text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
      } else {
        text = Files.readString(file, StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = text.replace("\r\n", "\n");
    if (!text.startsWith("From ")) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    boolean prevBlank = true;
    for (String line : text.split("\n", -1)) {
      if (prevBlank && line.startsWith("From ")) {
        if (cur != null) {
          out.add(cur.toString());
        }
        cur = new StringBuilder();
      } else if (cur != null) {
        cur.append(line).append('\n');
      }
      prevBlank = line.isEmpty();
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }

  /** The header block: field lines or folded continuations, ending at the first empty line. */
  private static void checkHeaderBlock(String raw, String where) {
    Set<String> fields = new HashSet<>();
    String[] lines = raw.split("\n", -1);
    int i = 0;
    for (; i < lines.length && !lines[i].isEmpty(); i++) {
      String line = lines[i];
      if (line.startsWith(" ") || line.startsWith("\t")) {
        assertThat(i).as("%s: header starts with a continuation line", where).isPositive();
        continue;
      }
      int colon = line.indexOf(':');
      assertThat(colon).as("%s: not a header field [%s]", where, line).isPositive();
      String name = line.substring(0, colon);
      assertThat(name.chars().allMatch(c -> c > 32 && c < 127))
          .as("%s: bad field name [%s]", where, name).isTrue();
      fields.add(name.toLowerCase(Locale.ROOT));
    }
    assertThat(i).as("%s: header block not terminated by an empty line", where)
        .isLessThan(lines.length);
    assertThat(fields).as("%s: required fields", where).contains("from", "date", "message-id");
  }

  private static Optional<String> messageId(String raw) {
    String[] lines = raw.split("\n", -1);
    for (int i = 0; i < lines.length && !lines[i].isEmpty(); i++) {
      if (lines[i].toLowerCase(Locale.ROOT).startsWith("message-id:")) {
        StringBuilder v = new StringBuilder(lines[i].substring("message-id:".length()));
        while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
          v.append(lines[++i]);
        }
        String value = v.toString().trim();
        int lt = value.indexOf('<');
        int gt = value.indexOf('>', lt + 1);
        return Optional.of(lt >= 0 && gt > lt ? value.substring(lt + 1, gt) : value);
      }
    }
    return Optional.empty();
  }
}
