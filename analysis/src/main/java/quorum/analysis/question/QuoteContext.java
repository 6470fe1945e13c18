package quorum.analysis.question;

import quorum.analysis.internal.Block;
import quorum.analysis.internal.Turn;
import quorum.mail.Authored;
import quorum.mail.Patch;
import quorum.mail.Quoted;
import quorum.mail.Segment;

/**
 * The quoted text right above a block, at every depth: a reply that trims a thread to
 * "&gt;&gt; question / &gt; answer" and writes below answers both levels, not only the
 * depth-1 anchor {@link Block} keeps.
 */
final class QuoteContext {
  private QuoteContext() {}

  /** All quoted lines (prose or patch, any depth) between the previous own text and {@code b}. */
  static String above(Turn t, Block b) {
    StringBuilder quote = new StringBuilder();
    for (Segment s : t.message().segments()) {
      if ((s instanceof Quoted || s instanceof Patch) && s.depth() >= 1) {
        quote.append(s.text()).append('\n');
      } else if (s instanceof Authored) {
        if (s.lines().first() == b.lines().first()) {
          return quote.toString();
        }
        quote.setLength(0);
      }
    }
    return b.anchor();
  }
}
