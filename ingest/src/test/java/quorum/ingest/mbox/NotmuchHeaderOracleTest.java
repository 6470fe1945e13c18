package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;
import quorum.testing.PeerMail;

/**
 * Header decoding checked against notmuch 0.37 (peer-corpora/.../expected/notmuch-show.json):
 * for every message notmuch indexed, the file quorum read must give the same Message-ID, the
 * same decoded Subject, the same instant for Date (notmuch's {@code timestamp}) and a From that
 * names the same address.
 */
class NotmuchHeaderOracleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One message as notmuch reports it, keyed by the first of its file names. */
  record Expected(String id, String file, long timestamp, String subject, String from) {}

  static Stream<String> notmuchFolders() {
    return Stream.of("lkml", "default", "broken", "duplicate", "html", "threading",
        "attachment", "indexing", "mangling");
  }

  @ParameterizedTest
  @MethodSource("notmuchFolders")
  void headersAgreeWithNotmuch(String folder) throws Exception {
    Path dir = CorpusLocator.sharedOrSkip("peer-corpora/notmuch/" + folder);
    List<Expected> expected = expected(
        CorpusLocator.sharedOrSkip("peer-corpora/notmuch/expected/" + folder + "/notmuch-show.json"));
    CollectingVisitor c = CollectingVisitor.read(dir);
    Map<String, Message> byFile = new HashMap<>();
    for (Message m : c.messages) {
      byFile.put(dir.relativize(m.source().file()).toString(), m);
    }
    assertThat(expected).isNotEmpty();
    SoftAssertions soft = new SoftAssertions();
    for (Expected e : expected) {
      assertThat(byFile).containsKey(e.file());
      check(soft, byFile.get(e.file()), e);
    }
    soft.assertAll();
  }

  @Test
  void ksummitHeadersAgreeWithNotmuch() throws Exception {
    Map<String, Message> byFile = new HashMap<>();
    List<Message> all = PeerMail.ksummit();
    for (int i = 0; i < all.size(); i++) {
      byFile.put(PeerMail.ksummitFileNames().get(i), all.get(i));
    }
    List<Expected> expected = expected(
        CorpusLocator.sharedOrSkip("peer-corpora/ksummit/expected/notmuch-show.json"));
    assertThat(expected).hasSize(3112);
    SoftAssertions soft = new SoftAssertions();
    for (Expected e : expected) {
      assertThat(byFile).containsKey(e.file());
      check(soft, byFile.get(e.file()), e);
    }
    soft.assertAll();
  }

  private static void check(SoftAssertions soft, Message m, Expected e) {
    String where = e.file() + " " + e.id();
    soft.assertThat(m.id().map(MessageId::value)).as(where).contains(e.id());
    // we strip the subject's ends; notmuch keeps a space that ended an encoded word
    soft.assertThat(m.subject()).as(where).isEqualTo(e.subject().strip());
    if (e.timestamp() == 0) {
      // notmuch's 0 means "no date" (e.g. "Thu Jan 01 00:00:10 +0000" has no year): so do we
      soft.assertThat(m.date()).as(where).isEmpty();
    } else {
      soft.assertThat(m.date().map(d -> d.instant().getEpochSecond())).as(where)
          .contains(e.timestamp());
    }
    String from = e.from().toLowerCase(Locale.ROOT);
    m.from().address().ifPresent(a -> soft.assertThat(from).as(where)
        .contains(a.toLowerCase(Locale.ROOT)));
    if (!m.from().name().isBlank()) {
      soft.assertThat(e.from()).as(where).contains(m.from().name());
    }
  }

  /** Every message in a notmuch-show forest ([message, [replies]] pairs), walked iteratively. */
  static List<Expected> expected(Path showJson) throws Exception {
    List<Expected> out = new ArrayList<>();
    Deque<JsonNode> pairs = new ArrayDeque<>();
    for (JsonNode thread : JSON.readTree(showJson.toFile())) {
      thread.forEach(pairs::push);
    }
    while (!pairs.isEmpty()) {
      JsonNode pair = pairs.pop();
      JsonNode m = pair.get(0);
      JsonNode h = m.get("headers");
      out.add(new Expected(m.get("id").asText(), m.get("filename").get(0).asText(),
          m.get("timestamp").asLong(), h.path("Subject").asText(""), h.path("From").asText("")));
      pair.get(1).forEach(pairs::push);
    }
    return out;
  }
}
