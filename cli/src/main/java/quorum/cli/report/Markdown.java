package quorum.cli.report;

/**
 * Escapes text from mail for CommonMark (and GitHub's dialect) so that it shows as written and
 * never becomes markup: emphasis, links and images, HTML tags and autolinks, entities, code
 * spans, strikethrough. Escapes are backslashes (CommonMark §2.4), and only where the next
 * character could start markup, so "[PATCH v2]" or "a < b" stay readable in a plain-text mail.
 * Mail text never starts a line (it always follows a list marker or a label), so line-start
 * constructs (headings, quotes, lists) cannot be triggered.
 */
final class Markdown {
  private Markdown() {}

  /** {@code s} on one line, at most {@code max} code points, escaped. */
  static String inline(String s, int max) {
    return escape(Text.excerpt(s, max));
  }

  /** A table cell: as {@link #inline}, and pipes escaped. */
  static String cell(String s, int max) {
    return inline(s, max).replace("|", "\\|");
  }

  /** An identifier (a Message-ID) as a code span, which shows its text literally. */
  static String code(String s, int max) {
    String t = Text.excerpt(s, max);
    return t.indexOf('`') < 0 ? "`" + t + "`" : escape(t);
  }

  static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      char next = i + 1 < n ? line.charAt(i + 1) : ' ';
      char prev = i > 0 ? line.charAt(i - 1) : ' ';
      boolean escape;
      switch (c) {
        case '\\', '`', '*', '~' -> escape = true;
        // "](" "][" "]:" make links, images and reference definitions; a lone ] does not
        case ']' -> escape = next == '(' || next == '[' || next == ':';
        // a tag, a comment, a declaration or an autolink needs a letter, / ! or ? after <
        case '<' -> escape = Character.isLetter(next) || next == '/' || next == '!' || next == '?';
        // &name; and &#nn; are entity references
        case '&' -> escape = Character.isLetterOrDigit(next) || next == '#';
        // intraword underscores never make emphasis (CommonMark §6.2): FOO_BAR stays as is
        case '_' -> escape = !(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next));
        // closing ATX heading sequence
        case '#' -> escape = i == n - 1;
        default -> escape = false;
      }
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
