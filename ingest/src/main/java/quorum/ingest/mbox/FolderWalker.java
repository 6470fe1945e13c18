package quorum.ingest.mbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Lists the files under a folder in a deterministic order (names compared as strings, depth
 * first), without recursion. Skipped silently: hidden entries, a maildir's {@code tmp/} (mail
 * being delivered, not yet mail), symbolic links to folders (they can loop), and sidecar files
 * that sit beside mail in corpora: {@code *.json}, {@code *.md}, README, LICENSE and COPYING.
 */
final class FolderWalker {
  private FolderWalker() {}

  static List<Path> files(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(root);
    while (!folders.isEmpty()) {
      Path dir = folders.pop();
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(entries::add);
      }
      entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
      boolean maildir = isMaildir(dir);
      List<Path> subfolders = new ArrayList<>();
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          if (!(maildir && name.equals("tmp"))) {
            subfolders.add(p);
          }
        } else if (Files.isRegularFile(p) && !isSidecar(name)) {
          out.add(p);
        }
      }
      // files of this folder come first, then each subfolder in name order
      for (int i = subfolders.size() - 1; i >= 0; i--) {
        folders.push(subfolders.get(i));
      }
    }
    return out;
  }

  /** A maildir has {@code cur/} or {@code new/} (tmp/ is often missing from copies). */
  static boolean isMaildir(Path dir) {
    return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
  }

  static boolean isSidecar(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".md") || lower.startsWith("readme")
        || lower.startsWith("license") || lower.startsWith("copying");
  }
}
