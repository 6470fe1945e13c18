package quorum.ingest;

/**
 * Per-message bounds that keep one hostile message from costing unbounded time or memory. A
 * message over a bound is still read, cut down to the bound, with a WARN that names the bound
 * (only the size bound, {@link IngestOptions#maxMessageBytes()}, rejects a message whole).
 *
 * @param maxMimeParts body parts read; the text of later parts is skipped
 * @param maxMimeDepth nesting of multiparts and attached messages; deeper parts are skipped
 * @param maxHeaderChars characters kept of a Subject or From value (the rest is cut)
 * @param maxReferences ids kept of a References field: the first (the thread root) and the
 *     last {@code maxReferences - 1} (the nearest ancestors)
 * @param maxQuoteDepth quote markers read at the start of a line; a deeper line is read at this
 *     depth
 */
public record MessageLimits(int maxMimeParts, int maxMimeDepth, int maxHeaderChars,
    int maxReferences, int maxQuoteDepth) {
  /** Far above real mail (the deepest real quoting we have seen is about 20 levels). */
  public static final MessageLimits DEFAULT = new MessageLimits(1000, 50, 64 * 1024, 1000, 100);

  public MessageLimits {
    if (maxMimeParts < 1 || maxMimeDepth < 1 || maxHeaderChars < 1 || maxReferences < 2
        || maxQuoteDepth < 1) {
      throw new IllegalArgumentException("maxMimeParts=" + maxMimeParts + " maxMimeDepth="
          + maxMimeDepth + " maxHeaderChars=" + maxHeaderChars + " maxReferences="
          + maxReferences + " maxQuoteDepth=" + maxQuoteDepth);
    }
  }
}
