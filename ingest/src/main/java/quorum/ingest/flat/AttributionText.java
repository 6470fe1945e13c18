package quorum.ingest.flat;

import java.util.List;
import java.util.Locale;

/**
 * Recognises the shape of an attribution line in flattened text: where it ends ("... wrote:",
 * "... writes:", "Quoting X (date):" and common translations) and where it starts, so that
 * the line break before it can be restored. A shallow detector for line recovery only; the
 * segmenter parses who and when.
 */
final class AttributionText {
  private static final List<String> ENDINGS = List.of("wrote:", "writes:", "said:", "schrieb:",
      "écrit:", "écrit :", "escribió:", "scrisse:", "napisał:", "kirjoitti:", "skrev:",
      "schreef:", "escreveu:", "написал:", "написал(а):");
  /** Words that open an "On <date>, X wrote:" line, in the languages ENDINGS covers. */
  private static final List<String> OPENERS =
      List.of("On", "Am", "Le", "El", "Il", "W", "Op", "Den", "Em", "Em:", "Quoting");
  /** Longest attribution we will treat as one line (two wrapped lines at most). */
  private static final int MAX_LENGTH = 240;

  private AttributionText() {}

  /** True when {@code s} ends the way an attribution line ends. */
  static boolean endsAttribution(String s) {
    String t = s.stripTrailing().toLowerCase(Locale.ROOT);
    for (String e : ENDINGS) {
      if (t.endsWith(e)) {
        return true;
      }
    }
    return t.startsWith("quoting ") && t.endsWith("):");
  }

  /**
   * Given tokens {@code [from, to)} that end an attribution, the token where the attribution
   * starts ({@code from} when it fills the whole span).
   */
  static int start(FlatText ft, int from, int to) {
    int limitStart = ft.token(to - 1).end() - MAX_LENGTH;
    // "On <date>, <name> wrote:" - the last opener that is followed by a digit (the date)
    for (int i = to - 2; i >= from && ft.token(i).start() >= limitStart; i--) {
      String w = word(ft, i);
      if (OPENERS.contains(w) && ft.span(i, to).chars().anyMatch(Character::isDigit)) {
        return i;
      }
    }
    // "<name> <addr> writes:" - the name is the capitalised words before the address
    int addr = -1;
    for (int i = to - 2; i >= from && i >= to - 4; i--) {
      if (word(ft, i).startsWith("<") || word(ft, i).startsWith("(")) {
        addr = i;
        break;
      }
    }
    int i = (addr >= 0 ? addr : to - 1) - 1;
    int taken = 0;
    while (i >= from && taken < 4 && looksLikeName(word(ft, i))) {
      i--;
      taken++;
    }
    return taken == 0 ? Math.max(from, addr >= 0 ? addr : to - 1) : i + 1;
  }

  private static boolean looksLikeName(String w) {
    if (w.isEmpty() || ".!?:;,".indexOf(w.charAt(w.length() - 1)) >= 0) {
      return false;
    }
    char c = w.charAt(0);
    return Character.isUpperCase(c) || c == '"' || c == '\'';
  }

  private static String word(FlatText ft, int i) {
    FlatText.Token t = ft.token(i);
    return ft.text.substring(t.start(), t.end());
  }
}
