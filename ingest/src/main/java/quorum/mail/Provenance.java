package quorum.mail;

/** How quorum knows a message: it read the mail, or only saw it quoted inside later mail. */
public enum Provenance {
  /** Real mail, read with its header fields. */
  HEADERS,
  /** Recovered from quoted text in later mail; never seen as mail itself. */
  QUOTED_ONLY,
  /** A web-archive copy with the headers gone (author, date and ids unknown). */
  ARCHIVE_COPY
}
