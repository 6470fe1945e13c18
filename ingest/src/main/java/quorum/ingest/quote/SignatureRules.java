package quorum.ingest.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Line-level signature starts: the {@code -- } delimiter, "Sent from my iPhone"-style device
 * lines, mailing-list footers after a {@code ____} rule, and the block shapes that end own
 * text (a valediction and a name, a name with contact lines, a {@code -Name} line).
 */
final class SignatureRules {
  private static final Set<String> VALEDICTIONS = Set.of(
      "thanks", "thank you", "thanks a lot", "many thanks", "thanks again", "thx", "cheers",
      "regards", "best regards", "kind regards", "warm regards", "best", "best wishes", "br",
      "sincerely", "yours", "greetings", "ciao", "gruß", "grüße", "viele grüße", "beste grüße",
      "mit freundlichen grüßen", "cordialement", "merci", "saludos", "saluti", "groeten",
      "hälsningar", "pozdrawiam", "с уважением", "спасибо", "thanks in advance", "take care");
  private static final String[] DEVICE_PREFIXES = {
      "sent from my ", "sent from ", "sent with ", "sent via ", "get outlook for ",
      "von meinem ", "envoyé de mon ", "enviado desde mi ", "enviado do meu ", "inviato da ",
      "verzonden vanaf mijn ", "skickat från min ", "отправлено с "};

  /** The first letters of {@link #DEVICE_PREFIXES}. */
  private static final String DEVICE_FIRST = firstLetters(DEVICE_PREFIXES);
  private static final int LONGEST_VALEDICTION =
      VALEDICTIONS.stream().mapToInt(String::length).max().orElse(0);

  private SignatureRules() {}

  private static String firstLetters(String[] prefixes) {
    StringBuilder b = new StringBuilder();
    for (String p : prefixes) {
      b.append(p.charAt(0));
    }
    return b.toString();
  }

  /**
   * The length {@link #isValediction} compares, before lowercasing: the line without
   * surrounding whitespace and without the trailing {@code , . ! -} (and whitespace between
   * them) that it strips.
   */
  static int coreLength(String content) {
    int start = 0;
    int end = content.length();
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(content.charAt(end - 1))
        || ",.!-".indexOf(content.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end - start;
  }

  /** {@code -- } or {@code --} alone on a line (RFC 3676 §4.3, and the common stripped form). */
  static boolean isDelimiter(String content) {
    return content.equals("-- ") || content.stripTrailing().equals("--");
  }

  /** A rule of underscores: mailing-list software puts its footer below one. */
  static boolean isUnderscoreRule(String content) {
    String t = content.strip();
    if (t.length() < 5) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != '_') {
        return false;
      }
    }
    return true;
  }

  /** A rule of four or more dashes (three is git's "---" and GitHub's footer rule). */
  static boolean isDashRule(String content) {
    String t = content.strip();
    if (t.length() < 4 || t.length() > 100) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Sent from my iPhone", "Sent from my Verizon Wireless BlackBerry", "Sent with Sparrow
   * (http://...)", "Von meinem iPhone gesendet": a short line naming a device or app, not a
   * sentence ("Sent from my desk, is much easier ..." is prose).
   */
  static boolean isDeviceLine(String content) {
    String t = content.strip();
    if (t.length() > 100 || t.isEmpty() || DEVICE_FIRST.indexOf(Character.toLowerCase(t.charAt(0))) < 0) {
      return false;  // no prefix starts so: most lines end here, not lowercased
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String p : DEVICE_PREFIXES) {
      if (lower.startsWith(p)) {
        String rest = t.substring(p.length()).strip();
        int paren = rest.indexOf('(');
        if (paren > 0 && rest.endsWith(")")) {
          rest = rest.substring(0, paren).strip();
        }
        if (rest.isEmpty() || rest.indexOf(',') >= 0 || rest.indexOf(';') >= 0
            || rest.endsWith(".") || rest.endsWith("?") || rest.endsWith("!")) {
          return false;
        }
        int words = rest.split(" ").length;
        boolean my = p.equals("sent from my ");
        boolean named = Character.isUpperCase(rest.charAt(0)) || rest.startsWith("i");
        return my ? words <= 4 : words <= 6 && (named || !p.startsWith("sent"));
      }
    }
    return false;
  }

  /** "-Abhishek Kona": a dash glued to a short name. */
  static boolean isDashName(String content) {
    String t = content.strip();
    if (t.length() < 2 || t.length() > 40 || t.charAt(0) != '-' || !Character.isLetter(t.charAt(1))) {
      return false;
    }
    return t.split(" ").length <= 4 && noSentencePunctuation(t);
  }

  static boolean isValediction(String content) {
    if (coreLength(content) > LONGEST_VALEDICTION) {
      return false;  // lowercasing only lengthens: most lines end here, not copied
    }
    String t = content.strip().toLowerCase(Locale.ROOT);
    while (!t.isEmpty() && ",.!-".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return VALEDICTIONS.contains(t);
  }

  /** One to four capitalized words ("Noam", "Stavros Xxxxxx", "John E. Doe"). */
  static boolean isNameLine(String content) {
    String t = content.strip();
    if (t.isEmpty() || t.length() > 40) {
      return false;
    }
    String[] words = t.split(" ");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean noSentencePunctuation(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';') {
        return false;
      }
    }
    return true;
  }
}
