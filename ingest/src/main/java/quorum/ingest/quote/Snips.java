package quorum.ingest.quote;

import java.util.Locale;

/**
 * Snip markers where a writer cut quoted text: {@code [..]}, {@code [...]}, {@code […]},
 * {@code <snip>}, {@code [snip]}, {@code [ ... snip ... ]}, {@code --- snip ---}. A bare
 * {@code ...} is a snip only where the caller knows it sits inside a quote.
 */
final class Snips {
  private Snips() {}

  /** True for a line that is only a bracketed or dashed snip marker. */
  static boolean isMarker(String content) {
    String t = content.strip();
    if (t.length() < 3 || t.length() > 60) {
      return false;
    }
    char open = t.charAt(0);
    char close = t.charAt(t.length() - 1);
    if ((open == '[' && close == ']') || (open == '<' && close == '>')
        || (open == '(' && close == ')')) {
      return snipWords(t.substring(1, t.length() - 1));
    }
    if (open == '-' || open == '=' || open == '8' || open == '>') {
      String inner = t.replace("-", " ").replace("=", " ").replace("8<", " ")
          .replace(">8", " ").strip().toLowerCase(Locale.ROOT);
      return inner.equals("snip") || inner.equals("snipped") || inner.equals("cut")
          || (inner.isEmpty() && (t.contains("8<") || t.contains(">8")));
    }
    return false;
  }

  /** A bare ellipsis line: {@code ...}, {@code ....}, {@code …}. */
  static boolean isEllipsis(String content) {
    String t = content.strip();
    if (t.equals("…")) {
      return true;
    }
    if (t.length() < 3 || t.length() > 6) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean snipWords(String inner) {
    String s = inner.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return false;
    }
    boolean dotsOnly = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '…' && c != ' ') {
        dotsOnly = false;
        break;
      }
    }
    if (dotsOnly) {
      return s.contains("..") || s.contains("…");
    }
    String words = s.replace(".", " ").replace("…", " ").strip();
    return words.equals("snip") || words.equals("snipped") || words.equals("snip snip")
        || words.startsWith("snip ") || words.equals("cut") || words.equals("trimmed")
        || words.equals("trim") || words.equals("deleted") || words.equals("schnipp");
  }
}
