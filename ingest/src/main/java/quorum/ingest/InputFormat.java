package quorum.ingest;

/** The input shapes quorum reads; {@link #AUTO} detects per file. */
public enum InputFormat {
  AUTO,
  /** mbox, mboxo or mboxrd ({@code >From} escaping), optionally gzip-compressed. */
  MBOX,
  /** A maildir ({@code cur/}, {@code new/}, {@code tmp/}). */
  MAILDIR,
  /** One RFC 5322 message per file. */
  EML,
  /** A web-archive copy: no headers, newlines flattened to spaces, quote markers inline. */
  FLATTENED
}
