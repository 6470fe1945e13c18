package quorum.analysis.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a sentence: its 1-based index, the word as written, its Penn Treebank tag, its
 * lemma, and its character offsets in the text that was annotated.
 */
public record Token(int index, String word, String tag, String lemma, int begin, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
    if (index < 1 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("index=" + index + " begin=" + begin + " end=" + end);
    }
  }

  /** The lemma in lower case (Locale.ROOT), the form the lexicons are written in. */
  public String lower() {
    return lemma.toLowerCase(Locale.ROOT);
  }

  /** The word in lower case. */
  public String lowerWord() {
    return word.toLowerCase(Locale.ROOT);
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
