package quorum.ingest;

import quorum.mail.QuorumException;

/** A whole input could not be read: missing, unreadable, empty, or not mail at all. */
public class IngestException extends QuorumException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
