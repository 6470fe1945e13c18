package quorum.ingest.thread;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.MailVisitor;
import quorum.ingest.mbox.MailReader;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.testing.CorpusLocator;

/**
 * Header threading against the human gold of quorum's own corpus: every real mail of an
 * {@code x.mbox} lands in one discussion, and each mail whose gold parent is also real mail
 * gets exactly that parent. Parents that are quote-only messages are the quote-tree
 * builder's work ({@code quorum.ingest.quote}), not this stage's, and are skipped here.
 */
class CorpusGoldThreadingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> goldWithMbox() throws IOException {
    List<Path> out;
    try (Stream<Path> s = Files.walk(CorpusLocator.corpus("."))) {
      out = s.filter(p -> p.getFileName().toString().endsWith(".gold.json"))
          .filter(p -> Files.exists(mboxOf(p))).sorted().collect(Collectors.toList());
    }
    assertThat(out).as("gold files with an mbox beside them").hasSizeGreaterThanOrEqualTo(10);
    return out.stream();
  }

  private static Path mboxOf(Path gold) {
    String name = gold.getFileName().toString();
    return gold.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".mbox");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldWithMbox")
  void headerThreadingMatchesGoldParents(Path gold) throws Exception {
    JsonNode g = JSON.readTree(gold.toFile());
    Map<String, String> idOfKey = new HashMap<>();
    for (JsonNode m : g.get("messages")) {
      if (m.path("origin").asText().equals("mail") && m.hasNonNull("message_id")) {
        idOfKey.put(m.get("key").asText(), m.get("message_id").asText());
      }
    }
    List<Discussion> ds = new Threader().thread(read(mboxOf(gold)));
    Map<String, Optional<String>> parent = new HashMap<>();
    Map<String, Integer> thread = new HashMap<>();
    for (int i = 0; i < ds.size(); i++) {
      for (Message m : ds.get(i).messages()) {
        if (m.id().isPresent()) {
          String id = m.id().get().value();
          thread.put(id, i);
          parent.put(id, ds.get(i).tree().parentOf(m.key()).map(MessageKey::value));
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (JsonNode m : g.get("messages")) {
      String id = idOfKey.get(m.get("key").asText());
      if (id == null) {
        continue;
      }
      Optional<String> want = m.hasNonNull("parent")
          ? Optional.ofNullable(idOfKey.get(m.get("parent").asText())) : Optional.empty();
      if (m.hasNonNull("parent") && want.isEmpty()) {
        continue; // the gold parent is a quote-only message
      }
      checked++;
      if (!parent.containsKey(id)) {
        wrong.add(id + ": not read");
      } else if (!parent.get(id).equals(want)) {
        wrong.add(id + ": gold parent " + want.orElse("(root)") + ", quorum "
            + parent.get(id).orElse("(root)"));
      }
    }
    assertThat(idOfKey.values().stream().map(thread::get).distinct().count())
        .as(gold + ": all real mail in one discussion").isEqualTo(1);
    assertThat(wrong).as(gold + " (" + checked + " parents checked)").isEmpty();
  }

  private static List<Message> read(Path mbox) throws IngestException {
    List<Message> out = new ArrayList<>();
    new MailReader(IngestOptions.LENIENT).read(mbox, new MailVisitor() {
      @Override
      public void message(Message m) {
        out.add(m);
      }

      @Override
      public void rejected(Diagnostic why) {}

      @Override
      public void diagnostic(Diagnostic d) {}
    });
    return out;
  }
}
