package quorum.ingest.mbox;

import java.nio.file.Path;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.MailVisitor;

/** Reads every message under a path (file or folder), streaming, in input order. */
public final class MailReader {
  private final IngestOptions options;

  public MailReader(IngestOptions options) {
    this.options = options;
  }

  /** Placeholder until the readers land (issue 3). */
  public void read(Path path, MailVisitor visitor) throws IngestException {
    throw new IngestException(path + ": no reader for format " + options.format() + " yet");
  }
}
