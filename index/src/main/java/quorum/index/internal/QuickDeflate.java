package quorum.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.StoredFieldsWriter;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene 9.12's Deflate-compressed stored fields ({@code BEST_COMPRESSION}), written with
 * Deflate level {@value #LEVEL} instead of 6. Compressing the stored fields at level 6 was about
 * a tenth of an ingest's CPU, on the writer's thread (the stored message and the stored text
 * fields are about as large as the mbox). Level 3 is the highest without lazy match evaluation:
 * on the bench's synthetic mbox in blocks of 48 KB it took 0.8 s against level 6's 1.8 s, for
 * 8 % more bytes (bench/RESULTS.md, "Ingest, sixth pass").
 *
 * <p>The files are those of the standard format, byte for byte in layout (a chunk is a
 * dictionary of a sixtieth of it, then ten blocks, each deflated with the dictionary preset),
 * under the same format name and segment attribute, so any Lucene 9.12 reads them: only the
 * compressor differs, and a Deflate stream of any level inflates alike. Reading goes to the
 * standard format.
 */
final class QuickDeflate extends StoredFieldsFormat {
  /** The Deflate level. */
  static final int LEVEL = 3;
  /** What the standard format calls its data files, its chunk size and chunk limits. */
  private static final String FORMAT_NAME = "Lucene90StoredFieldsHighData";
  private static final int CHUNK_BYTES = 10 * 48 * 1024;
  private static final int CHUNK_DOCS = 4096;
  private static final int BLOCK_SHIFT = 10;
  /** Blocks per chunk, and how many times smaller than a block the dictionary is. */
  private static final int BLOCKS = 10;
  private static final int DICTIONARY_FRACTION = 6;

  private final Lucene90StoredFieldsFormat standard =
      new Lucene90StoredFieldsFormat(Lucene90StoredFieldsFormat.Mode.BEST_COMPRESSION);
  private final StoredFieldsFormat writing =
      new Lucene90CompressingStoredFieldsFormat(FORMAT_NAME, new Mode(), CHUNK_BYTES, CHUNK_DOCS,
          BLOCK_SHIFT);

  @Override
  public StoredFieldsReader fieldsReader(Directory dir, SegmentInfo si, FieldInfos fn,
      IOContext context) throws IOException {
    return standard.fieldsReader(dir, si, fn, context);
  }

  @Override
  public StoredFieldsWriter fieldsWriter(Directory dir, SegmentInfo si, IOContext context)
      throws IOException {
    String mode = Lucene90StoredFieldsFormat.Mode.BEST_COMPRESSION.name();
    String before = si.putAttribute(Lucene90StoredFieldsFormat.MODE_KEY, mode);
    if (before != null && !before.equals(mode)) {
      throw new IllegalStateException("segment " + si.name + " has stored fields mode " + before);
    }
    return writing.fieldsWriter(dir, si, context);
  }

  /** Compresses as described above; never asked to decompress (reading is the standard's). */
  private static final class Mode extends CompressionMode {
    @Override
    public Compressor newCompressor() {
      return new Chunks();
    }

    @Override
    public Decompressor newDecompressor() {
      return Lucene90StoredFieldsFormat.BEST_COMPRESSION_MODE.newDecompressor();
    }

    @Override
    public String toString() {
      return "BEST_COMPRESSION at Deflate level " + LEVEL;
    }
  }

  private static final class Chunks extends Compressor {
    private final Deflater deflater = new Deflater(LEVEL, true);
    private byte[] in = new byte[0];
    private byte[] out = new byte[1024];
    private boolean closed;

    @Override
    public void compress(ByteBuffersDataInput input, DataOutput output) throws IOException {
      int len = Math.toIntExact(input.length());
      in = ArrayUtil.growNoCopy(in, len);
      input.readBytes(in, 0, len);
      compress(in, 0, len, output);
    }

    private void compress(byte[] bytes, int off, int len, DataOutput output) throws IOException {
      int dictionary = len / (BLOCKS * DICTIONARY_FRACTION);
      int block = (len - dictionary + BLOCKS - 1) / BLOCKS;
      output.writeVInt(dictionary);
      output.writeVInt(block);
      deflater.reset();
      deflate(bytes, off, dictionary, output);
      // a copy: JDK 11 to 15 ignore the offset given to setDictionary (JDK-8252739)
      byte[] preset = Arrays.copyOfRange(bytes, off, off + dictionary);
      for (int start = off + dictionary, end = off + len; start < end; start += block) {
        deflater.reset();
        deflater.setDictionary(preset);
        deflate(bytes, start, Math.min(block, end - start), output);
      }
    }

    /** One raw Deflate stream of {@code len} bytes, after its length as a vint. */
    private void deflate(byte[] bytes, int off, int len, DataOutput output) throws IOException {
      if (len == 0) {
        output.writeVInt(0);
        return;
      }
      deflater.setInput(bytes, off, len);
      deflater.finish();
      int n = 0;
      while (true) {
        n += deflater.deflate(out, n, out.length - n);
        if (deflater.finished()) {
          break;
        }
        out = ArrayUtil.grow(out, out.length + 1);
      }
      output.writeVInt(n);
      output.writeBytes(out, n);
    }

    @Override
    public void close() {
      if (!closed) {
        deflater.end();
        closed = true;
      }
    }
  }
}
