package quorum.testing;

import java.nio.file.Path;
import java.util.List;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Diagnostic;

/**
 * Ingests the files named on the command line and prints the outcome, for tests that must run
 * an ingest in a child JVM (a small heap, a kill): first {@code read=R accepted=A duplicates=D
 * rejected=X threads=T}, then each diagnostic on its own line; on stderr, the peak heap used.
 * Exit 0 unless it throws.
 */
public final class IngestProbe {
  private IngestProbe() {}

  public static void main(String[] args) throws Exception {
    List<Path> paths = java.util.Arrays.stream(args).map(Path::of).toList();
    IngestResult r = new Ingester(IngestOptions.LENIENT).ingest(paths);
    System.out.printf("read=%d accepted=%d duplicates=%d rejected=%d threads=%d%n", r.read(),
        r.accepted(), r.duplicates(), r.rejected(), r.discussions().size());
    for (Diagnostic d : r.diagnostics()) {
      System.out.println(d);
    }
    System.out.flush();
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.err.printf("peak heap %d MB%n", peak >> 20);
  }
}
