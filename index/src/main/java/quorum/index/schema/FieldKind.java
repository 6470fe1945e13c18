package quorum.index.schema;

/** How a field is indexed; a backend maps each kind to its own field types. */
public enum FieldKind {
  /** One exact term, not analyzed (identity, provenance, series name). */
  KEYWORD,
  /** Prose: identifiers kept whole and split, lowercased, English stemming. */
  PROSE,
  /** Code and addresses: identifiers kept whole and split, lowercased, no stemming. */
  CODE,
  /** A long that is range-searchable and sortable (dates as epoch milliseconds). */
  LONG,
  /** An int that is range-searchable and sortable (series version, part). */
  INT,
  /** A long kept only as a per-document value that can be updated in place (thread id). */
  UPDATABLE_LONG,
  /** Stored for display only, not searchable. */
  STORED,
  /** Bytes stored (compressed with the stored fields), not searchable. */
  STORED_BYTES,
  /**
   * Bytes kept as a per-document value, read by position without the stored fields, and
   * updatable in place (the thread subject).
   */
  DOC_BYTES
}
