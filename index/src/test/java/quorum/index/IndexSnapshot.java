package quorum.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import quorum.index.internal.ThreadIds;
import quorum.index.schema.Fields;

/**
 * Every live document of an index on disk as one line, {@code key thread provenance hash},
 * sorted; the hash covers all stored fields, so two snapshots are equal only when the indexes
 * hold the same messages, in the same threads, with the same stored content.
 */
final class IndexSnapshot {
  private IndexSnapshot() {}

  /** The lines of the last commit; empty when nothing was ever committed. */
  static List<String> of(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return out;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        for (LeafReaderContext ctx : r.leaves()) {
          addLeaf(ctx.reader(), out);
        }
      }
    }
    Collections.sort(out);
    return out;
  }

  /** Keys that appear on more than one line. */
  static Set<String> duplicateKeys(List<String> lines) {
    Set<String> seen = new HashSet<>();
    Set<String> dups = new HashSet<>();
    for (String l : lines) {
      String key = l.substring(0, l.indexOf(' '));
      if (!seen.add(key)) {
        dups.add(key);
      }
    }
    return dups;
  }

  private static void addLeaf(LeafReader leaf, List<String> out) throws IOException {
    Bits live = leaf.getLiveDocs();
    NumericDocValues threads = leaf.getNumericDocValues(Fields.THREAD);
    StoredFields stored = leaf.storedFields();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document document = stored.document(doc);
      String thread = threads != null && threads.advanceExact(doc)
          ? ThreadIds.format(threads.longValue()) : "none";
      out.add(document.get(Fields.KEY) + " " + thread + " " + document.get(Fields.PROVENANCE)
          + " " + hash(document));
    }
  }

  private static String hash(Document document) {
    List<IndexableField> fields = new ArrayList<>(document.getFields());
    fields.sort(Comparator.comparing(IndexableField::name)); // stable: values keep their order
    StringBuilder b = new StringBuilder();
    for (IndexableField f : fields) {
      b.append(f.name()).append('=');
      if (f.stringValue() != null) {
        b.append(f.stringValue());
      } else if (f.binaryValue() != null) {
        b.append(HexFormat.of().formatHex(f.binaryValue().bytes, f.binaryValue().offset,
            f.binaryValue().offset + f.binaryValue().length));
      } else {
        b.append(f.numericValue());
      }
      b.append('\u0000');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
