package quorum.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/** One message of a thread as analysis sees it: its own-text blocks, annotated. */
public record Turn(Message message, int position, List<Block> blocks) {
  public Turn {
    Objects.requireNonNull(message, "message");
    blocks = List.copyOf(blocks);
  }

  public MessageKey key() {
    return message.key();
  }

  public Participant author() {
    return message.from();
  }

  public List<Sentence> sentences() {
    List<Sentence> out = new ArrayList<>();
    for (Block b : blocks) {
      out.addAll(b.sentences());
    }
    return out;
  }

  /** The block holding {@code s}. */
  public Block blockOf(Sentence s) {
    for (Block b : blocks) {
      for (Sentence x : b.sentences()) {
        if (x == s) {
          return b;
        }
      }
    }
    throw new IllegalArgumentException("sentence not in " + key() + ": " + s.text());
  }
}
