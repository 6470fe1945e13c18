package quorum.index.internal;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The codec the writer uses: Lucene 9.12's, with Deflate-compressed stored fields (the stored
 * messages are most of the index, and a thread is read a few messages at a time, so the slower
 * decode does not show), writing exactly the files that codec writes and under its name, so any
 * Lucene 9.12 reads the index without quorum.
 *
 * <p>Two things differ in how files are written, not in what they hold. Stored fields are
 * compressed at a faster Deflate level ({@link QuickDeflate}). And postings at a flush or merge:
 * for every term the postings writer asks for a fresh norms iterator of the field and advances it
 * to each document of the term; in a field that only some documents have (quoted text, patches,
 * trailers) the norms are sparse, and a fresh sparse iterator scans from the start of its block
 * every time, so writing postings cost about the number of terms times the documents of the field:
 * half of every flush in a profile of a 20 000-message ingest. Here the flush and merge instance
 * reads a field's norms once into an array indexed by document, and each term's iterator is a
 * lookup in it.
 */
public final class IndexCodec extends FilterCodec {
  /** The name of the codec this one writes as. */
  static final String NAME = "Lucene912";

  private final NormsFormat norms;
  private final StoredFieldsFormat storedFields = new QuickDeflate();

  public IndexCodec() {
    super(NAME, new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
    this.norms = new LoadingNormsFormat(delegate.normsFormat());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  @Override
  public NormsFormat normsFormat() {
    return norms;
  }

  private static final class LoadingNormsFormat extends NormsFormat {
    private final NormsFormat delegate;

    LoadingNormsFormat(NormsFormat delegate) {
      this.delegate = delegate;
    }

    @Override
    public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
      return delegate.normsConsumer(state);
    }

    @Override
    public NormsProducer normsProducer(SegmentReadState state) throws IOException {
      return new MergingNorms(delegate.normsProducer(state), state.segmentInfo.maxDoc());
    }
  }

  /** Reads as the delegate does; its merge instance loads each field's norms once. */
  private static final class MergingNorms extends NormsProducer {
    private final NormsProducer delegate;
    private final int maxDoc;

    MergingNorms(NormsProducer delegate, int maxDoc) {
      this.delegate = delegate;
      this.maxDoc = maxDoc;
    }

    @Override
    public NumericDocValues getNorms(FieldInfo field) throws IOException {
      return delegate.getNorms(field);
    }

    @Override
    public void checkIntegrity() throws IOException {
      delegate.checkIntegrity();
    }

    @Override
    public NormsProducer getMergeInstance() {
      return new LoadedNorms(delegate.getMergeInstance(), maxDoc);
    }

    @Override
    public void close() throws IOException {
      delegate.close();
    }
  }
}
