package quorum.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Impact;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class IndexCodecTest {
  private static final String[] WORDS = {"lock", "barrier", "memory", "patch", "kernel", "fix",
      "review", "queue", "race", "page", "cache", "sched", "irq", "bpf", "net"};

  /** Documents where "quoted" is sparse; two are long enough for a negative norm. */
  private static List<Document> documents() {
    Random r = new Random(7);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Document d = new Document();
      d.add(new StringField("key", "m" + i, Field.Store.YES));
      d.add(new TextField("own", text(r, 1 + r.nextInt(30)), Field.Store.NO));
      if (i % 300 == 1) {
        d.add(new TextField("quoted", text(r, 70_000), Field.Store.NO));
      } else if (r.nextInt(5) == 0) {
        d.add(new TextField("quoted", text(r, 1 + r.nextInt(r.nextBoolean() ? 20 : 400)),
            Field.Store.NO));
      }
      docs.add(d);
    }
    return docs;
  }

  private static String text(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(50)).append(' ');
    }
    return b.toString();
  }

  private static Directory write(Codec codec) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setCodec(codec).setMergeScheduler(new SerialMergeScheduler()).setMaxBufferedDocs(150);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (Document d : documents()) {
        w.addDocument(d);
      }
      w.forceMerge(1);  // flushes of 150 documents, then one merge: both write postings
    }
    return dir;
  }

  @Test
  void writesWhatLuceneWritesAndIsReadByTheStandardCodec() throws IOException {
    try (Directory plain = write(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
         Directory ours = write(new IndexCodec());
         DirectoryReader a = DirectoryReader.open(plain);
         DirectoryReader b = DirectoryReader.open(ours)) {
      LeafReader la = a.leaves().get(0).reader();
      LeafReader lb = b.leaves().get(0).reader();
      assertThat(((SegmentReader) lb).getSegmentInfo().info.getCodec().getClass())
          .isEqualTo(Lucene912Codec.class);
      for (String field : List.of("own", "quoted", "key")) {
        assertSamePostings(la.terms(field), lb.terms(field));
      }
    }
  }

  private static void assertSamePostings(Terms a, Terms b) throws IOException {
    TermsEnum ta = a.iterator();
    TermsEnum tb = b.iterator();
    int terms = 0;
    while (ta.next() != null) {
      assertThat(tb.next()).isEqualTo(ta.term());
      ImpactsEnum ia = ta.impacts(PostingsEnum.FREQS);
      ImpactsEnum ib = tb.impacts(PostingsEnum.FREQS);
      for (int doc = ia.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ia.nextDoc()) {
        assertThat(ib.nextDoc()).isEqualTo(doc);
        assertThat(ib.freq()).isEqualTo(ia.freq());
        ia.advanceShallow(doc);
        ib.advanceShallow(doc);
        assertThat(impacts(ib.getImpacts())).isEqualTo(impacts(ia.getImpacts()));
      }
      assertThat(ib.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
      terms++;
    }
    assertThat(tb.next()).isNull();
    assertThat(terms).isPositive();
  }

  private static List<String> impacts(Impacts impacts) {
    List<String> all = new ArrayList<>();
    for (int level = 0; level < impacts.numLevels(); level++) {
      for (Impact i : impacts.getImpacts(level)) {
        all.add(level + ":" + i.freq + "/" + i.norm + "@" + impacts.getDocIdUpTo(level));
      }
    }
    return all;
  }

  /** Stored values of many sizes: single-block chunks, chunks of many documents, a huge one. */
  private static List<String> storedValues() {
    Random r = new Random(11);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int words = i == 1234 ? 300_000 : i % 97 == 0 ? 5_000 : r.nextInt(60);
      values.add(i + " " + text(r, words));
    }
    return values;
  }

  @Test
  void storedFieldsWrittenAtTheQuickLevelAreReadByTheStandardCodec() throws IOException {
    List<String> values = storedValues();
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setCodec(new IndexCodec()).setMergeScheduler(new SerialMergeScheduler())
        .setMaxBufferedDocs(700);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (String v : values) {
        Document d = new Document();
        d.add(new StoredField("text", v));
        d.add(new StoredField("bytes", v.getBytes(StandardCharsets.UTF_8)));
        w.addDocument(d);
      }
      w.commit();
      try (DirectoryReader flushed = DirectoryReader.open(dir)) {
        assertThat(flushed.leaves()).hasSizeGreaterThan(1);
        assertStored(flushed, values);
      }
      w.forceMerge(1);  // a merge writes the stored fields again, through the same compressor
    }
    try (DirectoryReader merged = DirectoryReader.open(dir)) {
      assertThat(merged.leaves()).hasSize(1);
      SegmentReader leaf = (SegmentReader) merged.leaves().get(0).reader();
      assertThat(leaf.getSegmentInfo().info.getAttribute(Lucene90StoredFieldsFormat.MODE_KEY))
          .isEqualTo("BEST_COMPRESSION");
      assertStored(merged, values);
    }
  }

  private static void assertStored(DirectoryReader reader, List<String> values)
      throws IOException {
    // each value starts with its number; segments need not be in the order they were written
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (var leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        Document d = stored.document(i);
        String text = d.get("text");
        int n = Integer.parseInt(text.substring(0, text.indexOf(' ')));
        assertThat(text).isEqualTo(values.get(n));
        assertThat(d.getBinaryValue("bytes").utf8ToString()).isEqualTo(values.get(n));
        assertThat(seen.add(n)).isTrue();
      }
    }
    assertThat(seen).hasSize(values.size());
  }

  @Test
  void loadedNormsGiveTheStoredValuesInAnyOrderOfLookups() throws IOException {
    try (Directory dir = write(new IndexCodec()); DirectoryReader r = DirectoryReader.open(dir)) {
      CodecReader leaf = (CodecReader) r.leaves().get(0).reader();
      NormsProducer stored = leaf.getNormsReader();
      LoadedNorms loaded = new LoadedNorms(stored.getMergeInstance(), leaf.maxDoc());
      for (String name : List.of("quoted", "own", "quoted")) {
        FieldInfo field = leaf.getFieldInfos().fieldInfo(name);
        Random rnd = new Random(name.hashCode());
        for (int round = 0; round < 20; round++) {
          NumericDocValues want = stored.getNorms(field);
          NumericDocValues got = loaded.getNorms(field);
          for (int doc = rnd.nextInt(8); doc < leaf.maxDoc(); doc += 1 + rnd.nextInt(40)) {
            boolean has = want.advanceExact(doc);
            assertThat(got.advanceExact(doc)).isEqualTo(has);
            if (has) {
              assertThat(got.longValue()).isEqualTo(want.longValue());
            }
          }
        }
        NumericDocValues want = stored.getNorms(field);
        NumericDocValues got = loaded.getNorms(field);
        assertThat(got.cost()).isEqualTo(want.cost());
        long least = Long.MAX_VALUE;
        for (int doc = want.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = want.nextDoc()) {
          assertThat(got.nextDoc()).isEqualTo(doc);
          assertThat(got.longValue()).isEqualTo(want.longValue());
          least = Math.min(least, want.longValue());
        }
        assertThat(got.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
        if (name.equals("quoted")) {
          assertThat(least).as("long texts have norms below 0 (a signed byte)").isNegative();
        }
      }
    }
  }
}
