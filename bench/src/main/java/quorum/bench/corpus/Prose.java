package quorum.bench.corpus;

import java.util.Locale;
import java.util.Random;

/**
 * Generated own text: sentences of drawn words with the shapes the analysis looks for
 * (questions, RFC 2119 keywords, agreement and objection), an identifier or a non-ASCII
 * character now and then, wrapped at 72 columns as mail clients do.
 */
final class Prose {
  private static final String[] OPENERS = {"I think", "Honestly,", "As far as I can tell,",
      "To be clear,", "In my experience", "I agree that", "I am not convinced that",
      "We discussed this at the summit and", "Looking at the numbers,", "Fair point, but"};
  private static final String[] MODALS = {"MUST", "SHOULD", "MAY", "must", "should", "may",
      "MUST NOT", "SHOULD NOT"};
  private static final String[] QUESTIONS = {"Why do we need", "Could you explain", "Does this break",
      "Would it make sense to", "What happens to", "Is there a reason for"};
  private static final String[] NON_ASCII = {"“this”", "naïve", "café", "Jörg’s", "déjà vu", "≥",
      "–", "Łukasz", "Müller"};

  private final Random r;
  private final boolean unicode;

  Prose(Random r, boolean unicode) {
    this.r = r;
    this.unicode = unicode;
  }

  String sentence() {
    StringBuilder b = new StringBuilder();
    int kind = r.nextInt(10);
    if (kind == 0) {
      b.append(Vocabulary.pick(r, QUESTIONS));
    } else if (kind < 4) {
      b.append(Vocabulary.pick(r, OPENERS));
    } else {
      b.append(capitalized(Vocabulary.word(r)));
    }
    int words = 5 + r.nextInt(16);
    for (int i = 0; i < words; i++) {
      b.append(' ');
      int roll = r.nextInt(1000);
      if (roll == 0) {
        b.append(Vocabulary.PHRASE);
      } else if (roll < 30) {
        b.append(Vocabulary.identifier(r).replace(' ', '_')).append("()");
      } else if (roll < 50) {
        b.append(Vocabulary.pick(r, MODALS));
      } else if (roll < 60 && unicode) {
        b.append(Vocabulary.pick(r, NON_ASCII));
      } else {
        b.append(Vocabulary.word(r));
      }
    }
    b.append(kind == 0 ? "?" : ".");
    return b.toString();
  }

  /** A paragraph of 1-5 sentences, wrapped; {@code rare} adds the rare-word sentence. */
  String paragraph(boolean rare) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(sentence());
    }
    if (rare) {
      b.append(" The ").append(Vocabulary.RARE).append(" window needs a closer look.");
    }
    return wrap(b.toString(), 72);
  }

  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int col = 0;
    for (String w : text.split(" ")) {
      if (col > 0 && col + 1 + w.length() > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.append('\n').toString();
  }

  private static String capitalized(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
