package quorum.bench.ceiling;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.james.mime4j.MimeException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import quorum.bench.corpus.MboxSplitter;

/**
 * The ceiling of issue #7: what one JVM thread does with the same mbox when all it does is a
 * plain Mime4J parse ({@link PlainParse}), and then the same parse feeding a plain Lucene
 * IndexWriter (StandardAnalyzer; id, from, subject, date and body text). Prints
 * {@code ceiling.*} lines: messages, seconds of each pass, index bytes.
 */
public final class CeilingBench {
  private CeilingBench() {}

  public static void run(Path mbox, Path indexDir, PrintStream out) throws IOException {
    PlainParse parser = new PlainParse();
    int[] failed = {0};
    long t0 = System.nanoTime();
    int parsed = MboxSplitter.split(mbox, raw -> {
      try {
        parser.parse(raw);
      } catch (MimeException | RuntimeException e) {
        failed[0]++;
      }
    });
    double parseSeconds = (System.nanoTime() - t0) / 1e9;

    deleteTree(indexDir);
    long t1 = System.nanoTime();
    int indexed;
    try (FSDirectory dir = FSDirectory.open(indexDir);
         IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
             .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      indexed = MboxSplitter.split(mbox, raw -> {
        try {
          w.addDocument(document(parser.parse(raw)));
        } catch (MimeException | RuntimeException e) {
          // counted in the parse pass
        }
      });
      w.commit();
    }
    double indexSeconds = (System.nanoTime() - t1) / 1e9;
    out.printf(Locale.ROOT, "ceiling.messages\t%d%n", parsed);
    out.printf(Locale.ROOT, "ceiling.unparsed\t%d%n", failed[0]);
    out.printf(Locale.ROOT, "ceiling.parse_s\t%.3f%n", parseSeconds);
    out.printf(Locale.ROOT, "ceiling.index_s\t%.3f%n", indexSeconds);
    out.printf(Locale.ROOT, "ceiling.index_bytes\t%d%n", size(indexDir));
    if (indexed != parsed) {
      throw new IllegalStateException("second pass read " + indexed + " messages, first " + parsed);
    }
  }

  private static Document document(PlainParse.Parsed p) {
    Document d = new Document();
    d.add(new StringField("id", p.messageId(), Field.Store.YES));
    d.add(new TextField("from", p.from(), Field.Store.YES));
    d.add(new TextField("subject", p.subject(), Field.Store.YES));
    d.add(new LongPoint("date", p.date()));
    d.add(new StoredField("date", p.date()));
    d.add(new TextField("body", p.text(), Field.Store.NO));
    return d;
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
