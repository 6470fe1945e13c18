package quorum.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replicates a real archive (a folder of mbox files, e.g. ksummit's six yearly files) until it
 * holds a target number of messages, each copy with fresh Message-IDs ({@link IdRewriter}), so
 * real header and body shapes are measured at scale. The last copy is cut short at the target.
 */
public final class Replicator {
  private Replicator() {}

  /** Writes {@code target} messages to {@code sink}; returns how many originals there were. */
  public static int replicate(Path folder, int target, MailSink sink) throws IOException {
    List<byte[]> originals = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".mbox")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(folder + ": no .mbox files to replicate");
    }
    for (Path f : files) {
      MboxSplitter.split(f, originals::add);
    }
    int written = 0;
    for (int copy = 0; written < target; copy++) {
      IdRewriter ids = new IdRewriter(copy);
      for (int i = 0; i < originals.size() && written < target; i++) {
        sink.add(ids.rewrite(originals.get(i)));
        written++;
      }
    }
    return originals.size();
  }
}
