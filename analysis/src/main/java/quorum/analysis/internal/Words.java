package quorum.analysis.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Content words for comparing texts loosely: lower case, split at anything that is not a
 * letter or digit (so identifiers such as {@code foo_bar_baz} count by their parts), function
 * words dropped, and a light suffix strip so "helpers" meets "helper" and "banned" meets "ban".
 */
public final class Words {
  private Words() {}

  public static Set<String> content(String text) {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder w = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else {
        add(out, w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  private static void add(Set<String> out, String word) {
    if (word.length() < 2 || Lexicon.STOP.contains(word)) {
      return;
    }
    String s = stem(word);
    if (!Lexicon.STOP.contains(s)) {
      out.add(s);
    }
  }

  /** A crude English suffix strip; enough to meet plurals and simple verb forms. */
  public static String stem(String w) {
    String s = w;
    if (s.length() > 5 && s.endsWith("ing")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.length() > 4 && s.endsWith("ied")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)
        && !s.endsWith("ll") && !s.endsWith("ss")) {
      s = s.substring(0, s.length() - 1); // "bann" -> "ban"
    }
    if (s.length() > 4 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1); // "require" meets "requir(ed)"
    }
    return s;
  }

  /** How many content words {@code a} and {@code b} share. */
  public static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }

  /** Shared content words over the smaller set's size (0 when either is empty). */
  public static double containment(Set<String> a, Set<String> b) {
    int min = Math.min(a.size(), b.size());
    return min == 0 ? 0 : (double) overlap(a, b) / min;
  }

  /** Jaccard similarity of the content words. */
  public static double jaccard(Set<String> a, Set<String> b) {
    int inter = overlap(a, b);
    int union = a.size() + b.size() - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  /** Lower case, letters and digits only, single spaces: for "is this text quoted there" tests. */
  public static String squash(String text) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
