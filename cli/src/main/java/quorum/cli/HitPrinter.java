package quorum.cli;

import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import quorum.index.SearchHit;

/**
 * Prints the result lines of {@code quorum search} in rank order. A long listing is formatted
 * and written on a thread of its own, batch by batch, while the search builds the next hits:
 * formatting, encoding and writing took about as long as building the hits (90 000 lines, a
 * 10 MB listing), and the two ran one after the other on one core. A listing shorter than one
 * batch never starts the thread.
 */
final class HitPrinter implements Consumer<SearchHit>, AutoCloseable {
  private static final int BATCH = 1024;
  private static final int CHUNK = 1 << 15;
  private static final SearchHit[] END = new SearchHit[0];

  private final PrintWriter out;
  private final boolean styled;
  private final StringBuilder text = new StringBuilder(CHUNK + 1024);
  private final char[] chunk = new char[CHUNK + 1024];
  private SearchHit[] batch = new SearchHit[BATCH];
  private int size;
  private long shown;
  private BlockingQueue<SearchHit[]> queue;
  private Thread writer;
  private volatile RuntimeException failure;

  HitPrinter(PrintWriter out, boolean styled) {
    this.out = out;
    this.styled = styled;
  }

  @Override
  public void accept(SearchHit hit) {
    batch[size++] = hit;
    shown++;
    if (size == BATCH) {
      hand(batch);
      batch = new SearchHit[BATCH];
      size = 0;
    }
  }

  long shown() {
    return shown;
  }

  /** Prints what is left, then {@code last}; every line is written when it returns. */
  void finish(String last) {
    stopWriter();
    if (failure != null) {
      throw failure;
    }
    format(batch, size);
    text.append(last);
    write();
  }

  /** Ends the writer thread (after a failed search too), so nothing is left running. */
  @Override
  public void close() {
    stopWriter();
  }

  private void hand(SearchHit[] full) {
    if (writer == null) {
      queue = new ArrayBlockingQueue<>(8);
      writer = new Thread(this::drain, "quorum-search-printer");
      writer.setDaemon(true);
      writer.start();
    }
    try {
      queue.put(full);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while printing"));
    }
  }

  private void stopWriter() {
    if (writer == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(END);
        writer.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    writer = null;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The writer thread: formats batches in the order handed; after a failure only drains. */
  private void drain() {
    while (true) {
      SearchHit[] next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        return;  // nobody interrupts this daemon thread; the JVM is going away
      }
      if (next == END) {
        return;
      }
      if (failure == null) {
        try {
          format(next, next.length);
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    }
  }

  private void format(SearchHit[] hits, int n) {
    for (int i = 0; i < n; i++) {
      SearchCommand.appendHit(text, hits[i], "", styled);
      if (text.length() >= CHUNK) {
        write();
      }
    }
  }

  /**
   * Hands the text to the writer as a char array, which its buffer passes to the encoder whole,
   * instead of a String that it would copy through its own buffer first.
   */
  private void write() {
    char[] to = text.length() <= chunk.length ? chunk : new char[text.length()];
    text.getChars(0, text.length(), to, 0);
    out.write(to, 0, text.length());
    text.setLength(0);
  }
}
