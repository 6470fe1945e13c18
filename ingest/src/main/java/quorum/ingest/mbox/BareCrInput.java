package quorum.ingest.mbox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a file whose lines end in a bare CR (classic Mac OS mailers) as if they ended in LF, so
 * the readers, which split at LF, see its lines. A CR LF pair stays one line end (LF), so a file
 * that mixes the two loses no line and gains none.
 */
final class BareCrInput extends FilterInputStream {
  private boolean afterCr;

  BareCrInput(InputStream in) {
    super(in);
  }

  /** True when the head shows CR line ends and no LF at all. */
  static boolean looksBareCr(byte[] head, int n) {
    boolean cr = false;
    for (int i = 0; i < n; i++) {
      if (head[i] == '\n') {
        return false;
      }
      cr |= head[i] == '\r';
    }
    return cr;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (true) {
      int n = in.read(b, off, len);
      if (n <= 0) {
        return n;
      }
      int out = off;
      for (int i = off; i < off + n; i++) {
        byte c = b[i];
        if (c == '\n' && afterCr) {
          afterCr = false;
          continue; // the LF of a CR LF pair: the CR already ended the line
        }
        afterCr = c == '\r';
        b[out++] = afterCr ? (byte) '\n' : c;
      }
      if (out > off) {
        return out - off;
      }
    }
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[8192];
    long left = n;
    while (left > 0) {
      int r = read(buf, 0, (int) Math.min(buf.length, left));
      if (r <= 0) {
        break;
      }
      left -= r;
    }
    return n - left;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
