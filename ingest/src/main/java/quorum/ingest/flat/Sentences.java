package quorum.ingest.flat;

/** Where a sentence ends between two tokens of flattened prose. */
final class Sentences {
  private Sentences() {}

  /** True when a sentence ends before token {@code c} (and another starts at it). */
  static boolean endsBetween(FlatText ft, int c) {
    FlatText.Token prev = ft.token(c - 1);
    FlatText.Token next = ft.token(c);
    int end = prev.end();
    while (end > prev.start() && ")]\"'".indexOf(ft.text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == prev.start() || ".?!:".indexOf(ft.text.charAt(end - 1)) < 0) {
      return false;
    }
    String word = ft.text.substring(prev.start(), end - 1);
    if (word.indexOf('.') >= 0 && ft.text.charAt(end - 1) == '.' && !word.endsWith("..")) {
      return false; // "e.g.", "i.e.", a file name or version number
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false; // an initial: "J. Smith"
    }
    char first = ft.text.charAt(next.start());
    if (first == '"' || first == '\'' || first == '(') {
      first = next.end() - next.start() > 1 ? ft.text.charAt(next.start() + 1) : first;
    }
    return Character.isUpperCase(first) || Character.isDigit(first);
  }
}
