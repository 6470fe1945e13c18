package quorum.mail;

/** Why a reply-tree node has the parent it has. */
public enum Link {
  /** No parent. */
  ROOT,
  /** The In-Reply-To header. */
  IN_REPLY_TO,
  /** The References header (JWZ). */
  REFERENCES,
  /** Same normalized subject as an earlier root (orphans only). */
  SUBJECT,
  /** The parent's text is quoted in this message (quote levels nest). */
  QUOTE_CONTAINMENT,
  /** An attribution line names the parent's author. */
  ATTRIBUTION
}
