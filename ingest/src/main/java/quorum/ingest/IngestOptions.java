package quorum.ingest;

import java.util.Objects;

/**
 * How to read input. {@link #LENIENT} repairs and reports; {@link #STRICT} turns the first
 * ERROR diagnostic into a failure.
 *
 * @param maxMessageBytes messages larger than this are rejected, not parsed
 */
public record IngestOptions(InputFormat format, boolean strict, long maxMessageBytes) {
  public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
  public static final IngestOptions LENIENT =
      new IngestOptions(InputFormat.AUTO, false, DEFAULT_MAX_MESSAGE_BYTES);
  public static final IngestOptions STRICT =
      new IngestOptions(InputFormat.AUTO, true, DEFAULT_MAX_MESSAGE_BYTES);

  public IngestOptions {
    Objects.requireNonNull(format, "format");
    if (maxMessageBytes < 1) {
      throw new IllegalArgumentException("maxMessageBytes=" + maxMessageBytes);
    }
  }

  public IngestOptions withFormat(InputFormat f) {
    return new IngestOptions(f, strict, maxMessageBytes);
  }
}
