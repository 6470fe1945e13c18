package quorum.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The held-out gold files: those named in a {@code holdout.txt} (one path per line, relative to
 * that file's folder, {@code #} comments) in a gold file's folder or any folder above it.
 */
final class Holdout {
  private final Set<Path> files;

  private Holdout(Set<Path> files) {
    this.files = files;
  }

  static Holdout around(List<Path> golds) {
    Set<Path> lists = new HashSet<>();
    for (Path g : golds) {
      for (Path d = g.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
        Path list = d.resolve("holdout.txt");
        if (Files.isRegularFile(list)) {
          lists.add(list);
        }
      }
    }
    Set<Path> held = new HashSet<>();
    for (Path list : lists) {
      try {
        for (String line : Files.readAllLines(list)) {
          String s = line.strip();
          if (!s.isEmpty() && !s.startsWith("#")) {
            Path named = list.getParent().resolve(s).normalize();
            held.add(named);
            // a list may name the mail ("x.mbox") or the folder; count the gold beside it
            held.add(withGoldSuffix(named));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(list + ": cannot read holdout list", e);
      }
    }
    return new Holdout(held);
  }

  private static Path withGoldSuffix(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = name.endsWith(".gold.json") ? name.substring(0, name.length() - 10)
        : dot > 0 ? name.substring(0, dot) : name;
    return p.resolveSibling(stem + ".gold.json");
  }

  boolean contains(Path gold) {
    return files.contains(gold.toAbsolutePath().normalize());
  }

  boolean isEmpty() {
    return files.isEmpty();
  }
}
