package quorum.ingest.quote;

import java.util.Optional;
import quorum.mail.Participant;

/**
 * Reads a participant from the ways mail writes one: {@code Name <addr>}, {@code "Name" <addr>},
 * {@code Name [mailto:addr]}, {@code Name (<addr>)}, {@code addr (Name)}, a bare address, or a
 * bare name. Web archives mask addresses ({@code sdf@xxxxxxxxxx}); those are still addresses.
 */
final class Addresses {
  private Addresses() {}

  static Participant participant(String text) {
    String s = text.strip();
    int lt = s.lastIndexOf('<');
    int gt = s.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      String addr = s.substring(lt + 1, gt).replace(" ", "");
      String before = s.substring(0, lt).strip();
      String after = s.substring(gt + 1).strip();
      if (before.endsWith("(") && after.startsWith(")")) {  // "Name (<addr>)"
        before = before.substring(0, before.length() - 1);
        after = after.substring(1);
      }
      String name = (before + " " + after).strip();
      return of(name, addr);
    }
    int mailto = s.indexOf("[mailto:");
    if (mailto >= 0 && s.indexOf(']', mailto) > mailto) {
      return of(s.substring(0, mailto), s.substring(mailto + 8, s.indexOf(']', mailto)));
    }
    int open = s.indexOf('(');
    int close = s.lastIndexOf(')');
    if (open > 0 && close > open) {
      String before = s.substring(0, open).strip();
      String inside = s.substring(open + 1, close).strip();
      if (isAddress(before)) {
        return of(inside, before);
      }
      if (isAddress(inside)) {
        return of(before, inside);
      }
    }
    int bracket = s.indexOf('[');
    if (bracket > 0 && s.endsWith("]") && isAddress(s.substring(bracket + 1, s.length() - 1))) {
      return of(s.substring(0, bracket), s.substring(bracket + 1, s.length() - 1));
    }
    if (isAddress(s)) {
      return of("", s);
    }
    return of(s, null);
  }

  private static Participant of(String rawName, String addr) {
    String name = unquote(rawName.strip());
    Optional<String> a = Optional.ofNullable(addr).map(String::strip).filter(x -> !x.isEmpty());
    if (a.isPresent() && (name.equalsIgnoreCase(a.get()) || isAddress(name))) {
      name = "";
    }
    return new Participant(name, a);
  }

  static String unquote(String s) {
    String t = s.strip();
    while (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'')
        && t.charAt(t.length() - 1) == t.charAt(0)) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  /** One token with an {@code @} between non-empty parts and no spaces. */
  static boolean isAddress(String s) {
    String t = s.strip();
    int at = t.indexOf('@');
    return at > 0 && at < t.length() - 1 && t.indexOf(' ') < 0 && t.indexOf('@', at + 1) < 0
        && t.length() <= 254;
  }

  /** A whole line that is only contact data: an address, a URL or a phone number. */
  static boolean isContactLine(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > 80) {
      return false;
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (isAddress(t) || lower.startsWith("http://") || lower.startsWith("https://")
        || (lower.startsWith("www.") && t.indexOf(' ') < 0)) {
      return true;
    }
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isLetter(c) && digits == 0 && i > 12) {
        return false;
      }
    }
    return digits >= 7 && digits * 2 >= t.replace(" ", "").length();
  }
}
