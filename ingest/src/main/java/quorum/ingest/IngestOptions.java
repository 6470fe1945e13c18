package quorum.ingest;

import java.util.Objects;

/**
 * How to read input. {@link #LENIENT} repairs and reports; {@link #STRICT} turns the first
 * ERROR diagnostic into a failure.
 *
 * @param maxMessageBytes messages larger than this are rejected, not parsed
 * @param limits the other per-message bounds (MIME parts and depth, header length, References,
 *     quote depth), which cut a message down instead of rejecting it
 */
public record IngestOptions(InputFormat format, boolean strict, long maxMessageBytes,
    MessageLimits limits) {
  public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
  public static final IngestOptions LENIENT =
      new IngestOptions(InputFormat.AUTO, false, DEFAULT_MAX_MESSAGE_BYTES);
  public static final IngestOptions STRICT =
      new IngestOptions(InputFormat.AUTO, true, DEFAULT_MAX_MESSAGE_BYTES);

  public IngestOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(limits, "limits");
    if (maxMessageBytes < 1) {
      throw new IllegalArgumentException("maxMessageBytes=" + maxMessageBytes);
    }
  }

  /** With the default {@link MessageLimits}. */
  public IngestOptions(InputFormat format, boolean strict, long maxMessageBytes) {
    this(format, strict, maxMessageBytes, MessageLimits.DEFAULT);
  }

  public IngestOptions withFormat(InputFormat f) {
    return new IngestOptions(f, strict, maxMessageBytes, limits);
  }

  public IngestOptions withMaxMessageBytes(long max) {
    return new IngestOptions(format, strict, max, limits);
  }

  public IngestOptions withLimits(MessageLimits l) {
    return new IngestOptions(format, strict, maxMessageBytes, l);
  }
}
