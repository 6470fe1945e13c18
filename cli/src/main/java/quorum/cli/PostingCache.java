package quorum.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import quorum.analysis.series.PostingJson;
import quorum.analysis.series.SeriesPosting;
import quorum.cli.report.AtomicFile;
import quorum.index.IndexedThread;
import quorum.mail.Message;

/**
 * What analysis found in each thread of an index, kept beside it (in {@code analysis/} of the
 * index folder) so that a second {@code quorum questions} runs no language model. An entry is
 * keyed by a hash of the thread's set of message keys and the quorum version: a thread that
 * gained a message, or a new quorum, gets a new entry; stale entries are only unused.
 */
final class PostingCache {
  private final Path dir;
  private final String version;
  private int hits;
  private int misses;

  PostingCache(Path dir, String version) {
    this.dir = dir;
    this.version = version;
  }

  /** The cache key of a thread: SHA-256 over the format, version and its sorted message keys. */
  String key(IndexedThread t) {
    TreeSet<String> keys = new TreeSet<>();
    for (Message m : t.messages()) {
      keys.add(m.key().value());
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("quorum-postings/" + PostingJson.FORMAT + "/" + version + "\n")
          .getBytes(StandardCharsets.UTF_8));
      for (String k : keys) {
        sha.update(k.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  Optional<List<SeriesPosting>> get(String key) throws IOException {
    try {
      Optional<List<SeriesPosting>> found =
          PostingJson.read(Files.readString(file(key), StandardCharsets.UTF_8));
      if (found.isPresent()) {
        hits++;
      } else {
        misses++;
      }
      return found;
    } catch (NoSuchFileException e) {
      misses++;
      return Optional.empty();
    }
  }

  void put(String key, List<SeriesPosting> postings) throws IOException {
    AtomicFile.write(file(key), PostingJson.write(postings));
  }

  /** Threads read from the cache so far. */
  int hits() {
    return hits;
  }

  /** Threads that had to be analyzed. */
  int misses() {
    return misses;
  }

  Path directory() {
    return dir;
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
  }
}
