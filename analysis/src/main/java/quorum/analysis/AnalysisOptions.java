package quorum.analysis;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to analyze: where to keep the per-message annotation cache on disk (besides memory).
 * {@link #DEFAULT} keeps it in memory only.
 */
public record AnalysisOptions(Optional<Path> cacheDir) {
  public static final AnalysisOptions DEFAULT = new AnalysisOptions(Optional.empty());

  public AnalysisOptions {
    Objects.requireNonNull(cacheDir, "cacheDir");
  }

  public AnalysisOptions withCacheDir(Path dir) {
    return new AnalysisOptions(Optional.of(dir));
  }
}
