package quorum.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's {@code corpus/} and the read-only {@code ../shared} beside the checkout,
 * whichever module a test runs from. Surefire passes {@code quorum.root}; otherwise we walk up.
 */
public final class CorpusLocator {
  private CorpusLocator() {}

  /** The checkout root (the folder holding the top-level pom.xml and corpus/). */
  public static Path root() {
    String prop = System.getProperty("quorum.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("corpus")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("no corpus/ above " + Path.of("").toAbsolutePath());
  }

  /** A file or folder under the project's corpus/. */
  public static Path corpus(String relative) {
    Path p = root().resolve("corpus").resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("missing corpus file " + p);
    }
    return p;
  }

  /** ../shared beside the checkout, if present (CI has it; a bare clone may not). */
  public static Optional<Path> shared() {
    Path s = root().resolveSibling("shared");
    return Files.isDirectory(s) ? Optional.of(s) : Optional.empty();
  }

  /**
   * A path under ../shared; the test is skipped with a clear message when ../shared is absent,
   * and fails when ../shared exists but the path does not (a wrong path must not pass).
   */
  public static Path sharedOrSkip(String relative) {
    Optional<Path> s = shared();
    Assumptions.assumeTrue(s.isPresent(),
        "../shared is not beside the checkout at " + root().resolveSibling("shared")
            + "; peer-corpus tests need it");
    Path p = s.get().resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("missing shared file " + p);
    }
    return p;
  }
}
