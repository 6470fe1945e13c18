package quorum.analysis.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Merges the points of a thread into topics. Two points are one topic when
 * <ul>
 *   <li>they are questions of one block of one message and both open items of one list
 *       (blank lines between the items or not), or of one paragraph with the later a direct
 *       question carrying on from the earlier (an alternative "Or ...?", a pronoun pointing
 *       back, a shared noun, too short to stand alone);</li>
 *   <li>the later was written right under a quote that holds the earlier, and is short
 *       ("Two releases?") or shares a noun with it, unless it "also" asks for something
 *       more ("Could this also include ...?" adds a point beside the quoted one) or is a
 *       suggestion someone else then answers under a quote of it alone (taken up as a course
 *       of its own, see {@link #answeredOnItsOwn});</li>
 *   <li>they share at least {@value #MIN_SHARED} distinctive nouns (thread-wide words do
 *       not count, see {@link ThreadVocabulary}) with a Dice overlap of at least
 *       {@value #MIN_DICE}, or points naming few things share one with a Dice of at least
 *       {@value #FEW_NOUNS_DICE}.</li>
 * </ul>
 * The thread's proposal is never merged: replies to it are its topic already. Topics come
 * out in the order of their first point, each listing its points in the order given.
 */
public final class TopicMerger {
  static final int MIN_SHARED = 2;
  static final double MIN_DICE = 0.4;
  static final double FEW_NOUNS_DICE = 0.5;
  private static final int SHORT = 3;

  public List<List<Point>> merge(ThreadView view, List<Point> points) {
    int n = points.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < j; i++) {
        if (sameTopic(view, points.get(i), points.get(j))) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Point>> topics = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      topics.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(points.get(i));
    }
    return new ArrayList<>(topics.values());
  }

  /** Whether {@code later} is on the same topic as {@code earlier}. */
  static boolean sameTopic(ThreadView view, Point earlier, Point later) {
    if (earlier.kind() == Point.Kind.PROPOSAL || later.kind() == Point.Kind.PROPOSAL) {
      return false;
    }
    return oneParagraph(view, earlier, later) || asksUnderQuote(view, earlier, later)
        || sharesNouns(earlier, later);
  }

  /** Two questions of one block: items of one list, or one paragraph carrying on. */
  static boolean oneParagraph(ThreadView view, Point a, Point b) {
    if (a.kind() != Point.Kind.QUESTION || b.kind() != Point.Kind.QUESTION
        || !a.turn().key().equals(b.turn().key()) || a.block().isEmpty()
        || a.block().get() != b.block().orElse(null)) {
      return false;
    }
    Sentence x = a.sentence().orElseThrow();
    Sentence y = b.sentence().orElseThrow();
    String text = ThreadView.ownText(a.turn().message());
    int from = Math.min(x.end(), y.end());
    int to = Math.max(x.begin(), y.begin());
    if (from < 0 || to > text.length() || from > to) {
      return false;
    }
    // the items of one list of questions ask about one point from several sides, even when
    // blank lines set the items apart
    if (listItem(text, x.begin()) && listItem(text, y.begin())) {
      return true;
    }
    return !blankLine(text.substring(from, to)) && continues(x, y);
  }

  /**
   * Whether {@code next} carries on from {@code first}: a direct question that offers an
   * alternative ("Or do you mean ...?"), points back with a pronoun ("How would we even know
   * they exist?"), shares a noun with it, or is too short to stand alone.
   */
  static boolean continues(Sentence first, Sentence next) {
    // a statement ("I'm not sure why it exists") after a question opens a point of its own
    if (!next.text().strip().endsWith("?")) {
      return false;
    }
    if (Words.content(next.text()).size() <= SHORT
        || Words.overlap(TopicWords.nouns(first), TopicWords.nouns(next)) > 0) {
      return true;
    }
    for (Token t : next.tokens()) {
      String w = t.lowerWord();
      if (t.index() == 1 && (w.equals("or") || w.equals("and"))) {
        return true;
      }
      if (t.tag().equals("PRP") && BACK_POINTING.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BACK_POINTING = Set.of("it", "they", "them");

  /** A sentence that opens a list item ("- When do ...?", "* Which ...?"). */
  private static boolean listItem(String text, int begin) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1;
    String before = text.substring(lineStart, Math.min(begin, text.length())).strip();
    String from = text.substring(Math.min(begin, text.length())).stripLeading();
    return before.isEmpty() && (from.startsWith("- ") || from.startsWith("* "))
        || before.equals("-") || before.equals("*");
  }

  private static boolean blankLine(String between) {
    int newlines = 0;
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (c == '\n') {
        newlines++;
        if (newlines >= 2) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        newlines = 0;
      }
    }
    return false;
  }

  /** {@code later} was written in a block whose quote holds {@code earlier}'s sentence. */
  static boolean asksUnderQuote(ThreadView view, Point earlier, Point later) {
    if (later.sentence().isEmpty() || earlier.sentence().isEmpty()
        || later.block().isEmpty() || earlier.turn().key().equals(later.turn().key())) {
      return false;
    }
    Block b = later.block().get();
    String said = Words.squash(earlier.sentence().get().text());
    String anchor = Words.squash(b.anchor());
    // anywhere in the quote right above: an inline reply often quotes a whole paragraph
    // whose point is not its last sentence
    if (!b.hasAnchor() || said.isEmpty() || !anchor.contains(said)) {
      return false;
    }
    Sentence asked = later.sentence().orElseThrow();
    if (addsAPoint(asked) || answeredOnItsOwn(view, later)) {
      return false;
    }
    return Words.content(asked.text()).size() <= SHORT
        || Words.overlap(TopicWords.nouns(asked), TopicWords.nouns(earlier.sentence().get())) > 0;
  }

  /**
   * A suggestion written under a quoted point that someone else then answers under a quote of
   * it alone (see {@link Uptake#answeredUnder}): "One thing I'd like would be one mail per
   * patch" under "Should we make these mails opt-in?", answered "Yes, a digest would be good"
   * under a quote of it: the others took it up as a course of its own, not as part of the
   * point it answered. Not one naming fewer than {@value OwnTextPoints#MIN_NOUNS} things ("Send
   * a patch."), nor one that says yes to the quote ({@link #ASSENT}).
   */
  static boolean answeredOnItsOwn(ThreadView view, Point later) {
    Sentence s = later.sentence().orElseThrow();
    return later.kind() == Point.Kind.SUGGESTION && later.words().size() >= OwnTextPoints.MIN_NOUNS
        && !s.hasAny(ASSENT) && Uptake.answeredUnder(view, later.turn(), s.text());
  }

  /**
   * Words by which an answer says yes to what it quotes ("Sure, we can include contacts",
   * "so yes, it would be good to say so"): it carries the quoted point out, no course of its own.
   */
  private static final Set<String> ASSENT = Set.of("yes", "sure", "agreed", "ok", "okay");

  /**
   * "Could this also include lessons on X?": an "also" adds a point beside the quoted one
   * rather than carrying it on.
   */
  static boolean addsAPoint(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.lowerWord().equals("also") && t.tag().startsWith("RB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * At least {@value #MIN_SHARED} distinctive nouns shared with a Dice of at least
   * {@value #MIN_DICE}, or, for points that name few things ("Is the RETIRED file read by
   * anything?" after "We could add a RETIRED file."), one shared with a Dice of at least
   * {@value #FEW_NOUNS_DICE}.
   */
  static boolean sharesNouns(Point a, Point b) {
    int shared = Words.overlap(a.words(), b.words());
    int total = a.words().size() + b.words().size();
    if (total == 0) {
      return false;
    }
    double dice = 2.0 * shared / total;
    return shared >= MIN_SHARED && dice >= MIN_DICE || shared >= 1 && dice >= FEW_NOUNS_DICE;
  }

  private static int find(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
