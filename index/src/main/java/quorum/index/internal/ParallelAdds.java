package quorum.index.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import quorum.ingest.concurrent.Futures;

/**
 * Adds documents to an {@link IndexWriter} on a few threads of its own, so the writer inverts
 * documents on every core instead of on the one thread that decides what to add. IndexWriter
 * is thread-safe and gives each adding thread its own in-memory segment, so the order in which
 * documents are added, and which segment each lands in, varies from run to run; nothing that
 * reads the index depends on that order (searches rank by score, date and key). What depends on
 * everything added so far being in the writer (a delete or update by key, reopening a reader,
 * a commit) calls {@link #await()} first.
 *
 * <p>At most {@link #QUEUED_PER_THREAD} documents per thread wait to be added, which bounds
 * the memory held by documents built but not yet inverted. The first failure of an add is
 * thrown by the next {@link #add} or {@link #await()}.
 */
public final class ParallelAdds implements AutoCloseable {
  static final int QUEUED_PER_THREAD = 64;

  private final IndexWriter writer;
  private final int threads;
  private final int capacity;
  /** One permit per document that may be queued or in progress. */
  private final Semaphore room;
  private final ExecutorService pool;
  private volatile Throwable failure;

  public ParallelAdds(IndexWriter writer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads=" + threads);
    }
    this.writer = writer;
    this.threads = threads;
    this.capacity = threads * QUEUED_PER_THREAD;
    this.room = new Semaphore(capacity);
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quorum-index-add");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Builds the document with {@code doc} and adds it, both on one of the adding threads; waits
   * while the queue is full.
   */
  public void add(Supplier<Document> doc) throws IOException {
    rethrow();
    acquire(1);
    try {
      pool.execute(() -> {
        try {
          if (failure == null) {
            writer.addDocument(doc.get());
          }
        } catch (Throwable t) {
          if (failure == null) {
            failure = t;
          }
        } finally {
          room.release();
        }
      });
    } catch (RuntimeException e) {
      room.release();
      throw e;
    }
  }

  /** Waits until every document given to {@link #add} is in the writer. */
  public void await() throws IOException {
    acquire(capacity);
    room.release(capacity);
    rethrow();
  }

  /**
   * Writes every in-memory segment of the writer, one per adding thread at a time, so that
   * a commit that follows finds nothing left to write: the segments of a commit are written
   * side by side instead of one after the other on the committing thread.
   */
  public void flushInParallel() throws IOException {
    await();
    List<Future<?>> flushes = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      flushes.add(pool.submit(() -> {
        while (writer.flushNextBuffer()) {
          // each call takes the largest buffer no other thread is writing
        }
        return null;
      }));
    }
    for (Future<?> f : flushes) {
      Futures.joinIo(f, "writing segments");
    }
  }

  private void acquire(int permits) throws IOException {
    try {
      room.acquire(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while adding documents");
    }
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw io;
    }
    throw Futures.unchecked(t);
  }

  /** Stops the threads; documents still queued are not added (call {@link #await()} first). */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
