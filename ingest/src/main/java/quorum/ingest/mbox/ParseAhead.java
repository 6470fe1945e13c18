package quorum.ingest.mbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import quorum.ingest.concurrent.Futures;
import java.util.function.Consumer;
import quorum.ingest.MailVisitor;
import quorum.ingest.RejectedMessage;
import quorum.mail.Diagnostic;
import quorum.mail.Message;

/**
 * Parses the messages of one mbox on worker threads while the reading thread splits the next
 * ones, and hands everything to the visitor on the reading thread in file order, exactly as
 * parsing in line would: each message's diagnostics, then the message, and what the reader
 * reports itself in between, in its place. Parsing a message (MIME structure, headers, decoding)
 * costs several times splitting it off the file, so this is what lets reading use every core.
 * At most {@link #MAX_MESSAGES} messages, or about {@link #MAX_BYTES} of them, wait at once.
 */
final class ParseAhead implements MailVisitor, AutoCloseable {
  static final int MAX_MESSAGES = 128;
  static final long MAX_BYTES = 32L << 20;

  /** What parsing one message does to a visitor, replayed later on the reading thread. */
  @FunctionalInterface
  interface Parse {
    void into(MailVisitor visitor);
  }

  private final MailVisitor visitor;
  private final ExecutorService pool;
  private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
  private long waitingBytes;

  private record Pending(Future<Recording> events, long bytes) {}

  ParseAhead(MailVisitor visitor) {
    this.visitor = visitor;
    int threads = Runtime.getRuntime().availableProcessors();
    this.pool = threads < 2 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quorum-parser");
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code parse} (of a message of {@code bytes} bytes) ahead, or now on one core. */
  void parse(long bytes, Parse parse) {
    if (pool == null) {
      parse.into(visitor);
      return;
    }
    waiting.add(new Pending(pool.submit(() -> {
      Recording r = new Recording();
      parse.into(r);
      return r;
    }), bytes));
    waitingBytes += bytes;
    deliver(waiting.size() > MAX_MESSAGES || waitingBytes > MAX_BYTES);
  }

  /** Hands over everything still waiting; call at the end of the file. */
  void finish() {
    while (!waiting.isEmpty()) {
      deliver(true);
    }
  }

  /** Delivers the finished head of the queue; with {@code block}, waits for at least one. */
  private void deliver(boolean block) {
    while (!waiting.isEmpty() && (block || waiting.peek().events().isDone())) {
      Pending p = waiting.poll();
      waitingBytes -= p.bytes();
      await(p.events()).replayTo(visitor);
      block = false;
    }
  }

  private static Recording await(Future<Recording> f) {
    return Futures.join(f, "parsing");
  }


  // What the reader reports itself goes after the messages before it.

  @Override
  public void message(Message message) {
    later(v -> v.message(message));
  }

  @Override
  public void rejected(Diagnostic why) {
    later(v -> v.rejected(why));
  }

  @Override
  public void rejected(RejectedMessage message) {
    later(v -> v.rejected(message));
  }

  @Override
  public void diagnostic(Diagnostic diagnostic) {
    later(v -> v.diagnostic(diagnostic));
  }

  private void later(Consumer<MailVisitor> event) {
    if (waiting.isEmpty()) {
      event.accept(visitor);
    } else {
      Recording r = new Recording();
      event.accept(r);
      waiting.add(new Pending(CompletableFuture.completedFuture(r), 0));
    }
  }

  /** Stops the workers; what was not delivered by {@link #finish()} is dropped (a failed read). */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** The visitor calls of one parse, in order. */
  private static final class Recording implements MailVisitor {
    private final List<Consumer<MailVisitor>> events = new ArrayList<>(2);

    void replayTo(MailVisitor v) {
      events.forEach(e -> e.accept(v));
    }

    @Override
    public void message(Message message) {
      events.add(v -> v.message(message));
    }

    @Override
    public void rejected(Diagnostic why) {
      events.add(v -> v.rejected(why));
    }

    @Override
    public void rejected(RejectedMessage message) {
      events.add(v -> v.rejected(message));
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      events.add(v -> v.diagnostic(diagnostic));
    }
  }
}
