package quorum.index.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message as backend-neutral field values: each name is a {@link Fields} constant, each
 * value a {@code String}, {@code Long} or {@code Integer} as its {@link FieldKind} requires. A
 * Lucene or Solr backend turns it into its own document type.
 */
public final class IndexDoc {
  private final String key;
  private final Map<String, List<Object>> values = new LinkedHashMap<>();

  IndexDoc(String key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  public String key() {
    return key;
  }

  /** Field name to values, in the order added. */
  public Map<String, List<Object>> values() {
    return Collections.unmodifiableMap(values);
  }

  public List<Object> get(String field) {
    return values.getOrDefault(field, List.of());
  }

  /** The first value of a field, if any, as text. */
  public String first(String field) {
    List<Object> v = get(field);
    return v.isEmpty() ? "" : String.valueOf(v.get(0));
  }

  IndexDoc add(String field, Object value) {
    Schema.field(field);
    values.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    return this;
  }

  /** Replaces every value of a field by {@code value}, keeping the field's place. */
  IndexDoc replace(String field, Object value) {
    Schema.field(field);
    List<Object> one = new ArrayList<>(1);
    one.add(value);
    values.put(field, one);
    return this;
  }

  IndexDoc addText(String field, String text) {
    return text.isBlank() ? this : add(field, text);
  }
}
