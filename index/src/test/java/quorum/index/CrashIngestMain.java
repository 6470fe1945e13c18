package quorum.index;

import java.nio.file.Path;
import java.util.List;
import quorum.mail.Discussion;

/**
 * Child process of {@link CrashSafetyTest}: ingests synthetic threads into the index at
 * {@code args[0]}, committing every {@code args[2]} threads and printing "committed N" after
 * each commit, until it is killed.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    int every = Integer.parseInt(args[2]);
    List<Discussion> all = SyntheticMail.discussions(threads);
    try (QuorumIndex index = QuorumIndex.create(dir);
        IndexWriterSession w = index.writer(Integer.MAX_VALUE)) {
      for (int i = 0; i < all.size(); i++) {
        w.add(all.get(i));
        if ((i + 1) % every == 0) {
          w.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
    System.out.println("done");
  }
}
