package quorum.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Message bodies parked in a temporary file while a whole input is read and threaded, so the
 * heap holds only headers however large the input: threading needs every message's ids but no
 * body. Each {@link #put} returns a handle; {@link #get} reads the same text back, exactly
 * (UTF-8, or UTF-16 for the rare text holding an unpaired surrogate, which UTF-8 cannot carry).
 * The file is deleted on {@link #close()}. One thread writes; once it has called
 * {@link #doneWriting()}, any number of threads may read at once.
 */
public final class BodySpool implements AutoCloseable {
  private static final int BUFFER = 1 << 20;
  private static final String PREFIX = "quorum-bodies-";
  private static final String SUFFIX = ".spool";

  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
  private long written;
  private long[] offsets = new long[1024];
  /** Byte length; negative for text stored as UTF-16 chars. */
  private int[] lengths = new int[1024];
  private int count;

  private BodySpool(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.DELETE_ON_CLOSE);
  }

  /** A spool in a new temporary file in {@code dir}. */
  public static BodySpool in(Path dir) throws IOException {
    Path f = Files.createTempFile(dir, PREFIX, SUFFIX);
    try {
      return new BodySpool(f);
    } catch (IOException e) {
      Files.deleteIfExists(f);
      throw e;
    }
  }

  /** Deletes spools left in {@code dir} by a process that was killed before closing them. */
  public static void deleteLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
      for (Path f : old) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** Appends {@code text}; the handle reads it back. */
  public int put(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int length = bytes.length;
    // UTF-8 writes an unpaired surrogate as '?'; look for one only where that may have happened
    if ((length != text.length() || hasQuestionMark(bytes)) && hasUnpairedSurrogate(text)) {
      bytes = utf16(text);
      length = -bytes.length;
    }
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    offsets[count] = written;
    lengths[count] = length;
    write(bytes);
    return count++;
  }

  /** The text stored under {@code handle}. */
  public String get(int handle) {
    if (handle < 0 || handle >= count) {
      throw new IllegalArgumentException("no spooled body " + handle);
    }
    int length = lengths[handle];
    ByteBuffer buf = ByteBuffer.allocate(Math.abs(length));
    try {
      if (pending.position() > 0) {
        flush();
      }
      long at = offsets[handle];
      while (buf.hasRemaining()) {
        int n = channel.read(buf, at + buf.position());
        if (n < 0) {
          throw new IOException("spool " + file + " ends early");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spooled body from " + file, e);
    }
    byte[] bytes = buf.array();
    if (length >= 0) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    char[] chars = new char[bytes.length / 2];
    buf.rewind().asCharBuffer().get(chars);
    return new String(chars);
  }

  /** Writes out what is buffered; after this, reads leave the spool's state alone. */
  public void doneWriting() {
    try {
      flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write body spool " + file, e);
    }
  }

  private void write(byte[] bytes) {
    try {
      if (bytes.length > pending.remaining()) {
        flush();
      }
      if (bytes.length > pending.capacity()) {
        ByteBuffer big = ByteBuffer.wrap(bytes);
        while (big.hasRemaining()) {
          channel.write(big, written + big.position());
        }
      } else {
        pending.put(bytes);
      }
      written += bytes.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write body spool " + file, e);
    }
  }

  private void flush() throws IOException {
    pending.flip();
    long at = written - pending.remaining();
    while (pending.hasRemaining()) {
      at += channel.write(pending, at);
    }
    pending.clear();
  }

  private static boolean hasQuestionMark(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '?') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] utf16(String s) {
    ByteBuffer b = ByteBuffer.allocate(s.length() * 2);
    b.asCharBuffer().put(s);
    return b.array();
  }

  @Override
  public void close() throws IOException {
    channel.close();
    Files.deleteIfExists(file);
  }
}
