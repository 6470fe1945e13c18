package quorum.mail;

/** How bad a problem in the input is. */
public enum Severity {
  /** Repaired or worked around; nothing lost. */
  WARN,
  /** A message or file could not be used and was rejected. */
  ERROR
}
