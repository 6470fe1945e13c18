package quorum.ingest.mime;

/**
 * Cuts the quote-marker run of a body line that is deeper than the limit down to the limit, so
 * a line of 500 000 {@code > } markers costs the segmenter and the quote-tree builder no more
 * than a line quoted {@code limit} deep. Markers are read as {@code QuoteMarkers} reads them:
 * {@code >}, with spaces and tabs between, and {@code |} before a {@code >}.
 */
final class QuoteDepthLimit {
  /** The body with deep lines cut, how many lines were cut, and the deepest depth seen. */
  record Result(String body, int linesCut, long deepest) {}

  private QuoteDepthLimit() {}

  static Result apply(String body, int limit) {
    if (body.indexOf('>') < 0) {
      return new Result(body, 0, 0);
    }
    StringBuilder out = null;
    int cut = 0;
    long deepest = 0;
    int n = body.length();
    int start = 0;
    while (start < n) {
      int eol = body.indexOf('\n', start);
      int end = eol < 0 ? n : eol;
      int i = start;
      long depth = 0;
      int afterLast = start;
      while (i < end) {
        char c = body.charAt(i);
        if (c == '>') {
          depth++;
          afterLast = ++i;
        } else if (depth > 0 && (c == ' ' || c == '\t')) {
          i++;
        } else if (c == '|' && i + 1 < end && body.charAt(i + 1) == '>') {
          i++;
        } else {
          break;
        }
      }
      deepest = Math.max(deepest, depth);
      if (depth > limit) {
        if (out == null) {
          out = new StringBuilder(n);
          out.append(body, 0, start);
        }
        out.append(">".repeat(limit));
        out.append(body, afterLast, end);
        cut++;
      } else if (out != null) {
        out.append(body, start, end);
      }
      if (out != null && eol >= 0) {
        out.append('\n');
      }
      start = eol < 0 ? n : eol + 1;
    }
    return new Result(out == null ? body : out.toString(), cut, deepest);
  }
}
