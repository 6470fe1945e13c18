package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4: an ingest killed with SIGKILL leaves an index that opens; a re-run converges. */
class CrashSafetyTest {
  static final int THREADS = 800;

  @TempDir
  Path tmp;

  @Test
  void aKilledIngestLeavesAnIndexThatOpensAndARerunConverges() throws Exception {
    Path killed = tmp.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestMain.class.getName(), killed.toString(), Integer.toString(THREADS), "25")
        .redirectErrorStream(true).start();
    int committedBeforeKill;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.startsWith("committed 100")) {
        line = out.readLine();
      }
      assertThat(line).as("child output before the kill").isNotNull();
      committedBeforeKill = Integer.parseInt(line.substring("committed ".length()));
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    int partial;
    try (QuorumIndex index = QuorumIndex.open(killed)) {
      partial = index.messageCount();
      assertThat(partial).isBetween(committedBeforeKill * 4, THREADS * 4 - 1);
      assertThat(index.search("kfunc_7", 10).hits()).hasSize(1);
    }
    // the lock the dead process held does not block the re-run
    try (QuorumIndex index = QuorumIndex.open(killed);
        IndexWriterSession w = index.writer()) {
      AddResult r = w.addAll(SyntheticMail.discussions(THREADS));
      assertThat(r.duplicates()).isEqualTo(partial);
      assertThat(r.added()).isEqualTo(THREADS * 4 - partial);
    }
    Path clean = tmp.resolve("clean");
    try (QuorumIndex index = QuorumIndex.create(clean);
        IndexWriterSession w = index.writer()) {
      w.addAll(SyntheticMail.discussions(THREADS));
    }
    try (QuorumIndex a = QuorumIndex.open(killed); QuorumIndex b = QuorumIndex.open(clean)) {
      assertThat(a.messageCount()).isEqualTo(b.messageCount()).isEqualTo(THREADS * 4);
      assertThat(listing(a)).isEqualTo(listing(b));
    }
  }

  static List<String> listing(QuorumIndex index) throws Exception {
    return index.threads("", Integer.MAX_VALUE).stream()
        .map(t -> t.thread() + " " + t.subject() + " " + t.messageCount() + " " + t.first()
            + " " + t.last() + " " + t.participants() + " " + t.seriesVersions())
        .sorted().collect(Collectors.toList());
  }
}
