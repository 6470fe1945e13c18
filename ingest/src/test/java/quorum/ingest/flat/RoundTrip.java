package quorum.ingest.flat;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a multi-line body the way web archives do, recovers it, and measures how many lines
 * came back: exactly (by longest common subsequence of lines) and at the right quote depth.
 */
final class RoundTrip {
  /** How newlines were lost. */
  enum Flattening {
    /** Each newline became one space; blank lines survive as double spaces. */
    NEWLINE_TO_SPACE,
    /** Every whitespace run became one space (what HTML rendering does, as in the seed). */
    COLLAPSED
  }

  /** Counts over one or many bodies. */
  static final class Score {
    int lines;
    int exact;
    int quotedLines;
    int quotedExact;
    int ownLines;
    int ownExact;
    int depthLines;
    int depthRight;

    void add(Score o) {
      lines += o.lines;
      exact += o.exact;
      quotedLines += o.quotedLines;
      quotedExact += o.quotedExact;
      ownLines += o.ownLines;
      ownExact += o.ownExact;
      depthLines += o.depthLines;
      depthRight += o.depthRight;
    }

    double exactRatio() {
      return ratio(exact, lines);
    }

    double quotedRatio() {
      return ratio(quotedExact, quotedLines);
    }

    double depthRatio() {
      return ratio(depthRight, depthLines);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "lines exact %d/%d (%.1f%%), quoted lines exact %d/%d (%.1f%%), own lines exact "
              + "%d/%d (%.1f%%), quote depth right %d/%d non-empty lines (%.2f%%)",
          exact, lines, 100 * exactRatio(), quotedExact, quotedLines, 100 * quotedRatio(),
          ownExact, ownLines, 100.0 * ownExact / Math.max(1, ownLines), depthRight, depthLines,
          100 * depthRatio());
    }
  }

  private RoundTrip() {}

  static String flatten(String body, Flattening how) {
    String flat = body.replace('\n', ' ');
    return how == Flattening.COLLAPSED ? flat.replaceAll(" {2,}", " ").strip() : flat;
  }

  /** Normalises a body for comparison: trailing blanks off, and for collapsed input no blank lines. */
  static List<String> comparable(String body, Flattening how) {
    List<String> out = new ArrayList<>();
    for (String l : body.split("\n", -1)) {
      String s = l.stripTrailing();
      if (how == Flattening.COLLAPSED) {
        s = s.replaceAll(" {2,}", " ").strip();
        if (s.isEmpty()) {
          continue;
        }
      }
      out.add(s);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  static Score score(String original, Flattening how) {
    String recovered = FlattenedText.recover(flatten(original, how));
    return score(comparable(original, how), comparable(recovered, how));
  }

  static Score score(List<String> orig, List<String> rec) {
    Score s = new Score();
    boolean[] matched = lcs(orig, rec);
    for (int i = 0; i < orig.size(); i++) {
      boolean quoted = orig.get(i).startsWith(">");
      s.lines++;
      s.exact += matched[i] ? 1 : 0;
      if (quoted) {
        s.quotedLines++;
        s.quotedExact += matched[i] ? 1 : 0;
      } else if (!orig.get(i).isEmpty()) {
        s.ownLines++;
        s.ownExact += matched[i] ? 1 : 0;
      }
    }
    depth(orig, rec, s);
    return s;
  }

  /** Per word, the depth of its line; a non-empty original line counts if all its words agree. */
  private static void depth(List<String> orig, List<String> rec, Score s) {
    List<int[]> o = words(orig);
    List<int[]> r = words(rec);
    if (o.size() != r.size()) {
      throw new IllegalStateException("word counts differ: " + o.size() + " vs " + r.size());
    }
    boolean[] lineOk = new boolean[orig.size()];
    java.util.Arrays.fill(lineOk, true);
    boolean[] lineHasWords = new boolean[orig.size()];
    for (int k = 0; k < o.size(); k++) {
      int line = o.get(k)[0];
      lineHasWords[line] = true;
      if (o.get(k)[1] != r.get(k)[1]) {
        lineOk[line] = false;
      }
    }
    for (int i = 0; i < orig.size(); i++) {
      if (lineHasWords[i]) {
        s.depthLines++;
        s.depthRight += lineOk[i] ? 1 : 0;
      }
    }
  }

  /** Each whitespace-separated token as {line, depth of its line or -1 for a marker token}. */
  private static List<int[]> words(List<String> lines) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      int p = 0;
      int depth = 0;
      while (p < l.length() && (l.charAt(p) == '>' || (l.charAt(p) == ' ' && depth > 0
          && p + 1 < l.length() && l.charAt(p + 1) == '>'))) {
        if (l.charAt(p) == '>') {
          depth++;
        }
        p++;
      }
      for (String tok : l.split(" +")) {
        if (tok.isEmpty()) {
          continue;
        }
        boolean marker = tok.chars().allMatch(c -> c == '>');
        if (marker && l.indexOf(tok) < p) {
          out.add(new int[] {i, -1});
        } else {
          out.add(new int[] {i, depth});
        }
      }
    }
    // tokens glued to markers (">text") count as one word in both texts
    return out;
  }

  /** Which lines of {@code a} are in a longest common subsequence with {@code b}. */
  private static boolean[] lcs(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] t = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1
            : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    boolean[] out = new boolean[n];
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        out[i] = true;
        i++;
        j++;
      } else if (t[i + 1][j] >= t[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
