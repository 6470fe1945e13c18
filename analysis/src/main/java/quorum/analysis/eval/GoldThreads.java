package quorum.analysis.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quorum.analysis.AnalysisException;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

/**
 * The thread a gold file labels, ingested as {@link Evaluator} ingests it (its sources resolved
 * against the gold file's folder and its parents, the thread holding the gold's messages
 * picked), each source set ingested once, for the trainers.
 */
final class GoldThreads {
  private final Map<List<Path>, List<Discussion>> ingested = new HashMap<>();

  Discussion of(Path goldFile, Gold gold) throws AnalysisException {
    List<Path> sources = new ArrayList<>();
    for (String s : gold.sources()) {
      sources.add(Evaluator.resolve(goldFile, s));
    }
    List<Discussion> threads = ingested.get(sources);
    if (threads == null) {
      try {
        threads = new Ingester(IngestOptions.LENIENT).ingest(sources).discussions();
      } catch (IngestException e) {
        throw new AnalysisException(goldFile + ": cannot ingest gold source: " + e.getMessage(), e);
      }
      ingested.put(sources, threads);
    }
    return Evaluator.pick(threads, gold).orElseThrow(
        () -> new AnalysisException(goldFile + ": no thread ingested"));
  }
}
