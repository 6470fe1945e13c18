package quorum.analysis.nlp;

import java.util.List;

/**
 * Splits text into sentences and annotates each with tokens, part-of-speech tags, lemmas and
 * dependency edges. The finders see only this interface, so their rules can be tested on
 * hand-built sentences; {@link CoreNlpAnnotator} is the real implementation.
 */
public interface SentenceAnnotator {
  /** The sentences of {@code text}, in order; offsets index into {@code text}. */
  List<Sentence> annotate(String text);
}
