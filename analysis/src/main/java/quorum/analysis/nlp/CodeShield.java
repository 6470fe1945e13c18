package quorum.analysis.nlp;

/**
 * Hides from CoreNLP's tokenizer the code-like words of mail prose that it would cut into
 * sentences: a file glob's "*." ("56 patches in fs/*.c (and headers)" became a sentence
 * ending at "fs/*." and another starting "c (and headers)") and a stable-branch version's
 * last dot ("v5.10.y" became "v 5.10 ." and "y"). The shielded text has the same length as
 * the original, character for character, so every offset CoreNLP reports still points into
 * the original; {@link CoreNlpAnnotator} takes sentence and token text from the original.
 */
final class CodeShield {
  private CodeShield() {}

  /** {@code text} with the characters that would split a code word replaced, same length. */
  static String apply(String text) {
    char[] c = null;
    for (int i = 0; i + 2 < text.length(); i++) {
      char x = text.charAt(i);
      if (x == '*' && text.charAt(i + 1) == '.' && startsExtension(text.charAt(i + 2))) {
        c = c == null ? text.toCharArray() : c;
        c[i] = 'x'; // "fs/*.c" tokenizes as the file name "fs/x.c"
      } else if (x == '.' && versionDot(text, i)) {
        c = c == null ? text.toCharArray() : c;
        c[i] = '_'; // "v5.10.y" as one word "v5.10_y"
      }
    }
    return c == null ? text : new String(c);
  }

  private static boolean startsExtension(char c) {
    return Character.isLetterOrDigit(c) || c == '[' || c == '{';
  }

  /**
   * A dot between a dotted version number and a letter suffix that runs to the end of the word:
   * "5.10.y", "v6.1.y", "4.19.stable" — not "version 5.10.It" (capitalized: a missing space).
   */
  private static boolean versionDot(String text, int dot) {
    int after = dot + 1;
    if (!Character.isLowerCase(text.charAt(after))) {
      return false;
    }
    int end = after;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && !endsWord(text, end)) {
      return false;
    }
    // before the dot: digits and dots, at least one inner dot, from a word start or a "v"
    int start = dot;
    boolean innerDot = false;
    while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      innerDot |= text.charAt(start - 1) == '.';
      start--;
    }
    if (start == dot || !innerDot || !Character.isDigit(text.charAt(start))
        || !Character.isDigit(text.charAt(dot - 1))) {
      return false;
    }
    if (start > 0 && (text.charAt(start - 1) == 'v' || text.charAt(start - 1) == 'V')) {
      start--;
    }
    return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
  }

  /** What may follow a word: space, or punctuation that closes a sentence or a phrase. */
  private static boolean endsWord(String text, int at) {
    char c = text.charAt(at);
    return Character.isWhitespace(c) || ".,;:!?)]}'\"".indexOf(c) >= 0;
  }
}
