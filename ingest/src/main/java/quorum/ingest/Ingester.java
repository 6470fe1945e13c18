package quorum.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quorum.ingest.mbox.MailReader;
import quorum.ingest.quote.BodySegmenter;
import quorum.ingest.quote.QuoteTreeBuilder;
import quorum.ingest.thread.Threader;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.Severity;

/**
 * The ingest pipeline: read every message, segment its body, thread by headers, then add
 * the messages that survive only as quotes. Every message read is accepted or rejected.
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
    Collector collector = new Collector();
    MailReader reader = new MailReader(options);
    for (Path p : paths) {
      reader.read(p, collector);
      if (options.strict() && collector.firstError != null) {
        throw new IngestException(collector.firstError.toString());
      }
    }
    List<Discussion> threads = new ArrayList<>();
    for (Discussion d : threader.thread(collector.messages)) {
      threads.add(quoteTrees.complete(d));
    }
    return new IngestResult(threads, collector.diagnostics, collector.read,
        collector.messages.size(), collector.rejected);
  }

  /** Gathers reader output and segments each body as it arrives. */
  private final class Collector implements MailVisitor {
    final List<Message> messages = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    int read;
    int rejected;
    Diagnostic firstError;

    @Override
    public void message(Message message) {
      read++;
      messages.add(message.withSegments(segmenter.segment(message.body())));
    }

    @Override
    public void rejected(Diagnostic why) {
      read++;
      rejected++;
      diagnostic(why);
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
