package quorum.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
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
 * The ingest pipeline: read every message, drop repeated Message-IDs, segment each body,
 * thread by headers, then add the messages that survive only as quotes. Every message read
 * is accepted, counted as a duplicate, or rejected with a reason.
 */
public final class Ingester {
  private final IngestOptions options;
  private final BodySegmenter segmenter = new BodySegmenter();
  private final Threader threader = new Threader();
  private final QuoteTreeBuilder quoteTrees = new QuoteTreeBuilder();

  public Ingester(IngestOptions options) {
    this.options = options;
  }

  public IngestResult ingest(List<Path> paths) throws IngestException {
    return ingest(paths, read -> { });
  }

  /**
   * As {@link #ingest(List)}, calling {@code onRead} with the running count of messages read,
   * so a front end can show progress on a long input.
   */
  public IngestResult ingest(List<Path> paths, IntConsumer onRead) throws IngestException {
    Collector collector = new Collector(onRead);
    MailReader reader = new MailReader(options);
    for (Path p : paths) {
      reader.read(p, collector);
      if (options.strict() && collector.firstError != null) {
        throw new IngestException(collector.firstError.toString());
      }
    }
    return finish(collector);
  }

  /**
   * The pipeline after reading, on messages already read (a thread stored in an index): drop
   * repeated Message-IDs, segment each body, thread, add the quote-only nodes. Reading the
   * same messages from files gives the same discussions.
   */
  public IngestResult assemble(List<Message> read) {
    Collector collector = new Collector(n -> { });
    read.forEach(collector::message);
    return finish(collector);
  }

  private IngestResult finish(Collector collector) {
    List<Discussion> threads = new ArrayList<>();
    for (Discussion d : threader.thread(collector.messages, collector::diagnostic)) {
      threads.add(quoteTrees.complete(d));
    }
    return new IngestResult(threads, collector.diagnostics, collector.read,
        collector.messages.size(), collector.duplicates, collector.rejected, collector.rejects);
  }

  /** Gathers reader output, keeps the first copy of each Message-ID, and segments each body. */
  private final class Collector implements MailVisitor {
    final List<Message> messages = new ArrayList<>();
    final Map<MessageKey, Message> byKey = new HashMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<RejectedMessage> rejects = new ArrayList<>();
    int read;
    int duplicates;
    int rejected;
    Diagnostic firstError;
    private final IntConsumer onRead;

    Collector(IntConsumer onRead) {
      this.onRead = onRead;
    }

    @Override
    public void message(Message message) {
      onRead.accept(++read);
      Message first = byKey.get(message.key());
      if (first != null) {
        // The same Message-ID twice: cross-posted copies, or an archive that reused an id.
        // notmuch and public-inbox keep the first; so do we, and say so when bodies differ.
        duplicates++;
        if (!first.body().equals(message.body())) {
          diagnostic(Diagnostic.warn(message.source(), "duplicate Message-ID <" + message.key()
              + "> with different content (first at " + first.source() + "); kept the first"));
        }
        return;
      }
      Message segmented = message.withSegments(segmenter.segment(message.body()));
      byKey.put(message.key(), segmented);
      messages.add(segmented);
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
  }
}
