package quorum.analysis.topic;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;

/**
 * One point raised in a thread before points are merged into topics: the proposal, a
 * question, or a suggestion or concern stated in own text.
 *
 * @param sentence the sentence that raised it (empty for the proposal named by its subject)
 * @param words    its distinctive nouns (see {@link TopicWords#nouns}, {@link ThreadVocabulary})
 */
public record Point(Kind kind, String text, Turn turn, Optional<Block> block,
    Optional<Sentence> sentence, Set<String> words) {
  /** How a point was raised. */
  public enum Kind {
    PROPOSAL, QUESTION, SUGGESTION, CONCERN
  }

  public Point {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(sentence, "sentence");
    words = Set.copyOf(words);
  }
}
