package quorum.analysis.internal;

import quorum.analysis.nlp.Sentence;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;

/** Builds {@link Evidence} for a sentence of a block: message, body lines, sentence, anchor. */
public final class Evidences {
  private Evidences() {}

  public static Evidence of(Turn t, Block b, Sentence s) {
    return new Evidence(t.key(), lines(b, s), s.text().replaceAll("\\s+", " ").strip(),
        lastSentence(b.anchor()));
  }

  /** The block's lines; a sentence's own lines are not tracked finer than its block. */
  private static LineSpan lines(Block b, Sentence s) {
    return b.lines();
  }

  /** The last sentence of a quoted anchor (what a reply most directly answers), one line. */
  public static String lastSentence(String anchor) {
    String a = anchor.replaceAll("\\s+", " ").strip();
    if (a.isEmpty()) {
      return "";
    }
    int end = a.length();
    while (end > 0 && ".!?".indexOf(a.charAt(end - 1)) >= 0) {
      end--;
    }
    int cut = Math.max(a.lastIndexOf(". ", end - 1), Math.max(a.lastIndexOf("? ", end - 1),
        a.lastIndexOf("! ", end - 1)));
    String last = cut < 0 ? a : a.substring(cut + 2);
    return last.length() > 400 ? last.substring(last.length() - 400) : last;
  }
}
