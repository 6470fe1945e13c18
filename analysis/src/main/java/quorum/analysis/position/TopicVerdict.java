package quorum.analysis.position;

import java.util.Locale;
import java.util.Set;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * A verdict on the thread's topic as a whole. "It is a good idea and I endorse it too" under a
 * quote that speaks of "this idea of a Support Group", "I think this is a really good idea"
 * under a quote of the message that puts the support group forward: a verdict that names
 * nothing of its own (no noun but "idea", "thing", "something along these lines") judges
 * what the quote above it is about; when that quote takes up the words of the thread's
 * subject, that is the topic the subject puts up for discussion, not the last point the quote
 * happens to end with. A verdict that opens a longer sentence ("I think this is a really good
 * idea, and I do think the bit about submitters ... is important") counts by its leading
 * clause: the rest argues a point of its own.
 */
final class TopicVerdict {
  private TopicVerdict() {}

  /** Nouns that name no point of their own: what a verdict on "this" calls its object. */
  private static final Set<String> GENERIC = Set.of("idea", "thing", "something", "line",
      "one", "stuff", "approach", "plan", "proposal", "direction", "topic", "subject",
      "discussion", "way", "effort", "suggestion", "lot", "bit", "time");

  /** Marks that close a leading verdict before the sentence argues on ("..., and ..."). */
  private static final Set<String> CLAUSE_BREAKS = Set.of("-", "--", "\u2014", ";", ":");

  /** Content words of the subject a quote must take up to be about the topic (fewer: all). */
  private static final int SUBJECT_WORDS = 2;

  /**
   * Whether the leading clause of {@code s} is a verdict that names nothing of its own (see
   * the class comment); the stance reader decides whether it is a verdict at all.
   */
  static boolean namesNothing(Sentence s) {
    for (int i = 1; i <= s.size(); i++) {
      Token t = s.token(i);
      if (i > 1 && (CLAUSE_BREAKS.contains(t.word())
          || t.word().equals(",") && i < s.size() && s.token(i + 1).lowerWord().equals("and"))) {
        return true;
      }
      if (t.tag().startsWith("NNP") || t.tag().equals("CD")
          || t.tag().startsWith("NN") && !GENERIC.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code quote} is about the topic stated by {@code subject}: it takes up
   * {@value #SUBJECT_WORDS} of the subject's content words (all of them when it has fewer).
   */
  static boolean quoteIsAbout(String quote, String subject) {
    Set<String> words = Words.content(subject);
    int need = Math.min(SUBJECT_WORDS, words.size());
    return need > 0 && Words.overlap(Words.content(quote), words) >= need;
  }
}
