package quorum.analysis.question;

import quorum.analysis.nlp.Sentence;

/**
 * Own text that is not the author speaking: a quoted line the segmenter missed ("...>> + -
 * What tools were used?") or a line set off by indentation (suggested wording, a quoted
 * passage, a code line). A question there is someone else's or proposed text, not asked.
 */
final class OthersText {
  /** Indentation (a tab counts four) from which a line is set off rather than written. */
  private static final int SET_OFF = 4;

  private OthersText() {}

  /** Whether sentence {@code s}, at its offsets in the own text {@code own}, is set off. */
  static boolean holds(String own, Sentence s) {
    String t = s.text().stripLeading();
    int lead = 0;
    while (lead < t.length() && (t.charAt(lead) == '.' || t.charAt(lead) == '\u2026')) {
      lead++;
    }
    if (lead < t.length() && (t.charAt(lead) == '>' || t.charAt(lead) == '|')) {
      return true;
    }
    if (s.begin() < 0 || s.begin() > own.length()) {
      return false;
    }
    int lineStart = own.lastIndexOf('\n', Math.max(0, s.begin() - 1)) + 1;
    if (s.begin() == 0) {
      lineStart = 0;
    }
    int indent = 0;
    for (int i = lineStart; i < s.begin(); i++) {
      char c = own.charAt(i);
      if (c == ' ') {
        indent++;
      } else if (c == '\t') {
        indent += 4;
      } else {
        return false; // the sentence starts mid-line, after other words
      }
    }
    return indent >= SET_OFF;
  }
}
