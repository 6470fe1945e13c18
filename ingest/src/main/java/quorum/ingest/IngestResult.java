package quorum.ingest;

import java.util.List;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Severity;

/**
 * What an ingest produced: threads, diagnostics, and the accounting that proves nothing was
 * lost ({@code read == accepted + duplicates + rejected}). {@code rejects} holds the raw bytes
 * of the rejected messages whose reader had them (all of them, for quorum's own readers).
 */
public record IngestResult(List<Discussion> discussions, List<Diagnostic> diagnostics, int read,
    int accepted, int duplicates, int rejected, List<RejectedMessage> rejects) {
  public IngestResult {
    discussions = List.copyOf(discussions);
    diagnostics = List.copyOf(diagnostics);
    rejects = List.copyOf(rejects);
    if (read != accepted + duplicates + rejected) {
      throw new IllegalStateException("accounting broken: read=" + read + " accepted=" + accepted
          + " duplicates=" + duplicates + " rejected=" + rejected);
    }
  }

  /** Without raw rejected messages. */
  public IngestResult(List<Discussion> discussions, List<Diagnostic> diagnostics, int read,
      int accepted, int duplicates, int rejected) {
    this(discussions, diagnostics, read, accepted, duplicates, rejected, List.of());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
