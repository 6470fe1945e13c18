package quorum.mail;

/** A failure of a whole input or of the environment (not a damaged message, which is a Diagnostic). */
public class QuorumException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuorumException(String message) {
    super(message);
  }

  public QuorumException(String message, Throwable cause) {
    super(message, cause);
  }
}
