package quorum.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quorum.index.schema.IndexDoc;
import quorum.index.schema.MessageMapper;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;

/**
 * A discussion with the work of indexing it that needs no index done ahead: each message mapped
 * to its document as if its reply-tree parent stays its parent. {@link #of} is safe on any
 * thread, so an ingest prepares discussions on a worker while the session adds earlier ones
 * ({@link IndexWriterSession#add(PreparedDiscussion)}). The text is analyzed by the writer, on
 * its adding threads: analyzing it here as well and replaying the tokens there cost more CPU
 * and left the adding threads idle while the workers were the busiest (bench/RESULTS.md,
 * seventh pass). What the index decides (thread ids, a parent that turns out to be an indexed
 * message under another key) is settled when the discussion is added; a message whose parent
 * changes there is mapped again, so the documents are the same as
 * {@link IndexWriterSession#add(Discussion)} writes.
 */
public final class PreparedDiscussion {
  private final Discussion discussion;
  private final List<Doc> docs;

  /** One message's document, thread id still 0 and thread subject still "". */
  record Doc(Optional<MessageKey> parent, IndexDoc doc) {}

  private PreparedDiscussion(Discussion discussion, List<Doc> docs) {
    this.discussion = discussion;
    this.docs = docs;
  }

  /** Maps every message of {@code d}. */
  public static PreparedDiscussion of(Discussion d) {
    List<Doc> docs = new ArrayList<>(d.messages().size());
    for (Message m : d.messages()) {
      Optional<MessageKey> parent = d.tree().parentOf(m.key());
      docs.add(new Doc(parent, MessageMapper.map(m, parent, 0L, "")));
    }
    return new PreparedDiscussion(d, docs);
  }

  /** Nothing done ahead: {@link IndexWriterSession#add(Discussion)}. */
  static PreparedDiscussion none(Discussion d) {
    return new PreparedDiscussion(d, List.of());
  }

  public Discussion discussion() {
    return discussion;
  }

  /** The prepared document of the {@code i}-th message, if prepared with this parent. */
  Optional<Doc> doc(int i, Optional<MessageKey> parent) {
    if (i >= docs.size() || !docs.get(i).parent().equals(parent)) {
      return Optional.empty();
    }
    return Optional.of(docs.get(i));
  }
}
