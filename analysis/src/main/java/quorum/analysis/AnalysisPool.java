package quorum.analysis;

import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workers of {@link Analyzer#analyzeAll}: one per core and one more, taking the waiting
 * task of highest rank first (ties: the one submitted first). Messages are ranked by the length
 * of their text, so the long ones are parsed early and the last tasks of a run are short ones
 * that end together, instead of one core parsing a long message alone while the other waits;
 * a thread's finders outrank every message, so finished threads are handed over (and their
 * annotations let go) as soon as their last message is annotated.
 */
final class AnalysisPool implements AutoCloseable {
  /** The rank of a thread's finders: before any message. */
  static final long FIRST = Long.MAX_VALUE;

  private final ThreadPoolExecutor pool;
  private final AtomicLong submitted = new AtomicLong();

  AnalysisPool(int workers) {
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "quorum-annotate");
      t.setDaemon(true);
      return t;
    });
  }

  /** An executor that runs each task at {@code rank}. */
  Executor at(long rank) {
    return task -> pool.execute(new Ranked(rank, submitted.getAndIncrement(), task));
  }

  /** Drops the tasks still waiting (after a failure) and lets the workers end. */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  private record Ranked(long rank, long order, Runnable task) implements Runnable, Comparable<Ranked> {
    @Override
    public void run() {
      task.run();
    }

    @Override
    public int compareTo(Ranked o) {
      return rank != o.rank ? Long.compare(o.rank, rank) : Long.compare(order, o.order);
    }
  }
}
