package quorum.analysis.internal;

import java.util.Locale;

/** How the learned readers write a weight into their model text, byte for byte the same. */
public final class ModelNumbers {
  private ModelNumbers() {}

  /** {@code x} with four decimals, trailing zeros and a bare point dropped; "-0" is "0". */
  public static String decimal(double x) {
    String s = String.format(Locale.ROOT, "%.4f", x);
    int end = s.length();
    if (s.indexOf('.') >= 0) {
      // a loop, not the regex "0+$", which backtracks quadratically over a run of zeros
      while (s.charAt(end - 1) == '0') {
        end--;
      }
      if (s.charAt(end - 1) == '.') {
        end--;
      }
    }
    s = s.substring(0, end);
    return s.equals("-0") ? "0" : s;
  }
}
