package quorum.analysis.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.analysis.nlp.Sentence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;

/**
 * A run of the author's own text and the quoted text right above it that it answers (the
 * anchor: depth-1 quoted lines, "" when the text does not follow a quote). Inline replies
 * are a sequence of blocks.
 *
 * @param anchorFrom the message the anchor quotes (the parent in the reply tree), if known
 */
public record Block(MessageKey in, int index, String anchor, Optional<MessageKey> anchorFrom,
    List<Sentence> sentences, LineSpan lines) {
  public Block {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(anchorFrom, "anchorFrom");
    Objects.requireNonNull(lines, "lines");
    sentences = List.copyOf(sentences);
  }

  public boolean hasAnchor() {
    return !anchor.isBlank();
  }
}
