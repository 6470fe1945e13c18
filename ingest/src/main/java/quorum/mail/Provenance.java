package quorum.mail;

/** How quorum knows a message: it read the mail, or only saw it quoted inside later mail. */
public enum Provenance { HEADERS, QUOTED_ONLY }
