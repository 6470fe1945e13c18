package quorum.ingest.flat;

/**
 * The line breaks chosen so far, one per gap between tokens, and how each gap's spaces turn
 * into newlines. A gap of several spaces held a line break plus something else (a blank line,
 * a trailing space, indentation); which is likelier depends on where the break is.
 */
final class LineBreaks {
  private enum Kind { NONE, LINE_START, EMPTY_LINE_END, PARAGRAPH, WRAP }

  private final FlatText ft;
  private final Kind[] before;

  LineBreaks(FlatText ft) {
    this.ft = ft;
    this.before = new Kind[ft.tokens.size()];
    java.util.Arrays.fill(before, Kind.NONE);
  }

  /** A quoted line starts at token {@code i}: extra spaces before it were blank lines. */
  void lineStart(int i) {
    set(i, Kind.LINE_START);
  }

  /** An empty quoted line ends before token {@code i}: extra spaces were its trailing space. */
  void emptyLineEnd(int i) {
    set(i, Kind.EMPTY_LINE_END);
  }

  /** Unquoted text starts a paragraph at token {@code i}: two spaces or more were a blank line. */
  void paragraph(int i) {
    set(i, Kind.PARAGRAPH);
  }

  /** A wrapped line of prose ends before token {@code i}. */
  void wrap(int i) {
    if (before[i] == Kind.NONE) {
      before[i] = Kind.WRAP;
    }
  }

  boolean isBreak(int i) {
    return i == 0 || before[i] != Kind.NONE;
  }

  private void set(int i, Kind k) {
    if (i > 0) {
      before[i] = k;
    }
  }

  String render() {
    char[] out = ft.text.toCharArray();
    for (int i = 1; i < before.length; i++) {
      FlatText.Token t = ft.token(i);
      int gapStart = t.start() - t.gapBefore();
      int gap = t.gapBefore();
      switch (before[i]) {
        case LINE_START -> fill(out, gapStart, gap);
        case EMPTY_LINE_END -> out[t.start() - 1] = '\n';
        case PARAGRAPH -> fill(out, gapStart, Math.min(gap, 2));
        case WRAP -> out[gapStart] = '\n';
        default -> { }
      }
    }
    return new String(out);
  }

  private static void fill(char[] out, int from, int count) {
    for (int k = 0; k < count; k++) {
      out[from + k] = '\n';
    }
  }
}
