package quorum.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import quorum.index.schema.Fields;
import quorum.index.schema.ThreadSubject;

/**
 * The per-document thread subject ({@link Fields#THREAD_SUBJECT}): read for hits at search
 * time, and set right at ingest for the threads a writer session changed.
 */
public final class ThreadSubjects {
  private ThreadSubjects() {}

  /**
   * The thread subjects of {@code globalDocs} (any order), in the order given; null for a
   * document without one.
   */
  static String[] read(IndexReader reader, int[] globalDocs) throws IOException {
    int n = globalDocs.length;
    String[] out = new String[n];
    if (n == 0) {
      return out;
    }
    // doc values are read forwards: visit the documents in increasing order
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = ((long) globalDocs[i] << 32) | i;
    }
    Arrays.sort(pairs);
    int at = 0;
    for (LeafReaderContext ctx : reader.leaves()) {
      int end = ctx.docBase + ctx.reader().maxDoc();
      if (at >= n || (int) (pairs[at] >>> 32) >= end) {
        continue;
      }
      BinaryDocValues values = ctx.reader().getBinaryDocValues(Fields.THREAD_SUBJECT);
      int previous = -1;
      String last = null;
      for (; at < n && (int) (pairs[at] >>> 32) < end; at++) {
        int doc = (int) (pairs[at] >>> 32) - ctx.docBase;
        if (doc != previous) {
          last = values != null && values.advanceExact(doc) ? decode(values.binaryValue()) : null;
          previous = doc;
        }
        out[(int) pairs[at]] = last;
      }
    }
    if (at < n) {
      throw new IllegalArgumentException("doc id " + (pairs[at] >>> 32) + " beyond the index");
    }
    return out;
  }

  private static String decode(BytesRef b) {
    return new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
  }

  /**
   * Recomputes the subject of each of {@code threads} from its live members in {@code reader}
   * and rewrites the value of every member that holds another one (in place, through
   * {@link IndexWriter#updateBinaryDocValue}); returns how many were rewritten. A thread whose
   * members changed after a document was written (another discussion joined it, a merge, a
   * quote-only node replaced) would otherwise keep the subject its first discussion gave it.
   * {@code reader} must see everything given to {@code writer}.
   */
  public static int rewrite(IndexWriter writer, IndexReader reader, Set<Long> threads)
      throws IOException {
    Map<Long, List<Integer>> members = ThreadCatalog.members(reader, threads);
    int[] docs = members.values().stream().flatMap(List::stream).mapToInt(Integer::intValue)
        .toArray();
    ResultRows.Row[] rows = ResultRows.load(reader, docs);
    String[] held = read(reader, docs);
    int rewritten = 0;
    int at = 0;
    for (List<Integer> thread : members.values()) {
      List<ThreadSubject.Member> of = new ArrayList<>(thread.size());
      for (int i = at; i < at + thread.size(); i++) {
        of.add(ThreadCatalog.member(rows[i].toDocument()));
      }
      String subject = ThreadSubject.of(of);
      for (int i = at; i < at + thread.size(); i++) {
        if (!subject.equals(held[i])) {
          writer.updateBinaryDocValue(new Term(Fields.KEY, rows[i].key()), Fields.THREAD_SUBJECT,
              new BytesRef(ThreadSubject.encode(subject)));
          rewritten++;
        }
      }
      at += thread.size();
    }
    return rewritten;
  }
}
