package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.index.internal.ThreadCatalog;
import quorum.index.schema.Fields;

/**
 * The per-document thread subject ingest writes ({@link Fields#THREAD_SUBJECT}), read from a
 * real index on disk: right for a new thread, rewritten when a later ingest gives the thread an
 * earlier message or merges two threads, and what a result line of a message without a subject
 * shows.
 */
class ThreadSubjectTest {
  @TempDir
  Path tmp;

  @Test
  void anEarlierMessageIngestedLaterGivesEveryMemberItsSubject() throws Exception {
    Path dir = tmp.resolve("idx");
    try (QuorumIndex index = QuorumIndex.create(dir, QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(
            Mail.id("r1@example.org").subject("Re: sched: fair wakeup latency")
                .date("2023-01-10T09:00:00Z").replyTo("root@example.org").own("I see the regression too.").build(),
            Mail.id("r2@example.org").subject("").date("2023-01-11T09:00:00Z")
                .replyTo("root@example.org", "r1@example.org").own("Bisected to the wakeup change.").build()));
      }
      // the root is missing: the earliest message with a subject names the thread
      assertThat(held(dir)).isEqualTo(Map.of(
          "r1@example.org", "Re: sched: fair wakeup latency",
          "r2@example.org", "Re: sched: fair wakeup latency"));

      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(Mail.id("root@example.org").subject("sched: fair wakeup latency")
            .date("2023-01-09T09:00:00Z").own("Wakeups take longer since the last merge.").build()));
      }
      assertThat(held(dir)).isEqualTo(Map.of(
          "root@example.org", "sched: fair wakeup latency",
          "r1@example.org", "sched: fair wakeup latency",
          "r2@example.org", "sched: fair wakeup latency"));
      assertThat(held(dir)).isEqualTo(summarized(dir));

      // the result line of the message without a subject shows the thread's, from the value
      List<SearchHit> hits = new ArrayList<>();
      index.search("bisected", 10, new HitOptions(0, false), hits::add);
      assertThat(hits).singleElement().satisfies(h -> {
        assertThat(h.subject()).isEmpty();
        assertThat(h.threadSubject()).isEqualTo("sched: fair wakeup latency");
      });
    }
  }

  @Test
  void mergedThreadsTakeTheSubjectOfTheEarliestMail() throws Exception {
    Path dir = tmp.resolve("idx");
    try (QuorumIndex index = QuorumIndex.create(dir, QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(Mail.id("a@example.org").subject("mm: page cache limits")
            .date("2023-02-01T10:00:00Z").own("Limits per cgroup?").build()));
        w.add(Mail.thread(Mail.id("b@example.org").subject("mm: reclaim under pressure")
            .date("2023-01-20T10:00:00Z").own("Reclaim stalls for seconds.").build(),
            Mail.id("b2@example.org").subject("Re: mm: reclaim under pressure")
                .date("2023-01-21T10:00:00Z").replyTo("b@example.org").own("Which kernel?").build()));
      }
      assertThat(held(dir)).containsEntry("a@example.org", "mm: page cache limits");
      try (IndexWriterSession w = index.writer()) {
        // one reply that references both: the two threads become one
        w.add(Mail.thread(Mail.id("c@example.org").subject("Re: mm: page cache limits")
            .date("2023-02-02T10:00:00Z").replyTo("b@example.org", "a@example.org")
            .own("Both are the same problem.").build()));
      }
      assertThat(held(dir)).isEqualTo(Map.of(
          "a@example.org", "mm: reclaim under pressure",
          "b@example.org", "mm: reclaim under pressure",
          "b2@example.org", "mm: reclaim under pressure",
          "c@example.org", "mm: reclaim under pressure"));
      assertThat(held(dir)).isEqualTo(summarized(dir));
    }
  }

  @Test
  void quoteOnlyNodesDoNotNameAThreadThatHasMail() throws Exception {
    Path dir = tmp.resolve("idx");
    try (QuorumIndex index = QuorumIndex.create(dir, QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(
            Mail.id("quorum:q-early").subject("Quoted: early words").quotedOnly()
                .date("2023-01-01T00:00:00Z").own("early words").build(),
            Mail.id("m1@example.org").subject("").date("2023-01-02T00:00:00Z")
                .replyTo("m0@example.org").own("a reply without a subject").build(),
            Mail.id("m2@example.org").subject("Re: net: busy polling")
                .date("2023-01-03T00:00:00Z").replyTo("m1@example.org").own("later").build()));
      }
      Map<String, String> held = held(dir);
      assertThat(held.values()).containsOnly("Re: net: busy polling");
      assertThat(held).isEqualTo(summarized(dir));
    }
  }

  /** Every live document's value, by key. */
  static Map<String, String> held(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext ctx : r.leaves()) {
        LeafReader leaf = ctx.reader();
        BinaryDocValues values = leaf.getBinaryDocValues(Fields.THREAD_SUBJECT);
        Bits live = leaf.getLiveDocs();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String key = leaf.storedFields().document(doc, Set.of(Fields.KEY)).get(Fields.KEY);
          String value = null;
          if (values != null && values.advanceExact(doc)) {
            BytesRef b = values.binaryValue();
            value = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
          }
          out.put(key, value);
        }
      }
    }
    return out;
  }

  /** Every live document's thread subject as the thread summary gives it, by key. */
  static Map<String, String> summarized(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      Map<String, Long> threadOf = new TreeMap<>();
      for (LeafReaderContext ctx : r.leaves()) {
        LeafReader leaf = ctx.reader();
        NumericDocValues threads = leaf.getNumericDocValues(Fields.THREAD);
        Bits live = leaf.getLiveDocs();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && threads.advanceExact(doc)) {
            threadOf.put(leaf.storedFields().document(doc, Set.of(Fields.KEY)).get(Fields.KEY),
                threads.longValue());
          }
        }
      }
      Map<Long, ThreadSummary> summaries = ThreadCatalog.summaries(r,
          new HashSet<>(threadOf.values()));
      threadOf.forEach((key, t) -> out.put(key, summaries.get(t).subject()));
    }
    return out;
  }
}
