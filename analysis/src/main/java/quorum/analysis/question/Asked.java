package quorum.analysis.question;

import java.util.Objects;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Question;

/** A question found, with where it was asked (for the finders that build on questions). */
public record Asked(Question question, Turn turn, Block block, Sentence sentence) {
  public Asked {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(sentence, "sentence");
  }
}
