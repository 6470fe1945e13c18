package quorum.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;
import quorum.ingest.concurrent.Futures;
import quorum.ingest.internal.BodySpool;
import quorum.ingest.mbox.MailReader;
import quorum.ingest.quote.BodySegmenter;
import quorum.ingest.quote.QuoteTreeBuilder;
import quorum.ingest.thread.Threader;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Severity;

/**
 * The ingest pipeline: read every message, drop repeated Message-IDs, thread by headers, then
 * per discussion segment each body and add the messages that survive only as quotes. Every
 * message read is accepted, counted as a duplicate, or rejected with a reason.
 *
 * <p>Threading needs every message's headers but no body, so reading keeps headers only and
 * parks bodies aside (in memory for {@link #ingest}, in a temporary file for {@link #stream},
 * which thereby holds a large archive in bounded memory). Segmenting and quote-tree rebuilding
 * on worker threads (one per core) a few discussions ahead of the consumer, in order, so a
 * consumer that indexes shares the cores with them; an mbox is parsed on worker threads too.
 */
public final class Ingester {
  /** Discussions completed ahead of the consumer. */
  private static final int AHEAD = 32;
  private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final IngestOptions options;
  private final BodySegmenter segmenter = new BodySegmenter();
  private final Threader threader = new Threader();
  private final QuoteTreeBuilder quoteTrees = new QuoteTreeBuilder();

  public Ingester(IngestOptions options) {
    this.options = options;
  }

  /** Receives completed discussions in order; may throw its own checked exception. */
  @FunctionalInterface
  public interface DiscussionSink<E extends Exception> {
    void accept(Discussion discussion) throws E;
  }

  /** Receives what {@code prepare} made of each completed discussion, in order. */
  @FunctionalInterface
  public interface PreparedSink<T, E extends Exception> {
    void accept(T prepared) throws E;
  }

  public IngestResult ingest(List<Path> paths) throws IngestException {
    return ingest(paths, read -> { });
  }

  /**
   * As {@link #ingest(List)}, calling {@code onRead} with the running count of messages read,
   * so a front end can show progress on a long input.
   */
  public IngestResult ingest(List<Path> paths, IntConsumer onRead) throws IngestException {
    List<Discussion> threads = new ArrayList<>();
    Collector c = run(paths, onRead, new InMemory(), d -> d, threads::add);
    return c.result(threads);
  }

  /**
   * As {@link #ingest(List, IntConsumer)}, but hands each discussion to {@code sink} as soon as
   * it is complete, oldest first, and keeps bodies in a temporary file in {@code spoolDir}
   * meanwhile; the result lists no discussions. Memory grows with the number of messages
   * (their headers), not with their size.
   */
  public <E extends Exception> IngestResult stream(List<Path> paths, Path spoolDir,
      IntConsumer onRead, DiscussionSink<E> sink) throws IngestException, E {
    return stream(paths, spoolDir, onRead, d -> d, sink::accept);
  }

  /**
   * As {@link #stream(List, Path, IntConsumer, DiscussionSink)}, also running {@code prepare}
   * on each completed discussion on the worker thread, and handing its result to {@code sink}
   * on the calling thread, in order: a consumer that indexes moves the part of its work that
   * needs no shared state (mapping, analysis) to the second core. {@code prepare} must be safe
   * to call from another thread.
   */
  public <T, E extends Exception> IngestResult stream(List<Path> paths, Path spoolDir,
      IntConsumer onRead, Function<Discussion, T> prepare, PreparedSink<T, E> sink)
      throws IngestException, E {
    try (Spooled bodies = new Spooled(spoolDir)) {
      return run(paths, onRead, bodies, prepare, sink).result(List.of());
    }
  }

  /**
   * Deletes the body spools a killed {@link #stream} left in {@code dir}. Call it only while no
   * other ingest can be using {@code dir} (under the index's write lock).
   */
  public static void deleteLeftoverSpools(Path dir) throws IngestException {
    try {
      BodySpool.deleteLeftovers(dir);
    } catch (IOException e) {
      throw new IngestException("cannot delete leftover temporary files in " + dir + ": " + e, e);
    }
  }

  private <T, E extends Exception> Collector run(List<Path> paths, IntConsumer onRead,
      Bodies bodies, Function<Discussion, T> prepare, PreparedSink<T, E> sink)
      throws IngestException, E {
    Collector collector = new Collector(onRead, bodies);
    MailReader reader = new MailReader(options);
    for (Path p : paths) {
      reader.read(p, collector);
      if (options.strict() && collector.firstError != null) {
        throw new IngestException(collector.firstError.toString());
      }
    }
    return finish(collector, bodies, prepare, sink);
  }

  /**
   * The pipeline after reading, on messages already read (a thread stored in an index): drop
   * repeated Message-IDs, segment each body, thread, add the quote-only nodes. Reading the
   * same messages from files gives the same discussions.
   */
  public IngestResult assemble(List<Message> read) {
    InMemory bodies = new InMemory();
    Collector collector = new Collector(n -> { }, bodies);
    read.forEach(collector::message);
    List<Discussion> threads = new ArrayList<>();
    for (Discussion d : threader.thread(collector.messages, collector::diagnostic)) {
      threads.add(quoteTrees.complete(withBodies(d, collector.kept, bodies)));
    }
    return collector.result(threads);
  }

