package quorum.ingest.quote;

import quorum.mail.Discussion;

/**
 * Adds to a thread the messages that exist only as quotes and links them into its reply
 * tree. Placeholder: returns the thread unchanged (issue 3).
 */
public final class QuoteTreeBuilder {
  public Discussion complete(Discussion discussion) {
    return discussion;
  }
}
