package quorum.mail;

/** The shapes of attribution lines quorum recognises. */
public enum AttributionStyle {
  /** {@code On <date>, <name> <addr> wrote:} and its translations. */
  ON_DATE_WROTE,
  /** {@code <name> <addr> writes:} / {@code <name> wrote:} without a date. */
  NAME_WRITES,
  /** {@code Quoting <name> (<date>):} */
  QUOTING,
  /** An Outlook-style header block ({@code -----Original Message-----}, {@code From: ... Sent: ...}). */
  HEADER_BLOCK
}
