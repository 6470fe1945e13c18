package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.MessageKey;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;
import quorum.testing.CorpusLocator;

/**
 * The whole ksummit archive (3 115 real messages, 3 112 unique Message-IDs, six yearly mboxrd
 * files from ../shared/peer-corpora/ksummit), ingested file by file as {@code quorum ingest}
 * does, so threads that span years are linked by the index, not by one threading run.
 */
class KsummitIndexTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);
  static final String[] YEARS = {"2021", "2022", "2023", "2024", "2025", "2026"};

  @TempDir
  static Path tmp;
  static Path perFile;
  static final List<IngestResult> perFileInput = new ArrayList<>();

  static List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (String y : YEARS) {
      out.add(CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + y + ".mbox"));
    }
    return out;
  }

  @BeforeAll
  static void ingestFileByFile() throws Exception {
    perFile = tmp.resolve("per-file");
    for (Path f : files()) {
      perFileInput.add(new Ingester(IngestOptions.LENIENT).ingest(List.of(f)));
    }
    try (QuorumIndex index = QuorumIndex.create(perFile, CLOCK);
        IndexWriterSession w = index.writer()) {
      for (IngestResult r : perFileInput) {
        w.addAll(r.discussions());
        w.commit();
      }
    }
  }

  @Test
  void indexesEveryUniqueMessageOnce() throws Exception {
    try (QuorumIndex index = QuorumIndex.open(perFile, CLOCK)) {
      int real = index.threads("", Integer.MAX_VALUE).stream()
          .mapToInt(t -> t.messageCount() - t.quotedOnlyCount()).sum();
      assertThat(real).isEqualTo(3112);
    }
  }

  @Test
  void reingestingTheArchiveAddsNothing() throws Exception {
    try (QuorumIndex index = QuorumIndex.open(perFile, CLOCK)) {
      int before = index.messageCount();
      try (IndexWriterSession w = index.writer()) {
        for (IngestResult r : perFileInput) {
          AddResult added = w.addAll(r.discussions());
          assertThat(added.added()).isZero();
          assertThat(added.threadsMerged()).isZero();
        }
      }
      assertThat(index.messageCount()).isEqualTo(before);
    }
  }

  /**
   * Threads built across six ingests equal the threads of one run over all files, except
   * where the one run joined a root-level orphan to a thread by subject: the index links only
   * by Message-ID references (as notmuch does), so such an orphan from another year stays a
   * thread of its own. Quote-only nodes are left out: their synthetic keys depend on what
   * else the run saw (one run links a quote to the real mail from another year instead).
   */
  @Test
  void fileByFileGivesTheThreadsOfOneRunExceptSubjectJoins() throws Exception {
    IngestResult all = new Ingester(IngestOptions.LENIENT).ingest(files());
    Set<MessageKey> joinedBySubject = new HashSet<>();
    for (Discussion d : all.discussions()) {
      for (ReplyNode n : d.tree().nodes().values()) {
        if (n.link() == Link.SUBJECT) {
          joinedBySubject.add(n.key());
        }
      }
    }
    try (QuorumIndex index = QuorumIndex.open(perFile, CLOCK)) {
      Map<MessageKey, String> threadOf = new HashMap<>();
      for (ThreadSummary t : index.threads("", Integer.MAX_VALUE)) {
        index.messagesOf(t.thread()).forEach(k -> threadOf.put(k, t.thread()));
      }
      int splits = 0;
      for (Discussion d : all.discussions()) {
        Set<String> threads = new HashSet<>();
        d.messages().stream().filter(m -> m.provenance() != Provenance.QUOTED_ONLY)
            .forEach(m -> threads.add(threadOf.get(m.key())));
        assertThat(threads).as("index threads of one-run thread %s", d.subject()).doesNotContainNull();
        if (threads.size() > 1) {
          splits += threads.size() - 1;
          assertThat(joinedBySubject).as("split of %s", d.subject()).isNotEmpty();
        }
        // the index never joins what one run kept apart
        for (String t : threads) {
          assertThat(index.messagesOf(t)).filteredOn(k -> !k.isSynthetic())
              .allMatch(k -> d.message(k).isPresent());
        }
      }
      assertThat(splits).isLessThanOrEqualTo(joinedBySubject.size());
    }
  }

  /**
   * Thread counts against the notmuch 0.37 oracle ({@code expected/expected-threads.json}: 144
   * threads of 3 112 messages). The index links by Message-ID as notmuch does, so every notmuch
   * thread is one index thread; the only merges are the subject joins ingest makes within one
   * file (a header-less "Re:" reply), listed with their reasons in the ingest module's
   * NotmuchOracleTest. A join across years (the 2025 reply to a 2021 root) is not made, since
   * the two files are ingested apart.
   */
  @Test
  void threadsAgreeWithNotmuchExceptSubjectJoinsWithinAYear() throws Exception {
    JsonNode oracle = new ObjectMapper().readTree(CorpusLocator.sharedOrSkip(
        "peer-corpora/ksummit/expected/expected-threads.json").toFile());
    assertThat(oracle.size()).isEqualTo(144);
    Set<String> joinedBySubject = new HashSet<>();
    for (IngestResult r : perFileInput) {
      for (Discussion d : r.discussions()) {
        for (ReplyNode n : d.tree().nodes().values()) {
          if (n.link() == Link.SUBJECT) {
            joinedBySubject.add(n.key().value());
          }
        }
      }
    }
    try (QuorumIndex index = QuorumIndex.open(perFile, CLOCK)) {
      Map<String, String> threadOf = new HashMap<>();
      for (ThreadSummary t : index.threads("", Integer.MAX_VALUE)) {
        index.messagesOf(t.thread()).forEach(k -> threadOf.put(k.value(), t.thread()));
      }
      Map<String, Set<Integer>> oracleThreadsIn = new HashMap<>();
      int messages = 0;
      for (int i = 0; i < oracle.size(); i++) {
        Set<String> indexThreads = new HashSet<>();
        for (JsonNode m : oracle.get(i)) {
          String id = m.get("message_id").asText();
          messages++;
          assertThat(threadOf).as("index holds %s", id).containsKey(id);
          indexThreads.add(threadOf.get(id));
        }
        assertThat(indexThreads).as("index threads of notmuch thread %d", i).hasSize(1);
        oracleThreadsIn.computeIfAbsent(indexThreads.iterator().next(), t -> new HashSet<>())
            .add(i);
      }
      assertThat(messages).isEqualTo(3112);
      List<String> merged = new ArrayList<>();
      oracleThreadsIn.forEach((t, ts) -> {
        if (ts.size() > 1) {
          merged.add(t);
        }
      });
      // each merge is made by a subject-joined message of that index thread
      for (String t : merged) {
        assertThat(index.messagesOf(t)).extracting(MessageKey::value)
            .as("index thread %s", t).containsAnyElementsOf(joinedBySubject);
      }
      // the two header-less richACL replies each bring their notmuch thread into the topic's
      assertThat(merged).hasSize(1);
      assertThat(oracleThreadsIn).as("index threads holding notmuch's 144").hasSize(142);
    }
  }

  @Test
  void findsTheRustDebates() throws Exception {
    try (QuorumIndex index = QuorumIndex.open(perFile, CLOCK)) {
      List<ThreadSummary> rust = index.threads("s:rust", 20);
      assertThat(rust.stream().mapToInt(ThreadSummary::messageCount).max().orElse(0))
          .isGreaterThan(100);
      SearchResults r = index.search("s:rust nq:unsafe d:2025..", 10);
      assertThat(r.hits()).isNotEmpty();
      assertThat(r.hits()).allMatch(h -> h.date().orElseThrow()
          .isAfter(Instant.parse("2025-01-01T00:00:00Z")));
      assertThat(r.hits().get(0).snippet().highlights()).isNotEmpty();
      assertThat(r.hits().get(0).snippet().field()).isEqualTo("own");
    }
  }
}
