package quorum.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

/**
 * Child process of {@link CrashSafetyTest}'s kill loop: ingests files into the index at
 * {@code args[0]} as {@code quorum ingest} does (one commit per file), with the writer also
 * committing by itself every {@code args[1]} new documents. It prints "parsed N" once the
 * files are read, "added I" after each discussion, "committed I" after each file, and "done".
 */
public final class KillLoopIngestMain {
  private KillLoopIngestMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int commitEvery = Integer.parseInt(args[1]);
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    List<List<Discussion>> perFile = CrashSafetyTest.parse(files);
    System.out.println("parsed " + perFile.stream().mapToInt(List::size).sum());
    System.out.flush();
    int n = 0;
    try (QuorumIndex index = QuorumIndex.create(dir);
        IndexWriterSession w = index.writer(commitEvery)) {
      for (List<Discussion> file : perFile) {
        for (Discussion d : file) {
          w.add(d);
          System.out.println("added " + ++n);
          System.out.flush();
        }
        w.commit();
        System.out.println("committed " + n);
        System.out.flush();
      }
    }
    System.out.println("done");
    System.out.flush();
  }

  static List<Discussion> ingest(Path file) throws Exception {
    return new Ingester(IngestOptions.LENIENT).ingest(List.of(file)).discussions();
  }
}
