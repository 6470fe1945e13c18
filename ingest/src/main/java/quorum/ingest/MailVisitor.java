package quorum.ingest;

import quorum.mail.Diagnostic;
import quorum.mail.Message;

/**
 * Receives what a reader finds, one message at a time, so a large mbox streams through
 * bounded memory. Every message read ends in exactly one of {@link #message} or {@link #rejected}.
 */
public interface MailVisitor {
  /** A message that was read (body decoded, segments not yet filled in). */
  void message(Message message);

  /** A message that could not be used; {@code why} says where and why. */
  void rejected(Diagnostic why);

  /**
   * As {@link #rejected(Diagnostic)}, with the message's raw bytes, which readers pass when they
   * have them so a front end can keep the message (quorum ingest's rejects mbox).
   */
  default void rejected(RejectedMessage message) {
    rejected(message.why());
  }

  /** A repair or warning that did not cost a message. */
  void diagnostic(Diagnostic diagnostic);
}
