package quorum.cli.report;

import java.util.Locale;

/** Reads the start of a subject line: whether it is a reply, and the subject without "Re:". */
final class Subjects {
  private static final String[] REPLY = {"re:", "re :", "aw:", "sv:", "antw:", "r:", "ynt:", "vs:"};

  private Subjects() {}

  static boolean isReply(String subject) {
    String s = subject.stripLeading().toLowerCase(Locale.ROOT);
    for (String p : REPLY) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The subject with leading reply prefixes removed ("Re: Re: AW: x" becomes "x"). */
  static String withoutReply(String subject) {
    String s = subject.strip();
    boolean again = true;
    while (again) {
      again = false;
      String lower = s.toLowerCase(Locale.ROOT);
      for (String p : REPLY) {
        if (lower.startsWith(p)) {
          s = s.substring(p.length()).strip();
          again = true;
          break;
        }
      }
    }
    return s;
  }
}
