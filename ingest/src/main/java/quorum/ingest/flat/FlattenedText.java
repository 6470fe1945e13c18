package quorum.ingest.flat;

import java.util.ArrayList;
import java.util.List;

/**
 * Recovers the lines of a web-archive copy whose newlines all became spaces while the quote
 * markers stayed inline. Recovery only turns spaces back into newlines, so
 * {@code recover(x).replace('\n', ' ').equals(x)} always holds.
 *
 * <p>How the line breaks are found:
 * <ol>
 *   <li>every run of quote markers ({@code >}, {@code >>}, {@code > > >>} ...) starts a new
 *       line; a run that stands for several lines (empty quoted lines before the text) is cut
 *       by {@link MarkerRunSplitter} from the nesting structure of the whole message;</li>
 *   <li>a quoted line that runs far past the usual width of mail (and of its own block) must
 *       hold the start of the unquoted text that followed it: {@link OwnTextBoundary} cuts it
 *       at the last sentence end (or blank-line gap) that keeps the line within width;</li>
 *   <li>unquoted text is re-wrapped at mail width by {@link ProseWrapper}, an attribution line
 *       ({@code On ... wrote:}, {@code ... writes:}) before a quote staying one line.</li>
 * </ol>
 * Input that still has line breaks is returned unchanged.
 */
public final class FlattenedText {
  private FlattenedText() {}

  /** True when {@code text} looks flattened: one long line (a trailing newline aside). */
  public static boolean isFlattened(String text) {
    String body = stripFinalNewline(text);
    return body.indexOf('\n') < 0 && body.indexOf('\r') < 0;
  }

  /** The text with its lines restored; text that is not flattened comes back unchanged. */
  public static String recover(String flattened) {
    if (!isFlattened(flattened)) {
      return flattened;
    }
    String body = stripFinalNewline(flattened);
    String ending = flattened.substring(body.length());
    FlatText ft = FlatText.parse(body);
    if (ft.tokens.isEmpty()) {
      return flattened;
    }
    LineBreaks breaks = new LineBreaks(ft);
    List<Line> lines = quoteLines(ft, MarkerRunSplitter.split(ft), breaks);
    boolean collapsed = body.indexOf("  ") < 0;
    List<int[]> prose = new ArrayList<>();
    int leadEnd = ft.runs.isEmpty() ? ft.tokens.size() : ft.runs.get(0).first();
    prose.add(new int[] {0, leadEnd});
    OwnTextBoundary boundary = new OwnTextBoundary(ft, lines, collapsed);
    for (int i = 0; i < lines.size(); i++) {
      int cut = boundary.cut(i);
      if (cut >= 0) {
        breaks.paragraph(cut);
        prose.add(new int[] {cut, lines.get(i).end()});
      }
    }
    ProseWrapper wrapper = new ProseWrapper(ft, breaks, collapsed,
        !collapsed && twoSpaceSentences(ft, lines, prose));
    for (int[] p : prose) {
      wrapper.wrap(p[0], p[1]);
    }
    return breaks.render() + ending;
  }

  /** One recovered quoted line: tokens {@code [first, end)}, the first {@code prefix} are markers. */
  record Line(int first, int end, int prefix, int depth) {
    boolean empty() {
      return end - first == prefix;
    }
  }

  private static List<Line> quoteLines(FlatText ft, List<MarkerRunSplitter.RunLines> split,
      LineBreaks breaks) {
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < ft.runs.size(); r++) {
      FlatText.Run run = ft.runs.get(r);
      int runEnd = r + 1 < ft.runs.size() ? ft.runs.get(r + 1).first() : ft.tokens.size();
      MarkerRunSplitter.RunLines rl = split.get(r);
      int pos = run.first();
      if (pos > 0) {
        breaks.lineStart(pos);
      }
      for (int k = 0; k < rl.tokenCounts().length; k++) {
        int count = rl.tokenCounts()[k];
        boolean last = k == rl.tokenCounts().length - 1;
        if (k > 0) {
          breaks.emptyLineEnd(pos);
        }
        lines.add(new Line(pos, last ? runEnd : pos + count, count, rl.depths()[k]));
        pos += count;
      }
    }
    return lines;
  }

  /**
   * True when a quoted line has two spaces after a sentence in its middle: someone in the
   * thread writes that way, so a double space after a sentence is no proof of a blank line.
   */
  private static boolean twoSpaceSentences(FlatText ft, List<Line> lines, List<int[]> prose) {
    for (Line l : lines) {
      int end = l.end();
      for (int[] p : prose) {
        if (p[0] > l.first() && p[0] < l.end()) {
          end = p[0];
        }
      }
      for (int k = l.first() + l.prefix() + 1; k < end; k++) {
        if (ft.token(k).gapBefore() == 2 && Sentences.endsBetween(ft, k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String stripFinalNewline(String s) {
    if (s.endsWith("\r\n")) {
      return s.substring(0, s.length() - 2);
    }
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
