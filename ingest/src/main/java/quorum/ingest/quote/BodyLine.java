package quorum.ingest.quote;

/**
 * One line of a body: its 1-based number, the quote depth its markers give, and the text after
 * the markers (one space after the last marker removed).
 */
record BodyLine(int number, int depth, String content) {
  boolean blank() {
    return content.isBlank();
  }

  /** The content without surrounding whitespace. */
  String trimmed() {
    return content.strip();
  }
}
