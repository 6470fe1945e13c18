package quorum.ingest;

import java.util.List;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Severity;

/**
 * What an ingest produced: threads, diagnostics, and the accounting that proves nothing was
 * lost ({@code read == accepted + duplicates + rejected}).
 */
public record IngestResult(List<Discussion> discussions, List<Diagnostic> diagnostics, int read,
    int accepted, int duplicates, int rejected) {
  public IngestResult {
    discussions = List.copyOf(discussions);
    diagnostics = List.copyOf(diagnostics);
    if (read != accepted + duplicates + rejected) {
      throw new IllegalStateException("accounting broken: read=" + read + " accepted=" + accepted
          + " duplicates=" + duplicates + " rejected=" + rejected);
    }
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
