package quorum.ingest.mbox;

import java.util.Arrays;

/** A reusable byte buffer for one message, capped: bytes past the cap are counted, not kept. */
final class MessageBytes {
  private static final int SHRINK_ABOVE = 4 * 1024 * 1024;
  private final long cap;
  byte[] data = new byte[8192];
  int size;
  long total;

  MessageBytes(long cap) {
    this.cap = cap;
  }

  void reset() {
    size = 0;
    total = 0;
    if (data.length > SHRINK_ABOVE) {
      data = new byte[8192];
    }
  }

  boolean oversize() {
    return total > cap;
  }

  void append(byte[] src, int off, int len) {
    total += len;
    if (total > cap) {
      return;
    }
    if (size + len > data.length) {
      data = Arrays.copyOf(data, Math.max(size + len, (int) Math.min(cap, data.length * 2L)));
    }
    System.arraycopy(src, off, data, size, len);
    size += len;
  }

  /** Drops the blank line that separates this message from the next From_ line (RFC 4155). */
  void dropSeparatorLine() {
    if (size >= 2 && data[size - 1] == '\n' && data[size - 2] == '\n') {
      size--;
    } else if (size >= 4 && data[size - 1] == '\n' && data[size - 2] == '\r'
        && data[size - 3] == '\n' && data[size - 4] == '\r') {
      size -= 2;
    }
  }
}
