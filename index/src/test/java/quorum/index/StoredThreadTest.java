package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.index.schema.Fields;
import quorum.index.schema.MessageCodec;
import quorum.index.schema.Schema;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.Provenance;
import quorum.testing.CorpusLocator;

/** A thread read back from the index rebuilds the discussion that reading the file gives. */
class StoredThreadTest {
  @TempDir
  static Path tmp;
  static QuorumIndex index;
  static Discussion fromFile;

  @BeforeAll
  static void ingest() throws Exception {
    Path seed = CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.txt");
    Path v1 = CorpusLocator.corpus("series/corvid-errno-policy-v1.mbox");
    List<Discussion> seedThreads = new Ingester(IngestOptions.LENIENT).ingest(List.of(seed))
        .discussions();
    fromFile = new Ingester(IngestOptions.LENIENT).ingest(List.of(v1)).discussions().get(0);
    index = QuorumIndex.create(tmp.resolve("idx"), QuorumIndexTest.CLOCK);
    try (IndexWriterSession w = index.writer()) {
      w.addAll(seedThreads);
      w.add(fromFile);
    }
  }

  @Test
  void aThreadFoundByAnyMessageIdRebuildsTheSameDiscussion() throws Exception {
    Message reply = fromFile.messages().get(fromFile.messages().size() - 1);
    IndexedThread stored = index.thread("<" + reply.key().value() + ">").orElseThrow();
    List<Discussion> rebuilt = new Ingester(IngestOptions.LENIENT).assemble(stored.messages())
        .discussions();
    assertThat(rebuilt).hasSize(1);
    Discussion d = rebuilt.get(0);
    assertThat(d.subject()).isEqualTo(fromFile.subject());
    assertThat(d.tree()).isEqualTo(fromFile.tree());
    assertThat(d.messages()).hasSameSizeAs(fromFile.messages());
    for (int i = 0; i < d.messages().size(); i++) {
      assertThat(d.messages().get(i).withSegments(List.of()))
          .isEqualTo(fromFile.messages().get(i).withSegments(List.of()));
      assertThat(d.messages().get(i).segments()).isEqualTo(fromFile.messages().get(i).segments());
    }
  }

  @Test
  void aThreadIdAsThreadsPrintsItFindsTheThreadAndOnlyRealMailIsStored() throws Exception {
    String id = index.threads("s:\"error-return convention\"", 10).get(0).thread();
    IndexedThread stored = index.thread(id).orElseThrow();
    assertThat(stored.thread()).isEqualTo(id);
    long real = fromFile.messages().stream()
        .filter(m -> m.provenance() != Provenance.QUOTED_ONLY).count();
    assertThat(stored.messages()).hasSize((int) real);
  }

  @Test
  void unknownReferencesFindNothing() throws Exception {
    assertThat(index.thread("0123456789abcdef")).isEmpty();
    assertThat(index.thread("<nobody@example.org>")).isEmpty();
    assertThat(index.thread("not an id at all <")).isEmpty();
  }

  @Test
  void anIndexOfThisVersionWrittenBeforeMessagesWereStoredAsksForARebuild() throws Exception {
    Path old = tmp.resolve("no-messages");
    try (FSDirectory dir = FSDirectory.open(old);
         IndexWriter w = new IndexWriter(dir,
             new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new KeywordField(Fields.KEY,
          "a@example.org", Field.Store.YES));
      doc.add(new NumericDocValuesField(
          Fields.THREAD, 42L));
      doc.add(new StringField(Fields.PROVENANCE,
          "mail", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("quorum.schema",
          Integer.toString(Schema.VERSION)).entrySet());
      w.commit();
    }
    try (QuorumIndex index = QuorumIndex.open(old)) {
      assertThatThrownBy(() -> index.thread("<a@example.org>"))
          .isInstanceOfSatisfying(IndexException.class,
              e -> assertThat(e.kind()).isEqualTo(IndexException.Kind.INCOMPATIBLE))
          .hasMessage("index at " + old.toAbsolutePath()
              + " was written by a quorum that did not store messages yet; move it away and "
              + "ingest again");
    }
  }

  @Test
  void theCodecKeepsEveryFieldOfAMessageAsRead() {
    for (Message m : fromFile.messages()) {
      Message plain = m.withSegments(List.of());
      assertThat(MessageCodec.decode(MessageCodec.encode(m))).isEqualTo(plain);
    }
  }
}
