package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Provenance;
import quorum.testing.CorpusLocator;
import quorum.testing.GoldFile;

/**
 * Every labelled mbox thread of the project corpus, ingested whole: the messages and parents
 * the gold file lists, quote-only messages included, and no quoted level duplicated.
 */
class CorpusQuoteTreeTest {
  static Stream<Path> threads() throws IOException {
    Path dir = CorpusLocator.corpus("rfc-debates");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList();
    }
    assertThat(files).as("mbox threads in " + dir).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("threads")
  void rebuildsTheGoldReplyTree(Path mbox) throws IOException, IngestException {
    String name = mbox.getFileName().toString().replace(".mbox", "");
    GoldFile gold = GoldFile.read(mbox.resolveSibling(name + ".gold.json"));
    IngestResult r = new Ingester(IngestOptions.LENIENT).ingest(List.of(mbox));
    assertThat(r.discussions()).as(name).hasSize(1);
    Discussion d = r.discussions().get(0);
    assertThat(d.messages()).as(name + " messages").hasSameSizeAs(gold.messages());
    Map<String, MessageKey> keys = new HashMap<>();
    for (GoldFile.Message g : gold.messages()) {
      keys.put(g.key(), find(d, g).orElseThrow(
          () -> new AssertionError(name + ": no message for gold " + g.key())).key());
    }
    for (GoldFile.Message g : gold.messages()) {
      assertThat(d.tree().parentOf(keys.get(g.key()))).as(name + " parent of " + g.key())
          .isEqualTo(g.parent().map(keys::get));
    }
    assertThat(d.messages()).extracting(Message::key).as(name + " oldest first")
        .containsExactlyElementsOf(gold.messages().stream().map(g -> keys.get(g.key())).toList());
  }

  /** Real mail by Message-ID; a quote-only message by author and attribution time. */
  private static Optional<Message> find(Discussion d, GoldFile.Message g) {
    if (g.messageId().isPresent()) {
      return d.messages().stream()
          .filter(m -> m.id().map(i -> i.value().equals(g.messageId().get())).orElse(false))
          .findFirst();
    }
    return d.messages().stream()
        .filter(m -> m.provenance() == Provenance.QUOTED_ONLY)
        .filter(m -> m.from().name().equals(g.author()))
        .filter(m -> g.date().isEmpty() || m.date().map(t -> t.instant()
            .equals(OffsetDateTime.parse(g.date().get()).toInstant())).orElse(false))
        .findFirst();
  }
}
