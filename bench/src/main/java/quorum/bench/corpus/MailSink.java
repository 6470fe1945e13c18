package quorum.bench.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes each message twice: appended to one mboxrd file (RFC 4155 From_ line, {@code >From}
 * escaping of the mboxrd flavour) for quorum and the ceiling, and as one file in a maildir
 * ({@code cur/}, seen flag) for notmuch and mu, so every tool reads the same bytes.
 */
public final class MailSink implements AutoCloseable {
  private static final byte[] FROM_LINE =
      "From mboxrd@z Thu Jan  1 00:00:00 1970\n".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream mbox;
  private final @Nullable Path cur;
  private int count;
  private long bytes;

  /** Writes to {@code mboxFile} and, unless null, to the maildir {@code maildir}. */
  public MailSink(Path mboxFile, @Nullable Path maildir) throws IOException {
    Files.createDirectories(mboxFile.toAbsolutePath().getParent());
    if (maildir != null) {
      for (String sub : new String[] {"cur", "new", "tmp"}) {
        Files.createDirectories(maildir.resolve(sub));
      }
    }
    this.cur = maildir == null ? null : maildir.resolve("cur");
    this.mbox = new BufferedOutputStream(Files.newOutputStream(mboxFile), 1 << 16);
  }

  /** Adds one message (raw RFC 5322 bytes, {@code \n} line ends). */
  public void add(byte[] raw) throws IOException {
    count++;
    bytes += raw.length;
    mbox.write(FROM_LINE);
    writeEscaped(raw);
    if (raw.length > 0 && raw[raw.length - 1] != '\n') {
      mbox.write('\n');
    }
    mbox.write('\n');
    if (cur != null) {
      String name = String.format(Locale.ROOT, "%010d.M%dP1.bench:2,S", 1_700_000_000L + count, count);
      Files.write(cur.resolve(name), raw);
    }
  }

  /** mboxrd: a line that matches {@code >*From } gets one more {@code >}. */
  private void writeEscaped(byte[] raw) throws IOException {
    int start = 0;
    while (start < raw.length) {
      int end = start;
      while (end < raw.length && raw[end] != '\n') {
        end++;
      }
      if (isFromLine(raw, start, end)) {
        mbox.write('>');
      }
      mbox.write(raw, start, Math.min(end + 1, raw.length) - start);
      start = end + 1;
    }
  }

  private static boolean isFromLine(byte[] raw, int start, int end) {
    int i = start;
    while (i < end && raw[i] == '>') {
      i++;
    }
    return end - i >= 5 && raw[i] == 'F' && raw[i + 1] == 'r' && raw[i + 2] == 'o'
        && raw[i + 3] == 'm' && raw[i + 4] == ' ';
  }

  public int count() {
    return count;
  }

  public long bytes() {
    return bytes;
  }

  @Override
  public void close() throws IOException {
    mbox.close();
  }
}
