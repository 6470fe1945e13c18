package quorum.cli.report;

/**
 * Escapes text from mail for CommonMark so that it shows as written and never becomes markup:
 * emphasis, links, HTML tags, entities, code spans and table cells. The escapes are backslashes
 * (CommonMark §2.4), which stay readable when the Markdown is pasted into a plain-text mail.
 */
final class Markdown {
  private Markdown() {}

  /** {@code s} on one line, at most {@code max} code points, escaped. */
  static String inline(String s, int max) {
    return escape(Text.excerpt(s, max));
  }

  static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '>', '|', '~' -> out.append('\\').append(c);
        case '_' -> {
          // intraword underscores never make emphasis (CommonMark §6.2): leave FOO_BAR alone
          boolean inWord = i > 0 && i + 1 < line.length()
              && Character.isLetterOrDigit(line.charAt(i - 1))
              && Character.isLetterOrDigit(line.charAt(i + 1));
          out.append(inWord ? "_" : "\\_");
        }
        case '&' -> {
          boolean entity = i + 1 < line.length()
              && (Character.isLetterOrDigit(line.charAt(i + 1)) || line.charAt(i + 1) == '#');
          out.append(entity ? "\\&" : "&");
        }
        case '#' -> out.append(i == 0 || i == line.length() - 1 ? "\\#" : "#");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