  /** Threads what was read, then completes each discussion and hands it to {@code sink}. */
  private <T, E extends Exception> Collector finish(Collector collector, Bodies bodies,
      Function<Discussion, T> prepare, PreparedSink<T, E> sink) throws IngestException, E {
    List<Discussion> threads =
        new ArrayList<>(threader.thread(collector.messages, collector::diagnostic));
    collector.messages.clear();
    complete(threads, collector.kept, bodies, prepare, sink);
    return collector;
  }

  /** Gives bodies and segments back to each discussion's messages, on a worker, in order. */
  private <T, E extends Exception> void complete(List<Discussion> threads,
      Map<MessageKey, Kept> kept, Bodies bodies, Function<Discussion, T> prepare,
      PreparedSink<T, E> sink) throws IngestException, E {
    bodies.doneWriting();
    // one worker per core: the consumer mostly waits on Lucene's own work, and the futures
    // keep the discussions in order whichever worker finishes first
    ExecutorService worker = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "quorum-segmenter");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<T>> ahead = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < threads.size(); i++) {
        while (next < threads.size() && next < i + AHEAD) {
          Discussion d = threads.get(next);
          threads.set(next++, null);
          ahead.add(worker.submit(
              () -> prepare.apply(quoteTrees.complete(withBodies(d, kept, bodies)))));
        }
        sink.accept(await(ahead.poll()));
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private Discussion withBodies(Discussion d, Map<MessageKey, Kept> kept, Bodies bodies) {
    List<Message> full = new ArrayList<>(d.messages().size());
    for (Message m : d.messages()) {
      String body = bodies.get(kept.get(m.key()).body);
      full.add(new Message(m.key(), m.id(), m.from(), m.authorSource(), m.date(), m.subject(),
          m.inReplyTo(), m.references(), body, segmenter.segment(body), m.attachments(),
          m.provenance(), m.source()));
    }
    return new Discussion(d.subject(), full, d.tree());
  }

  private static <T> T await(Future<T> f) throws IngestException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw new IngestException(io.getMessage(), io.getCause());
      }
      throw Futures.unchecked(cause);
    }
  }

  /** Where bodies wait between reading and completing. */
  private interface Bodies {
    int put(String body);

    /** No more puts; gets may come from several threads from now on. */
    default void doneWriting() {}

    String get(int handle);
  }

  private static final class InMemory implements Bodies {
    private final List<String> bodies = new ArrayList<>();

    @Override
    public int put(String body) {
      bodies.add(body);
      return bodies.size() - 1;
    }

    @Override
    public String get(int handle) {
      return bodies.get(handle);
    }
  }

  private static final class Spooled implements Bodies, AutoCloseable {
    private final BodySpool spool;

    Spooled(Path dir) throws IngestException {
      try {
        spool = BodySpool.in(dir);
      } catch (IOException e) {
        throw new IngestException("cannot create a temporary file in " + dir + ": " + e, e);
      }
    }

    @Override
    public int put(String body) {
      return spool.put(body);
    }

    @Override
    public void doneWriting() {
      spool.doneWriting();
    }

    @Override
    public String get(int handle) {
      return spool.get(handle);
    }

    @Override
    public void close() throws IngestException {
      try {
        spool.close();
      } catch (IOException e) {
        throw new IngestException("cannot delete temporary file: " + e, e);
      }
    }
  }

  /** A message kept for threading: its headers, and where its body waits. */
  private record Kept(Message headers, int body) {}

  /** Gathers reader output, keeps the first copy of each Message-ID, parks each body. */
  private static final class Collector implements MailVisitor {
    final List<Message> messages = new ArrayList<>();
    final Map<MessageKey, Kept> kept = new HashMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<RejectedMessage> rejects = new ArrayList<>();
    int accepted;
    int read;
    int duplicates;
    int rejected;
    Diagnostic firstError;
    private final IntConsumer onRead;
    private final Bodies bodies;

    Collector(IntConsumer onRead, Bodies bodies) {
      this.onRead = onRead;
      this.bodies = bodies;
    }

    @Override
    public void message(Message message) {
      onRead.accept(++read);
      Kept first = kept.get(message.key());
      if (first != null) {
        // The same Message-ID twice: cross-posted copies, or an archive that reused an id.
        // notmuch and public-inbox keep the first; so do we, and say so when bodies differ.
        duplicates++;
        if (!bodies.get(first.body).equals(message.body())) {
          diagnostic(Diagnostic.warn(message.source(), "duplicate Message-ID <" + message.key()
              + "> with different content (first at " + first.headers.source()
              + "); kept the first"));
        }
        return;
      }
      Message headers = new Message(message.key(), message.id(), message.from(),
          message.authorSource(), message.date(), message.subject(), message.inReplyTo(),
          message.references(), "", List.of(), message.attachments(), message.provenance(),
          message.source());
      kept.put(message.key(), new Kept(headers, bodies.put(message.body())));
      messages.add(headers);
      accepted++;
    }

    @Override
    public void rejected(Diagnostic why) {
      onRead.accept(++read);
      rejected++;
      diagnostic(why);
    }

    @Override
    public void rejected(RejectedMessage message) {
      rejects.add(message);
      rejected(message.why());
    }

    @Override
    public void diagnostic(Diagnostic d) {
      diagnostics.add(d);
      if (d.severity() == Severity.ERROR && firstError == null) {
        firstError = d;
      }
    }

    IngestResult result(List<Discussion> threads) {
      return new IngestResult(threads, diagnostics, read, accepted, duplicates, rejected,
          rejects);
    }
  }
}
