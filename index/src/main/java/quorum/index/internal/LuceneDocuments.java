package quorum.index.internal;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import quorum.index.schema.FieldSpec;
import quorum.index.schema.Fields;
import quorum.index.schema.IndexDoc;
import quorum.index.schema.Schema;

/** Turns a backend-neutral {@link IndexDoc} into a Lucene document, field kind by field kind. */
public final class LuceneDocuments {
  /** Stored text: positions and offsets, so the highlighter reads offsets from the postings. */
  private static final FieldType STORED_TEXT = textType(true);
  private static final FieldType TEXT = textType(false);

  private LuceneDocuments() {}

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(stored ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
        : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }

  public static Document of(IndexDoc doc) {
    Document d = new Document();
    for (Map.Entry<String, List<Object>> e : doc.values().entrySet()) {
      FieldSpec spec = Schema.field(e.getKey());
      for (Object v : e.getValue()) {
        add(d, spec, v);
      }
    }
    return d;
  }

  private static void add(Document d, FieldSpec spec, Object v) {
    String name = spec.name();
    Field.Store store = spec.stored() ? Field.Store.YES : Field.Store.NO;
    switch (spec.kind()) {
      case KEYWORD:
        d.add(name.equals(Fields.KEY) ? new KeywordField(name, (String) v, store)
            : new StringField(name, (String) v, store));
        break;
      case PROSE:
      case CODE:
        d.add(new Field(name, (String) v, spec.stored() ? STORED_TEXT : TEXT));
        break;
      case LONG:
        long l = (Long) v;
        d.add(new LongPoint(name, l));
        d.add(new NumericDocValuesField(name, l));
        if (spec.stored()) {
          d.add(new StoredField(name, l));
        }
        break;
      case INT:
        int i = (Integer) v;
        d.add(new IntPoint(name, i));
        d.add(new SortedNumericDocValuesField(name, i));
        if (spec.stored()) {
          d.add(new StoredField(name, i));
        }
        break;
      case UPDATABLE_LONG:
        d.add(new NumericDocValuesField(name, (Long) v));
        break;
      case STORED:
        if (v instanceof Integer) {
          d.add(new StoredField(name, (Integer) v));
        } else {
          d.add(new StoredField(name, String.valueOf(v)));
        }
        break;
      case STORED_BYTES:
        d.add(new StoredField(name, (byte[]) v));
        break;
      case DOC_BYTES:
        d.add(new BinaryDocValuesField(name, new BytesRef((byte[]) v)));
        break;
      default:
        throw new IllegalStateException("unmapped kind " + spec.kind());
    }
  }
}
