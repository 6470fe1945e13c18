package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.ingest.flat.FlattenedText;
import quorum.ingest.thread.Threader;
import quorum.mail.AuthorSource;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;
import quorum.mail.SourceRef;
import quorum.testing.CorpusLocator;
import quorum.testing.GoldFile;

/**
 * End to end on the seed: the flattened archive copy goes through line recovery, segmentation,
 * threading and the quote tree, and must come out as the gold file says: one thread, six
 * messages (Toke, Stanislav, Toke, Stanislav, Alexei, Stanislav inferred), each the reply to
 * the one before.
 */
class SeedQuoteTreeTest {
  private static final String SEED = "bpf-kfunc-stability-2023-01-17";
  private static GoldFile gold;
  private static final Map<String, Discussion> THREADS = new LinkedHashMap<>();

  static Stream<String> routes() {
    return Stream.of("ingester", "stages");
  }

  @BeforeAll
  static void ingestSeed() throws IOException, IngestException {
    Path file = CorpusLocator.corpus(SEED + ".txt");
    gold = GoldFile.read(CorpusLocator.corpus(SEED + ".gold.json"));
    // the whole pipeline, format detected from the file
    IngestResult r = new Ingester(IngestOptions.LENIENT).ingest(List.of(file));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.discussions()).hasSize(1);
    THREADS.put("ingester", r.discussions().get(0));
    // the same, stage by stage
    String body = FlattenedText.recover(Files.readString(file, StandardCharsets.UTF_8));
    // what a reader makes of a headerless archive copy: one message, author and date unknown
    Message archived = new Message(new MessageKey("quorum:test:" + SEED), Optional.empty(),
        Participant.UNKNOWN, AuthorSource.UNKNOWN, Optional.empty(), "", List.of(), List.of(),
        body, List.of(), List.of(), Provenance.ARCHIVE_COPY, SourceRef.of(file));
    Message segmented = archived.withSegments(new BodySegmenter().segment(body));
    List<Discussion> threads = new Threader().thread(List.of(segmented));
    assertThat(threads).hasSize(1);
    THREADS.put("stages", new QuoteTreeBuilder().complete(threads.get(0)));
  }

  @ParameterizedTest
  @MethodSource("routes")
  void findsTheSixMessagesOfTheGoldOldestFirst(String route) {
    Discussion thread = THREADS.get(route);
    assertThat(thread.messages()).extracting(m -> m.from().name())
        .containsExactlyElementsOf(gold.messages().stream().map(GoldFile.Message::author).toList());
  }

  @ParameterizedTest
  @MethodSource("routes")
  void linksEachMessageToTheOneItAnswers(String route) {
    Discussion thread = THREADS.get(route);
    List<Message> ms = thread.messages();
    for (int i = 0; i < ms.size(); i++) {
      GoldFile.Message g = gold.messages().get(i);
      Optional<MessageKey> parent = thread.tree().parentOf(ms.get(i).key());
      Optional<MessageKey> expected = g.parent().map(k -> ms.get(index(k)).key());
      assertThat(parent).as(g.key() + " parent").isEqualTo(expected);
      ReplyNode node = thread.tree().nodes().get(ms.get(i).key());
      assertThat(node.depth()).as(g.key() + " depth").isEqualTo(gold.chainTo(g.key()).size() - 1);
    }
    assertThat(thread.tree().roots()).containsExactly(ms.get(0).key());
  }

  @ParameterizedTest
  @MethodSource("routes")
  void takesDatesFromAttributionsAndInventsNone(String route) {
    Discussion thread = THREADS.get(route);
    List<Message> ms = thread.messages();
    for (int i = 0; i < ms.size(); i++) {
      GoldFile.Message g = gold.messages().get(i);
      if (g.hasTime()) {
        assertThat(ms.get(i).date()).as(g.key()).isPresent();
        assertThat(ms.get(i).date().get().local()).as(g.key())
            .isEqualTo(LocalDateTime.parse(g.date().get()));
      } else {
        assertThat(ms.get(i).date()).as(g.key() + " has no stated date").isEmpty();
      }
    }
    // the gold's date-only "2023-01-17" for m1: both neighbours fall on that day
    int m1 = index("m1");
    LocalDate day = LocalDate.parse(gold.message("m1").date().orElseThrow());
    assertThat(ms.get(m1 - 1).date().orElseThrow().local().toLocalDate()).isEqualTo(day);
    assertThat(ms.get(m1 + 1).date().orElseThrow().local().toLocalDate()).isEqualTo(day);
  }

  @ParameterizedTest
  @MethodSource("routes")
  void infersTheAuthorOfTheOuterMessageAndSaysSo(String route) {
    Discussion thread = THREADS.get(route);
    Message outer = thread.messages().get(index("m5"));
    assertThat(gold.message("m5").authorInferred()).isTrue();
    assertThat(outer.authorSource()).isEqualTo(AuthorSource.INFERRED);
    assertThat(outer.provenance()).isNotEqualTo(Provenance.QUOTED_ONLY);
    assertThat(outer.ownText()).startsWith("Exactly why I'm going to support");
  }

  @ParameterizedTest
  @MethodSource("routes")
  void makesQuoteOnlyNodesWithTheirOwnTextOnly(String route) {
    Discussion thread = THREADS.get(route);
    for (String k : List.of("m0", "m1", "m2", "m3", "m4")) {
      Message m = thread.messages().get(index(k));
      assertThat(m.provenance()).as(k).isEqualTo(Provenance.QUOTED_ONLY);
      assertThat(m.authorSource()).as(k).isEqualTo(AuthorSource.ATTRIBUTION);
      assertThat(m.key().value()).as(k).startsWith("quorum:q:");
      assertThat(m.body()).as(k).doesNotContain("\n>");
    }
    Message patch = thread.messages().get(index("m0"));
    assertThat(patch.ownText()).startsWith("Following up on the discussion at the BPF office");
    assertThat(patch.segments()).anyMatch(s -> s instanceof Patch);
    assertThat(thread.messages().get(index("m1")).ownText())
        .isEqualTo("To clarify, as part of this proposal, are we making a decision here\n"
            + "that we ban new helpers going forward?");
    assertThat(thread.messages().get(index("m4")).ownText()).startsWith("Did you do:")
        .endsWith("please help reviewing posted patches.");
  }

  @Test
  void derivesTheSameKeysEveryTime() {
    Discussion thread = THREADS.get("stages");
    List<String> again = new QuoteTreeBuilder().complete(new Discussion(thread.subject(),
        thread.messages().stream().filter(m -> m.provenance() != Provenance.QUOTED_ONLY).toList(),
        new quorum.mail.ReplyTree(List.of(thread.messages().get(5).key()), java.util.Map.of(
            thread.messages().get(5).key(), new ReplyNode(thread.messages().get(5).key(),
                Optional.empty(), 0, quorum.mail.Link.ROOT, false)))))
        .messages().stream().map(m -> m.key().value()).toList();
    assertThat(again).containsExactlyElementsOf(
        thread.messages().stream().map(m -> m.key().value()).toList());
    // the pipeline keys quote-only nodes the same way as the stages do
    assertThat(THREADS.get("ingester").messages().subList(0, 5)).extracting(Message::key)
        .containsExactlyElementsOf(thread.messages().subList(0, 5).stream().map(Message::key)
            .toList());
  }

  private static int index(String key) {
    return Integer.parseInt(key.substring(1));
  }
}
