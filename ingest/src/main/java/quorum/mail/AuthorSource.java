package quorum.mail;

/** Where a message's author comes from. */
public enum AuthorSource {
  /** The From: header of real mail. */
  HEADER,
  /** An attribution line above the quoted text ("On ..., X wrote:"). */
  ATTRIBUTION,
  /** Nothing states it; inferred from context (e.g. the poster who keeps replying). */
  INFERRED,
  /** Nothing states it and nothing allowed a guess. */
  UNKNOWN
}
