package quorum.ingest.quote;

import java.util.List;

/**
 * Follows one inline patch at one quote depth: the {@code ---} separator and diffstat, the
 * diff headers, and each hunk by its {@code @@ -a,b +c,d @@} line counts, so context lines
 * whose leading space was lost (flattened archives, stripped trailing space) still belong to
 * the hunk. After an interruption (a reply or a snip between quoted hunk lines) only lines
 * with a real diff prefix continue it.
 */
final class PatchTracker {
  private static final String[] HEADERS = {
      "diff ", "index ", "--- ", "+++ ", "new file mode", "deleted file mode", "similarity index",
      "dissimilarity index", "rename from", "rename to", "copy from", "copy to", "old mode",
      "new mode", "Binary files", "GIT binary patch"};
  private static final int STAT_LOOKAHEAD = 60;

  private int oldLeft;
  private int newLeft;
  private int lastLine;
  /** Between "---" and the end of the diffstat. */
  private boolean inStat;
  private boolean sawStat;

  private PatchTracker(int line) {
    this.lastLine = line;
  }

  /** A tracker if line {@code i} starts a patch at its depth (lines are at one raw depth). */
  static PatchTracker start(List<BodyLine> lines, int i) {
    BodyLine l = lines.get(i);
    String c = l.content();
    PatchTracker p = new PatchTracker(i);
    if (c.startsWith("diff --git ") || c.startsWith("diff -u") || c.startsWith("diff -r")
        || c.startsWith("diff -N")) {
      return p;
    }
    if (c.startsWith("@@ -") && p.hunk(c)) {
      return p;
    }
    BodyLine next = nextAtDepth(lines, i, l.depth());
    if (next != null && ((c.startsWith("--- ") && next.content().startsWith("+++ "))
        || (c.startsWith("Index: ") && next.content().startsWith("====")))) {
      return p;
    }
    if (c.stripTrailing().equals("---") && statFollows(lines, i)) {
      p.inStat = true;
      return p;
    }
    if (addedLines(lines, i)) {
      return p;
    }
    if (isStatLine(c) && next != null && (isStatLine(next.content())
        || isStatSummary(next.content()))) {
      p.inStat = true;
      p.sawStat = true;
      return p;
    }
    return null;
  }

  /**
   * Line {@code i} starts patch content that a signature cannot hold: a diff, hunk, file
   * header, diffstat or {@code +}/{@code -} lines, but not a {@code +1 555 ...} phone line.
   */
  static boolean startsDiff(List<BodyLine> lines, int i) {
    return !Addresses.isContactLine(lines.get(i).content()) && start(lines, i) != null;
  }

  /** True if line {@code i} (non-blank) continues the patch; updates the counts. */
  boolean accepts(BodyLine l, int i) {
    boolean contiguous = lastLine == i - 1;
    String c = l.content();
    if (c.startsWith("@@ -") && hunk(c)) {
      return take(i);
    }
    if (isHeader(c)) {
      inStat = false;
      return take(i);
    }
    if (oldLeft > 0 || newLeft > 0) {
      char first = c.charAt(0);
      if (first == '+') {
        newLeft--;
      } else if (first == '-') {
        oldLeft--;
      } else if (first == ' ' || contiguous) {
        oldLeft--;
        newLeft--;
      } else if (first != '\\') {
        oldLeft = 0;
        newLeft = 0;
        return false;
      }
      return take(i);
    }
    if (inStat) {
      if (isStatLine(c) || isStatSummary(c)) {
        sawStat = true;
        inStat = !isStatSummary(c);
        return take(i);
      }
      if (!sawStat) {
        return take(i);  // notes between "---" and the diffstat
      }
      inStat = false;
      return false;
    }
    if (contiguous && !SignatureRules.isDelimiter(c)
        && (c.startsWith("+") || c.startsWith("-") || c.startsWith(" ") || c.startsWith("\\"))) {
      return take(i);  // a hand-written hunk whose counts ran out
    }
    return false;
  }

  /** A blank line at the patch's depth: a context line whose space was stripped. */
  void blank(int i) {
    if ((oldLeft > 0 || newLeft > 0) && lastLine == i - 1) {
      oldLeft--;
      newLeft--;
      lastLine = i;
    }
  }

