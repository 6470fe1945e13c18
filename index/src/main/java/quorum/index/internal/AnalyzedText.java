package quorum.index.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import quorum.index.schema.FieldKind;
import quorum.index.schema.FieldSpec;
import quorum.index.schema.IndexDoc;
import quorum.index.schema.Schema;

/**
 * The text values of one {@link IndexDoc}, analyzed ahead ({@link CapturedTokens}). A value is
 * found again by field and by identity (the very {@code String} of the document it was made
 * from), so a document mapped anew, or a value that merely looks the same, is analyzed by the
 * writer as usual.
 */
public final class AnalyzedText {
  public static final AnalyzedText NONE = new AnalyzedText();

  private final Map<String, IdentityHashMap<Object, CapturedTokens>> byField = new HashMap<>();

  private AnalyzedText() {}

  /** Analyzes every text value of {@code doc} with its field's index-time analyzer. */
  public static AnalyzedText of(IndexDoc doc) {
    AnalyzedText a = new AnalyzedText();
    for (Map.Entry<String, List<Object>> e : doc.values().entrySet()) {
      FieldSpec spec = Schema.field(e.getKey());
      if (spec.kind() != FieldKind.PROSE && spec.kind() != FieldKind.CODE) {
        continue;
      }
      IdentityHashMap<Object, CapturedTokens> values = new IdentityHashMap<>();
      for (Object v : e.getValue()) {
        values.put(v, CapturedTokens.of(Schema.analyzer(spec.kind()), spec.name(), (String) v));
      }
      a.byField.put(spec.name(), values);
    }
    return a;
  }

  /** The tokens of {@code value} in {@code field}, or null when it was not analyzed here. */
  CapturedTokens get(String field, Object value) {
    IdentityHashMap<Object, CapturedTokens> values = byField.get(field);
    return values == null ? null : values.get(value);
  }
}
