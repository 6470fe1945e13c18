package quorum.ingest.flat;

import java.util.ArrayList;
import java.util.List;

/**
 * A flattened text cut into space-separated tokens, with the quote-marker runs found among
 * them. Recovery only ever turns some of the spaces between tokens into newlines, so every
 * decision is "which gap becomes a line break".
 */
final class FlatText {
  /** How a token reads. */
  enum Kind {
    /** Only {@code >} characters: a quote marker ({@code >}, {@code >>}). */
    MARKER,
    /** {@code >} characters glued to text ({@code >text}): a marker that ends its run. */
    ATTACHED,
    /** Anything else. */
    WORD
  }

  /** One token: {@code [start, end)} in the text; {@code gapBefore} spaces precede it. */
  record Token(int start, int end, int gapBefore, Kind kind, int markers) {}

  /** A maximal sequence of marker tokens: token indexes {@code [first, last]}. */
  record Run(int first, int last) {
    int size() {
      return last - first + 1;
    }
  }

  final String text;
  final List<Token> tokens;
  final List<Run> runs;

  private FlatText(String text, List<Token> tokens, List<Run> runs) {
    this.text = text;
    this.tokens = tokens;
    this.runs = runs;
  }

  static FlatText parse(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int gapStart = i;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      int markers = 0;
      while (start + markers < i && text.charAt(start + markers) == '>') {
        markers++;
      }
      Kind kind;
      if (markers == i - start) {
        kind = Kind.MARKER;
      } else if (markers > 0 && startsText(text.charAt(start + markers))) {
        kind = Kind.ATTACHED;
      } else {
        kind = Kind.WORD;
        markers = 0;
      }
      tokens.add(new Token(start, i, start - gapStart, kind, markers));
    }
    return new FlatText(text, List.copyOf(tokens), findRuns(tokens));
  }

  /** A character that can open quoted prose right after a marker, as in {@code >Hello}. */
  private static boolean startsText(char c) {
    return Character.isLetterOrDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[';
  }

  private static List<Run> findRuns(List<Token> tokens) {
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Kind k = tokens.get(i).kind();
      if (k == Kind.WORD) {
        i++;
        continue;
      }
      int first = i;
      while (i < tokens.size() && tokens.get(i).kind() == Kind.MARKER) {
        i++;
      }
      if (i < tokens.size() && tokens.get(i).kind() == Kind.ATTACHED) {
        i++;
      }
      runs.add(new Run(first, i - 1));
    }
    return List.copyOf(runs);
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The text of tokens {@code [from, to)} with the spaces between them as in the input. */
  String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Offset of the first space of the gap before token {@code i}. */
  int gapStart(int i) {
    Token t = tokens.get(i);
    return t.start() - t.gapBefore();
  }
}
