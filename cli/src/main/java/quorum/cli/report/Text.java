package quorum.cli.report;

/** Small text helpers shared by the renderers: one-line excerpts cut at code-point boundaries. */
final class Text {
  private Text() {}

  private static final java.time.format.DateTimeFormatter SHORT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);

  /** A date for people: {@code 2023-01-17 15:19 +01:00}, or without offset when mail gave none. */
  static String date(quorum.mail.MailDate d) {
    return d.local().format(SHORT) + d.offset().map(o -> " " + (o.getTotalSeconds() == 0 ? "+00:00" : o.getId())).orElse("");
  }

  /**
   * What a message says in one line: the start of its own text, or for a message with none
   * (a patch, a bare trailer) its subject without reply prefixes.
   */
  static String gist(quorum.mail.Message m) {
    String own = m.ownText();
    return own.isBlank() ? Subjects.withoutReply(m.subject()) : own;
  }

  /** The display form of a participant for prose: "Name" or the address when there is no name. */
  static String who(quorum.mail.Participant p) {
    return excerpt(p.display(), 80);
  }

  /** Collapses every run of whitespace (including line breaks) to one space, and strips. */
  static String oneLine(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), 4096));
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code s} on one line, at most {@code max} code points, with an ellipsis when cut. */
  static String excerpt(String s, int max) {
    // look at a bounded prefix only: a body can be megabytes long
    int window = Math.min(s.length(), max * 8 + 16);
    if (window < s.length() && Character.isHighSurrogate(s.charAt(window - 1))) {
      window--;
    }
    String line = oneLine(s.substring(0, window));
    boolean cut = window < s.length();
    if (line.codePointCount(0, line.length()) <= max) {
      return cut ? line + "…" : line;
    }
    int end = line.offsetByCodePoints(0, max);
    return line.substring(0, end).stripTrailing() + "…";
  }
}
