package quorum.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.MailVisitor;
import quorum.ingest.mbox.MailReader;
import quorum.mail.Diagnostic;
import quorum.mail.Message;

/** A {@link MailVisitor} that keeps everything it is given, for tests. */
public final class CollectingVisitor implements MailVisitor {
  public final List<Message> messages = new ArrayList<>();
  public final List<Diagnostic> rejected = new ArrayList<>();
  public final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Reads {@code path} with lenient options and returns what the reader reported. */
  public static CollectingVisitor read(Path path) throws IngestException {
    return read(path, IngestOptions.LENIENT);
  }

  public static CollectingVisitor read(Path path, IngestOptions options) throws IngestException {
    CollectingVisitor c = new CollectingVisitor();
    new MailReader(options).read(path, c);
    return c;
  }

  /** The only message read; fails when there is not exactly one. */
  public Message single() {
    if (messages.size() != 1) {
      throw new AssertionError("expected one message, got " + messages.size() + ": " + messages);
    }
    return messages.get(0);
  }

  /** Diagnostics as printed ({@code file:line: warning: ...}). */
  public List<String> printed() {
    List<String> out = new ArrayList<>();
    diagnostics.forEach(d -> out.add(d.toString()));
    rejected.forEach(d -> out.add(d.toString()));
    return out;
  }

  @Override
  public void message(Message message) {
    messages.add(message);
  }

  @Override
  public void rejected(Diagnostic why) {
    rejected.add(why);
  }

  @Override
  public void diagnostic(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }
}
