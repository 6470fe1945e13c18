package quorum.analysis.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a sentence: its 1-based index, the word as written, its Penn Treebank tag, its
 * lemma, and its character offsets in the text that was annotated.
 *
 * <p>The lower-case forms of lemma and word are components too, computed here once: the
 * finders compare them for every token of every sentence against many word lists, and
 * lower-casing on each comparison was a third of a cached re-analysis. Whatever is passed for
 * them is replaced; use the six-value constructor.
 *
 * @param lower the lemma in lower case (Locale.ROOT), the form the lexicons are written in
 * @param lowerWord the word in lower case
 */
public record Token(int index, String word, String tag, String lemma, int begin, int end,
    String lower, String lowerWord) {
  public Token(int index, String word, String tag, String lemma, int begin, int end) {
    this(index, word, tag, lemma, begin, end, null, null);
  }

  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
    if (index < 1 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("index=" + index + " begin=" + begin + " end=" + end);
    }
    lower = lemma.toLowerCase(Locale.ROOT);
    lowerWord = word.toLowerCase(Locale.ROOT);
  }

  /** True when the lemma or the word, in lower case, is {@code w} (given in lower case). */
  public boolean isLower(String w) {
    return lower.equals(w) || lowerWord.equals(w);
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean isModal() {
    return tag.equals("MD");
  }

  public boolean isWh() {
    return tag.startsWith("W");
  }

  public boolean isPunct() {
    return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
  }
}
