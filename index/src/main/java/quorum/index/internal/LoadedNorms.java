package quorum.index.internal;

import java.io.IOException;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A flush or merge instance of a segment's norms that reads a field's norms once into an
 * array indexed by document; every {@link #getNorms} of that field then iterates the array,
 * so advancing to a document costs the same wherever it lies ({@link IndexCodec} says why that
 * matters). Postings are written field by field, so only the last field read is kept: one byte
 * per document of the segment.
 *
 * <p>Lucene never writes a norm of 0 (a field without tokens has none), so 0 marks a document
 * without the field. BM25 norms are one signed byte (a length encoded by
 * {@code SmallFloat.intToByte4}); a field whose norms do not fit one (another similarity) is
 * read from the delegate as before.
 */
final class LoadedNorms extends NormsProducer {
  private final NormsProducer delegate;
  private final int maxDoc;
  private String field;
  private byte[] norms;
  private int count;

  LoadedNorms(NormsProducer delegate, int maxDoc) {
    this.delegate = delegate;
    this.maxDoc = maxDoc;
  }

  @Override
  public NumericDocValues getNorms(FieldInfo info) throws IOException {
    if (!info.name.equals(field)) {
      field = null;
      norms = load(delegate.getNorms(info));
      field = info.name;
    }
    return norms == null ? delegate.getNorms(info) : new Iterator(norms, count);
  }

  /** The norms of one field by document, or null when they do not fit non-zero bytes. */
  private byte[] load(NumericDocValues values) throws IOException {
    byte[] byDoc = new byte[maxDoc];
    int n = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = values.nextDoc()) {
      long v = values.longValue();
      if (v == 0 || v != (byte) v) {
        return null;
      }
      byDoc[doc] = (byte) v;
      n++;
    }
    count = n;
    return byDoc;
  }

  @Override
  public void checkIntegrity() throws IOException {
    delegate.checkIntegrity();
  }

  @Override
  public NormsProducer getMergeInstance() {
    return this;
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }

  /** The documents with a norm, in order; advancing by target is a lookup. */
  private static final class Iterator extends NumericDocValues {
    private final byte[] norms;
    private final int count;
    private int doc = -1;

    Iterator(byte[] norms, int count) {
      this.norms = norms;
      this.count = count;
    }

    @Override
    public long longValue() {
      return norms[doc];
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      return norms[target] != 0;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      for (int d = target; d < norms.length; d++) {
        if (norms[d] != 0) {
          return doc = d;
        }
      }
      return doc = NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return count;
    }
  }
}
