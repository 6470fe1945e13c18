package quorum.analysis;

import quorum.mail.QuorumException;

/** The analysis as a whole failed (the language models cannot be loaded, a gold file is unusable). */
public class AnalysisException extends QuorumException {
  private static final long serialVersionUID = 1L;

  public AnalysisException(String message) {
    super(message);
  }

  public AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }
}
