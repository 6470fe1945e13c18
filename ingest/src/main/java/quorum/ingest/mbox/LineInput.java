package quorum.ingest.mbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line through a fixed buffer, tracking each line's byte offset and
 * 1-based number. A line longer than {@code maxLineBytes} is reported with its full length but
 * only its first {@code maxLineBytes} bytes kept, so one giant line cannot exhaust memory.
 */
final class LineInput implements Closeable {
  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private final int maxLineBytes;
  private int pos;
  private int lim;
  private boolean eof;
  private long nextOffset;
  private int nextLine = 1;

  /** The current line: bytes kept, full length, and where it starts. */
  byte[] line = new byte[256];
  int kept;
  long length;
  long offset;
  int number;
  boolean newlineTerminated;

  LineInput(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at end of input. */
  boolean next() throws IOException {
    kept = 0;
    length = 0;
    newlineTerminated = false;
    offset = nextOffset;
    number = nextLine;
    while (true) {
      if (pos == lim && !fill()) {
        break;
      }
      int nl = -1;
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl >= 0 ? nl + 1 : lim;
      keep(pos, end - pos);
      pos = end;
      if (nl >= 0) {
        newlineTerminated = true;
        break;
      }
    }
    if (length == 0) {
      return false;
    }
    nextOffset += length;
    nextLine++;
    return true;
  }

  /** True when the current line is empty apart from its line ending. */
  boolean isBlank() {
    return length == 1 && line[0] == '\n' || length == 2 && line[0] == '\r' && line[1] == '\n';
  }

  /** True when the kept bytes of the current line start with {@code prefix} (ASCII). */
  boolean startsWith(String prefix) {
    return startsWith(prefix, 0);
  }

  boolean startsWith(String prefix, int from) {
    if (kept - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (line[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void keep(int from, int n) {
    length += n;
    int room = Math.min(n, maxLineBytes - kept);
    if (room <= 0) {
      return;
    }
    if (kept + room > line.length) {
      byte[] bigger = new byte[Math.min(maxLineBytes, Math.max(line.length * 2, kept + room))];
      System.arraycopy(line, 0, bigger, 0, kept);
      line = bigger;
    }
    System.arraycopy(buf, from, line, kept, room);
    kept += room;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
