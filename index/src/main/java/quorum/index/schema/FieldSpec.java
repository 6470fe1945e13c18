package quorum.index.schema;

import java.util.Objects;

/** One field of the schema: its name, kind, whether its values are stored, and what it holds. */
public record FieldSpec(String name, FieldKind kind, boolean stored, String description) {
  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    if (kind == FieldKind.UPDATABLE_LONG && stored) {
      throw new IllegalArgumentException("updatable field " + name + " cannot be stored");
    }
  }
}
