package quorum.ingest.flat;

/**
 * Restores the lines of unquoted prose: an attribution line that ends the span stays one line
 * of its own, paragraphs are cut where a blank line left a double space (when newlines became
 * spaces one for one; unless the writers put two spaces after a sentence), a wider gap is a
 * line break before indentation, and the rest is wrapped greedily at mail width, the way mail clients
 * wrap. Where the original wrapped greedily at about that width the lines come back exactly;
 * elsewhere the words and the paragraph stay right and only the wrap points differ.
 */
final class ProseWrapper {
  /** The fill column most mail clients and editors use for mail. */
  static final int WRAP_WIDTH = 72;

  private final FlatText ft;
  private final LineBreaks breaks;
  private final boolean collapsed;
  private final boolean twoSpaceSentences;

  /**
   * @param twoSpaceSentences the text is known to put two spaces after a sentence, so such a
   *     gap is not a blank line
   */
  ProseWrapper(FlatText ft, LineBreaks breaks, boolean collapsed, boolean twoSpaceSentences) {
    this.ft = ft;
    this.breaks = breaks;
    this.collapsed = collapsed;
    this.twoSpaceSentences = twoSpaceSentences;
  }

  /** Wraps tokens {@code [from, to)}; {@code from} already starts a line. */
  void wrap(int from, int to) {
    if (from >= to) {
      return;
    }
    int end = to;
    if (to < ft.tokens.size() && AttributionText.endsAttribution(ft.span(from, to))) {
      int s = AttributionText.start(ft, from, to);
      if (s > from) {
        breaks.paragraph(s);
      }
      end = s;
    }
    int lineStart = ft.token(from).start();
    for (int k = from + 1; k < end; k++) {
      FlatText.Token t = ft.token(k);
      int gap = t.gapBefore();
      if (!collapsed && gap >= 3) {
        breaks.wrap(k); // a line break, then indentation
        lineStart = t.start() - gap + 1;
      } else if (!collapsed && gap == 2
          && !(twoSpaceSentences && Sentences.endsBetween(ft, k))) {
        breaks.paragraph(k);
        lineStart = t.start();
      } else if (breaks.isBreak(k)) {
        lineStart = t.start();
      } else if (t.end() - lineStart > WRAP_WIDTH) {
        breaks.wrap(k);
        lineStart = t.start();
      }
    }
  }
}
