package quorum.index;

import java.util.List;
import java.util.Objects;
import quorum.mail.Message;

/**
 * One thread as the index keeps it: its id (as {@code quorum threads} prints it) and its real
 * messages as read, oldest first, without segments. The ingest pipeline rebuilds the
 * discussion (segments, reply tree, quote-only nodes) from them.
 */
public record IndexedThread(String thread, List<Message> messages) {
  public IndexedThread {
    Objects.requireNonNull(thread, "thread");
    messages = List.copyOf(messages);
  }
}
