package quorum.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits an mbox into raw messages at From_ lines (RFC 4155) and undoes mboxrd escaping, one
 * message in memory at a time. Deliberately plain: it is the ceiling's reader and the
 * replicator's, not quorum's.
 */
public final class MboxSplitter {
  /** Receives each message. */
  @FunctionalInterface
  public interface MessageHandler {
    void message(byte[] raw) throws IOException;
  }

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

  private MboxSplitter(InputStream in) {
    this.in = in;
  }

  /** Calls {@code each} with the bytes of every message in {@code mbox}, in order; returns the count. */
  public static int split(Path mbox, MessageHandler each) throws IOException {
    try (InputStream in = Files.newInputStream(mbox)) {
      return new MboxSplitter(in).run(each);
    }
  }

  private int run(MessageHandler each) throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream(8192);
    boolean started = false;
    boolean previousBlank = true;
    int count = 0;
    byte[] l;
    while ((l = nextLine()) != null) {
      if (previousBlank && startsWith(l, 0, "From ")) {
        if (started) {
          each.message(trimTrailingBlank(message.toByteArray()));
          count++;
        }
        message.reset();
        started = true;
      } else if (started) {
        int skip = isEscapedFrom(l) ? 1 : 0;
        message.write(l, skip, l.length - skip);
      }
      previousBlank = l.length == 1 || (l.length == 2 && l[0] == '\r');
    }
    if (started) {
      each.message(trimTrailingBlank(message.toByteArray()));
      count++;
    }
    return count;
  }

  /** The next line with its {@code \n}, or null at the end. */
  private byte[] nextLine() throws IOException {
    line.reset();
    while (true) {
      if (pos == limit) {
        limit = in.read(buf);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return line.size() == 0 ? null : line.toByteArray();
        }
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      if (pos < limit) {
        pos++;
        line.write(buf, start, pos - start);
        return line.toByteArray();
      }
      line.write(buf, start, pos - start);
    }
  }

  private static boolean isEscapedFrom(byte[] l) {
    int i = 0;
    while (i < l.length && l[i] == '>') {
      i++;
    }
    return i > 0 && startsWith(l, i, "From ");
  }

  private static boolean startsWith(byte[] l, int at, String s) {
    if (l.length - at < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (l[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The blank line before the next From_ line belongs to the mbox, not the message. */
  private static byte[] trimTrailingBlank(byte[] m) {
    int n = m.length;
    if (n >= 2 && m[n - 1] == '\n' && m[n - 2] == '\n') {
      return Arrays.copyOf(m, n - 1);
    }
    return m;
  }
}
