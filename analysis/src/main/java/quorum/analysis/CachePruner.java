package quorum.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the result cache from growing without end. Whole-thread results are filed under one
 * folder per version of the analysis code ({@link ResultCache}), and a new build never reads
 * an older build's folder again; so, when a build first writes, the folders of other versions
 * are removed except the {@link #KEEP} most recently written and any written in the last
 * {@link #RECENT} (someone switching between two checkouts keeps both). Also removes the
 * per-message annotation files of the old JSON format, which nothing reads any more. Failing
 * to delete something only costs disk, so it is logged and skipped.
 */
final class CachePruner {
  private static final Logger LOG = LoggerFactory.getLogger(CachePruner.class);
  static final int KEEP = 4;
  static final Duration RECENT = Duration.ofDays(1);

  private CachePruner() {}

  /**
   * Prunes {@code threads} (the folder of version folders) around {@code current}, and the
   * legacy annotation files in {@code annotations}.
   */
  static void prune(Path threads, String current, Path annotations, Instant now) {
    List<Path> others = new ArrayList<>();
    try (Stream<Path> s = Files.list(threads)) {
      s.filter(p -> !p.getFileName().toString().equals(current)).forEach(others::add);
    } catch (IOException e) {
      LOG.debug("cannot list {}: {}", threads, e.toString());
      return;
    }
    others.sort(Comparator.comparing(CachePruner::modified).reversed());
    // entries of the flat layout before version folders: nothing reads them
    others.stream().filter(Files::isRegularFile).forEach(CachePruner::deleteTree);
    others.removeIf(p -> !Files.isDirectory(p));
    for (int i = 0; i < others.size(); i++) {
      Path p = others.get(i);
      // the current version counts as one of the kept
      boolean keep = i < KEEP - 1 || modified(p).toInstant().isAfter(now.minus(RECENT));
      if (!keep) {
        deleteTree(p);
      }
    }
    try (Stream<Path> s = Files.list(annotations)) {
      s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .forEach(CachePruner::deleteTree);
    } catch (IOException e) {
      LOG.debug("cannot list {}: {}", annotations, e.toString());
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void deleteTree(Path p) {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot delete {}: {}", p, e.toString());
    }
  }
}
