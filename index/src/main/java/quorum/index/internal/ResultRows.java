package quorum.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import quorum.index.schema.Fields;
import quorum.index.schema.ResultLine;

/**
 * What result lists and thread summaries show of many documents, read in one pass in document
 * order from per-document values ({@link Fields#RESULT_LINE}, date, thread, series version).
 * A segment written before the result line existed is read from its stored fields instead,
 * which gives the same rows, slower: each stored read decompresses a block of whole messages.
 */
final class ResultRows {
  private static final Set<String> STORED = Set.of(Fields.KEY, Fields.SUBJECT, Fields.FROM_NAME,
      Fields.FROM_ADDRESS, Fields.DATE, Fields.DATE_TEXT, Fields.PROVENANCE, Fields.SERIES_VERSION);

  /**
   * One document's row. The result line is kept as its encoded bytes and decoded when asked
   * for: a listing of 90 000 hits held all their decoded lines (six strings each, 50 MB) from
   * loading to printing, and the young collection that copied them took a sixth of the search.
   */
  static final class Row {
    private final byte[] encoded;
    private final ResultLine decoded;
    private final long date;
    private final long thread;
    private final int seriesVersion;

    /**
     * @param date epoch milliseconds, or {@link Long#MIN_VALUE} when unknown
     * @param thread the thread id, or -1 when missing
     * @param seriesVersion the patch series version, or -1 when none
     */
    Row(ResultLine line, long date, long thread, int seriesVersion) {
      this(null, line, date, thread, seriesVersion);
    }

    private Row(byte[] encoded, ResultLine decoded, long date, long thread, int seriesVersion) {
      this.encoded = encoded;
      this.decoded = decoded;
      this.date = date;
      this.thread = thread;
      this.seriesVersion = seriesVersion;
    }

    /** The line, decoded anew at each call (callers ask once per row). */
    ResultLine line() {
      return decoded != null ? decoded : ResultLine.decode(encoded, 0, encoded.length);
    }

    String key() {
      return decoded != null ? decoded.key() : ResultLine.field(encoded, 0, encoded.length, 0);
    }

    boolean subjectBlank() {
      return decoded != null ? decoded.subject().isBlank()
          : ResultLine.isBlank(encoded, 0, encoded.length, 1);
    }

    long date() {
      return date;
    }

    long thread() {
      return thread;
    }

    int seriesVersion() {
      return seriesVersion;
    }

    boolean hasDate() {
      return date != Long.MIN_VALUE;
    }

    /** The row as the stored fields of its document would give it. */
    Document toDocument() {
      ResultLine line = line();
      Document d = new Document();
      addIfSet(d, Fields.KEY, line.key());
      addIfSet(d, Fields.SUBJECT, line.subject());
      addIfSet(d, Fields.FROM_NAME, line.fromName());
      addIfSet(d, Fields.FROM_ADDRESS, line.fromAddress());
      addIfSet(d, Fields.DATE_TEXT, line.dateText());
      addIfSet(d, Fields.PROVENANCE, line.provenance());
      if (hasDate()) {
        d.add(new StoredField(Fields.DATE, date));
      }
      if (seriesVersion >= 0) {
        d.add(new StoredField(Fields.SERIES_VERSION, seriesVersion));
      }
      return d;
    }

    private static void addIfSet(Document d, String field, String value) {
      if (!value.isEmpty()) {
        d.add(new StoredField(field, value));
      }
    }
  }

  private ResultRows() {}

  /** The rows of {@code globalDocs} (any order, repeats allowed), in the order given. */
  static Row[] load(IndexReader reader, int[] globalDocs) throws IOException {
    int[] order = inDocOrder(globalDocs);
    Row[] rows = new Row[globalDocs.length];
    List<LeafReaderContext> leaves = reader.leaves();
    int at = 0;
    for (LeafReaderContext ctx : leaves) {
      int end = ctx.docBase + ctx.reader().maxDoc();
      if (at >= order.length || globalDocs[order[at]] >= end) {
        continue;
      }
      Leaf leaf = new Leaf(ctx.reader());
      int previous = -1;
      Row last = null;
      for (; at < order.length && globalDocs[order[at]] < end; at++) {
        int doc = globalDocs[order[at]] - ctx.docBase;
        if (doc != previous) {
          last = leaf.row(doc);
          previous = doc;
        }
        rows[order[at]] = last;
      }
    }
    if (at < order.length) {
      throw new IllegalArgumentException("doc id " + globalDocs[order[at]] + " beyond the index");
    }
    return rows;
  }

  /**
   * Positions of {@code globalDocs} by increasing doc id (ties by position). Every match of a
   * query arrives in doc order already, so that case costs one pass; otherwise the pairs are
   * sorted as longs (doc id in the high half), without boxing.
   */
  private static int[] inDocOrder(int[] globalDocs) {
    int n = globalDocs.length;
    int[] order = new int[n];
    boolean ascending = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      ascending &= i == 0 || globalDocs[i - 1] <= globalDocs[i];
    }
    if (ascending) {
      return order;
    }
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = ((long) globalDocs[i] << 32) | i;
    }
    Arrays.sort(pairs);
    for (int i = 0; i < n; i++) {
      order[i] = (int) pairs[i];
    }
    return order;
  }

  /** Per-segment iterators, advanced in increasing document order. */
  private static final class Leaf {
    private final BinaryDocValues lines;
    private final NumericDocValues dates;
    private final NumericDocValues threads;
    private final SortedNumericDocValues versions;
    private final LeafReader reader;
    private StoredFields stored;

    Leaf(LeafReader reader) throws IOException {
      lines = reader.getBinaryDocValues(Fields.RESULT_LINE);
      dates = reader.getNumericDocValues(Fields.DATE);
      threads = reader.getNumericDocValues(Fields.THREAD);
      versions = reader.getSortedNumericDocValues(Fields.SERIES_VERSION);
      this.reader = reader;
    }

    Row row(int doc) throws IOException {
      long thread = threads != null && threads.advanceExact(doc) ? threads.longValue() : -1;
      if (lines == null || !lines.advanceExact(doc)) {
        return fromStored(doc, thread);
      }
      BytesRef b = lines.binaryValue();
      byte[] line = Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
      long date = dates != null && dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
      int version = versions != null && versions.advanceExact(doc) && versions.docValueCount() > 0
          ? (int) versions.nextValue() : -1;
      return new Row(line, null, date, thread, version);
    }

    private Row fromStored(int doc, long thread) throws IOException {
      // a segment, or documents merged into one, from before the result line existed
      if (stored == null) {
        stored = reader.storedFields();
      }
      Document d = stored.document(doc, STORED);
      var date = d.getField(Fields.DATE);
      var version = d.getField(Fields.SERIES_VERSION);
      return new Row(new ResultLine(orEmpty(d.get(Fields.KEY)), orEmpty(d.get(Fields.SUBJECT)),
          orEmpty(d.get(Fields.FROM_NAME)), orEmpty(d.get(Fields.FROM_ADDRESS)),
          orEmpty(d.get(Fields.DATE_TEXT)), orEmpty(d.get(Fields.PROVENANCE))),
          date == null || date.numericValue() == null ? Long.MIN_VALUE : date.numericValue().longValue(),
          thread,
          version == null || version.numericValue() == null ? -1 : version.numericValue().intValue());
    }

    private static String orEmpty(String s) {
      return s == null ? "" : s;
    }
  }
}