  boolean expectsMore() {
    return oldLeft > 0 || newLeft > 0;
  }

  private boolean take(int i) {
    lastLine = i;
    return true;
  }

  /** Reads "@@ -a[,b] +c[,d] @@"; sets the counts. */
  private boolean hunk(String c) {
    int minus = 3;
    int plus = c.indexOf(" +", minus);
    int close = plus < 0 ? -1 : c.indexOf(" @@", plus);
    if (plus < 0 || close < 0) {
      return false;
    }
    int o = count(c.substring(minus + 1, plus));
    int n = count(c.substring(plus + 2, close));
    if (o < 0 || n < 0) {
      return false;
    }
    oldLeft = o;
    newLeft = n;
    inStat = false;
    return true;
  }

  private static int count(String range) {
    int comma = range.indexOf(',');
    String len = comma < 0 ? "1" : range.substring(comma + 1);
    String start = comma < 0 ? range : range.substring(0, comma);
    if (start.isEmpty() || !LooseDate.allDigits(start) || len.isEmpty()
        || !LooseDate.allDigits(len) || len.length() > 7) {
      return -1;
    }
    return Integer.parseInt(len);
  }

  static boolean isHeader(String c) {
    for (String h : HEADERS) {
      if (c.startsWith(h)) {
        return !h.equals("--- ") || c.length() > 4;
      }
    }
    return false;
  }

  /** " kernel/bpf/core.c | 12 ++++--" or " foo.png | Bin 0 -> 1234 bytes". */
  static boolean isStatLine(String c) {
    if (c.length() > 300) {
      return false;
    }
    int bar = c.indexOf(" | ");
    if (bar < 1) {
      return false;
    }
    String rest = c.substring(bar + 3).strip();
    if (rest.startsWith("Bin")) {
      return true;
    }
    int i = 0;
    while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    for (int j = i; j < rest.length(); j++) {
      char ch = rest.charAt(j);
      if (ch != '+' && ch != '-' && ch != ' ') {
        return false;
      }
    }
    return true;
  }

  /** " 1 file changed, 81 insertions(+), 6 deletions(-)". */
  static boolean isStatSummary(String c) {
    String t = c.strip();
    return t.length() < 120 && !t.isEmpty() && Character.isDigit(t.charAt(0))
        && (t.contains(" file changed") || t.contains(" files changed"));
  }

  private static boolean statFollows(List<BodyLine> lines, int i) {
    int depth = lines.get(i).depth();
    int seen = 0;
    for (int j = i + 1; j < lines.size() && seen < STAT_LOOKAHEAD; j++) {
      BodyLine l = lines.get(j);
      if (l.blank()) {
        continue;
      }
      if (l.depth() != depth) {
        return false;
      }
      seen++;
      String c = l.content();
      if (isStatLine(c) || isStatSummary(c) || c.startsWith("diff --git ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reviewers quote a few lines of a patch without its hunk header: two or more lines in a
   * row, all starting with {@code +} or with {@code -} glued to text, at least one {@code +}.
   * ("- item" bullets have a space; "+" is no list marker in mail.)
   */
  private static boolean addedLines(List<BodyLine> lines, int i) {
    int depth = lines.get(i).depth();
    int run = 0;
    int plus = 0;
    for (int j = i; j < lines.size() && run < 3; j++) {
      BodyLine l = lines.get(j);
      if (l.blank() || l.depth() != depth) {
        break;
      }
      String c = l.content();
      boolean added = c.startsWith("+") && !c.startsWith("++");
      boolean removed = c.length() > 1 && c.charAt(0) == '-' && c.charAt(1) != ' '
          && c.charAt(1) != '-';
      if (!added && !removed) {
        break;
      }
      plus += added ? 1 : 0;
      run++;
    }
    return run >= 2 && plus >= 1;
  }

  private static BodyLine nextAtDepth(List<BodyLine> lines, int i, int depth) {
    if (i + 1 < lines.size() && lines.get(i + 1).depth() == depth && !lines.get(i + 1).blank()) {
      return lines.get(i + 1);
    }
    return null;
  }
}
