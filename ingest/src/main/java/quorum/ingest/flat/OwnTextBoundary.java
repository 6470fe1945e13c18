package quorum.ingest.flat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds where unquoted text begins inside the text of a recovered quoted line. In flattened
 * text, own text written after a quote has no marker of its own, so it sits at the end of the
 * last quoted line. Mail is wrapped at about 72-80 columns: a quoted line that runs far past
 * the usual width (that of its own block, and of mail in general) must hold the start of the
 * unquoted text, and the quote most likely ended at the last sentence end that keeps the line
 * within width. When newlines became spaces one for one (not collapsed), a blank line shows
 * as a double space, which is a stronger cue than width.
 */
final class OwnTextBoundary {
  /** Mail is wrapped at 72-80 columns; a quoted line up to this long needs no explanation. */
  static final int MAIL_WIDTH = 72;
  private static final int SLACK = 8;
  /** Fewer lines than this in a block say nothing about its width. */
  private static final int MIN_BLOCK_LINES = 2;
  /** A block with this many other lines shows its wrap width reliably. */
  private static final int FILLED_BLOCK_LINES = 3;
  /** Wider than any mail client wraps: such a line says nothing about its block's width. */
  private static final int OVERLONG = 100;

  private final FlatText ft;
  private final List<FlattenedText.Line> lines;
  private final boolean collapsed;

  OwnTextBoundary(FlatText ft, List<FlattenedText.Line> lines, boolean collapsed) {
    this.ft = ft;
    this.lines = lines;
    this.collapsed = collapsed;
  }

  /** The token where own text starts in line {@code i}, or -1 when the line is all quote. */
  int cut(int i) {
    FlattenedText.Line line = lines.get(i);
    int textFirst = line.first() + line.prefix();
    if (line.empty() || line.depth() < 1 || textFirst >= line.end()) {
      return -1;
    }
    boolean code = looksLikeCode(textFirst);
    int[] ref = referenceWidth(i);
    int threshold = Math.max(ref[0], MAIL_WIDTH) + SLACK;
    int start = ft.token(line.first()).start();
    int length = ft.token(line.end() - 1).end() - start;
    // past the width of mail, or (with no blank lines left to go by) past a well-filled
    // block wrapped at mail width
    boolean tooLong = length > threshold || (collapsed && ref[1] >= FILLED_BLOCK_LINES
        && length > Math.max(ref[0] + 2, MAIL_WIDTH));
    int fits = Math.max(ref[0] + 2, MAIL_WIDTH);
    int firstBlank = -1;
    int lastSentence = -1;
    int lastFitting = -1;
    for (int c = textFirst + 1; c < line.end(); c++) {
      int quoted = ft.token(c - 1).end() - start;
      if (quoted > threshold) {
        break;
      }
      if (!collapsed && ft.token(c).gapBefore() >= 2 && firstBlank < 0
          && (!code || startsProse(c))) {
        firstBlank = c;
      }
      if (code ? statementThenProse(c) : Sentences.endsBetween(ft, c)) {
        lastSentence = c;
        lastFitting = quoted <= fits ? c : lastFitting;
      }
    }
    if (firstBlank >= 0 && (tooLong || blankLineFollows(i))) {
      return firstBlank;
    }
    // the quote most likely ended at the last sentence that keeps the line within its
    // block's width; failing that, within the width of mail
    return !tooLong ? -1 : lastFitting >= 0 ? lastFitting : lastSentence;
  }

  /** A code statement ends ("goto out;") and prose starts ("Why not ..."). */
  private boolean statementThenProse(int c) {
    FlatText.Token prev = ft.token(c - 1);
    FlatText.Token next = ft.token(c);
    char last = ft.text.charAt(prev.end() - 1);
    return ";{})".indexOf(last) >= 0 && next.end() - next.start() > 1
        && Character.isUpperCase(ft.text.charAt(next.start()))
        && Character.isLowerCase(ft.text.charAt(next.start() + 1));
  }

  /** A blank line (a double space) before the next line, or the end of the text. */
  private boolean blankLineFollows(int i) {
    return i + 1 >= lines.size() || ft.token(lines.get(i + 1).first()).gapBefore() >= 2;
  }

  /** Prose after a code line starts with a capital letter ("Why not ..."). */
  private boolean startsProse(int c) {
    return Character.isUpperCase(ft.text.charAt(ft.token(c).start()));
  }

  /** Patch and diff lines are long for reasons of their own. */
  private boolean looksLikeCode(int textFirst) {
    FlatText.Token t = ft.token(textFirst);
    int len = t.end() - t.start();
    char c = ft.text.charAt(t.start());
    boolean diffLine = (c == '+' || c == '-') && len > 1;  // "+added", "---", not "- item"
    return diffLine || c == '@' || c == '|' || ft.text.startsWith("diff", t.start());
  }

  /**
   * The usual width of the block line {@code i} sits in (consecutive lines at its depth): the
   * widest of its other lines, else the upper quartile of all other quoted lines; and how
   * many lines that width was taken from.
   */
  private int[] referenceWidth(int i) {
    int depth = lines.get(i).depth();
    List<Integer> block = new ArrayList<>();
    for (int k = i - 1; k >= 0 && lines.get(k).depth() == depth; k--) {
      addWidth(block, k);
    }
    for (int k = i + 1; k < lines.size() && lines.get(k).depth() == depth; k++) {
      addWidth(block, k);
    }
    block = withoutOverlong(block);
    if (block.size() >= MIN_BLOCK_LINES) {
      return new int[] {Collections.max(block), block.size()};
    }
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (k != i) {
        addWidth(all, k);
      }
    }
    if (all.size() < MIN_BLOCK_LINES) {
      return new int[] {MAIL_WIDTH, 0};
    }
    Collections.sort(all);
    return new int[] {all.get((all.size() * 3) / 4), all.size()};
  }

  /**
   * Drops lines far wider than mail (own text glued to a quote, a pasted log line), which
   * would hide the block's real width: interleaved replies put such a line in every block.
   */
  private static List<Integer> withoutOverlong(List<Integer> widths) {
    if (widths.isEmpty()) {
      return widths;
    }
    List<Integer> sorted = new ArrayList<>(widths);
    Collections.sort(sorted);
    int median = sorted.get(sorted.size() / 2);
    int limit = Math.max(OVERLONG, median + median / 2);
    List<Integer> out = new ArrayList<>();
    for (int w : widths) {
      if (w <= limit) {
        out.add(w);
      }
    }
    return out;
  }

  private void addWidth(List<Integer> out, int k) {
    FlattenedText.Line l = lines.get(k);
    if (!l.empty()) {
      out.add(ft.token(l.end() - 1).end() - ft.token(l.first()).start());
    }
  }
}
