package quorum.ingest;

import java.util.Arrays;
import java.util.Objects;
import quorum.mail.Diagnostic;

/**
 * A message that could not be used, with its raw bytes as read (after mboxrd unescaping), so a
 * front end can keep it for the user instead of dropping it. Over the size cap only its first
 * {@link #EXCERPT_BYTES} bytes are kept ({@link #complete()} is then false); the whole message
 * is still in the input at {@code why.where()}.
 *
 * @param size the message's full size in bytes
 */
public record RejectedMessage(Diagnostic why, byte[] raw, long size) {
  /** How much of a message over the size cap is kept: enough to see its header block. */
  public static final int EXCERPT_BYTES = 64 * 1024;

  public RejectedMessage {
    Objects.requireNonNull(why, "why");
    raw = raw.clone();
    if (size < raw.length) {
      throw new IllegalArgumentException("size=" + size + " raw.length=" + raw.length);
    }
  }

  /** The bytes {@code data[off, off + len)} of a message of {@code size} bytes. */
  public static RejectedMessage of(Diagnostic why, byte[] data, int off, int len, long size) {
    return new RejectedMessage(why, Arrays.copyOfRange(data, off, off + len), size);
  }

  /** The first {@link #EXCERPT_BYTES} of {@code data[off, off + len)}, of a message of {@code size}. */
  public static RejectedMessage excerpt(Diagnostic why, byte[] data, int off, int len, long size) {
    return of(why, data, off, Math.min(len, EXCERPT_BYTES), size);
  }

  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** True when {@link #raw()} is the whole message. */
  public boolean complete() {
    return raw.length == size;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RejectedMessage r && why.equals(r.why) && Arrays.equals(raw, r.raw)
        && size == r.size;
  }

  @Override
  public int hashCode() {
    return 31 * why.hashCode() + Arrays.hashCode(raw);
  }

  @Override
  public String toString() {
    return "RejectedMessage[" + why + ", " + raw.length + " of " + size + " bytes]";
  }
}
