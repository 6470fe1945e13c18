package quorum.ingest.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to another thread, with its failure thrown on the waiting thread as
 * the work itself threw it: parse-ahead, ingest workers, the index flusher and the analysis
 * pool all wait this way, and a reader of the stack trace should see the original exception,
 * not an {@link ExecutionException} around it.
 */
public final class Futures {
  private Futures() {}

  /**
   * The result of {@code f}. An unchecked failure of the task is rethrown as it was; an
   * interrupt while waiting keeps the thread's interrupt flag and ends in an
   * {@link IllegalStateException} that says what was being waited for ({@code doing}).
   */
  public static <T> T join(Future<T> f, String doing) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
  }

  /**
   * As {@link #join}, for a task that does I/O (the index writer's flushes): its
   * {@link IOException} is thrown as it was, and an interrupt while waiting ends in an
   * {@link InterruptedIOException} that says what was being waited for.
   */
  public static <T> T joinIo(Future<T> f, String doing) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while " + doing);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw unchecked(e.getCause());
    }
  }

  /**
   * A task's failure as an unchecked exception to throw: itself when it is one (or an
   * {@link Error}, thrown from here), else wrapped. Callers map the checked ones they know
   * first ({@code IOException} and the like).
   */
  public static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }
}
