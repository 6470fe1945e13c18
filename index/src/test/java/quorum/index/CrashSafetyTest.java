package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.testing.CorpusLocator;

/**
 * Issues 4 and 8: an ingest killed with SIGKILL leaves an index that opens, and a re-run
 * converges to exactly the index of an uninterrupted run, however often it is killed.
 */
class CrashSafetyTest {
  static final int THREADS = 800;
  /** Kill rounds in the default suite; {@code -Dquorum.crashRounds=100} for a long run. */
  static final int DEFAULT_ROUNDS = 10;
  /** Documents after which the child's writer commits by itself (besides once per file). */
  static final int CHILD_COMMIT_EVERY = 40;

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

  /**
   * Issue 8: a child JVM ingesting real mail (the corpus threads and, when present, two years
   * of the ksummit archive) is killed with SIGKILL at a random point, round after round, each
   * run resuming the index the last one left (a fresh index once a run got everything in).
   * After every kill the index opens and holds no key twice, and finishing the run from there
   * gives exactly the documents (key, thread, provenance, stored fields) of one uninterrupted
   * run. Seeded ({@code -Dquorum.crashSeed}), so a failing round can be replayed.
   */
  @Test
  void survivesRepeatedKillsAtRandomPointsAndConverges() throws Exception {
    int rounds = Integer.getInteger("quorum.crashRounds", DEFAULT_ROUNDS);
    long seed = Long.getLong("quorum.crashSeed", 20261125L);
    List<Path> files = killLoopCorpus();
    List<List<Discussion>> perFile = parse(files);
    int total = perFile.stream().mapToInt(List::size).sum();
    Path clean = tmp.resolve("clean");
    ingestAll(clean, perFile);
    List<String> expected = IndexSnapshot.of(clean);
    assertThat(IndexSnapshot.duplicateKeys(expected)).isEmpty();
    Random random = new Random(seed);
    Path dir = null;
    int killed = 0;
    int midWrite = 0;
    int finished = 0;
    for (int round = 0; round < rounds; round++) {
      if (dir == null) {
        dir = tmp.resolve("run" + round);
      }
      int target = random.nextInt(total + 1);
      boolean done = runUntil(dir, files, target, random.nextInt(20));
      String where = "round " + round + " (seed " + seed + ", kill after " + target + "/" + total
          + " discussions)";
      try (QuorumIndex index = QuorumIndex.create(dir)) {
        assertThat(index.messageCount()).as(where).isBetween(0, expected.size());
        index.threads("", 5);
      }
      List<String> partial = IndexSnapshot.of(dir);
      assertThat(IndexSnapshot.duplicateKeys(partial)).as(where).isEmpty();
      Path check = tmp.resolve("check" + round);
      copy(dir, check);
      ingestAll(check, perFile);
      assertThat(IndexSnapshot.of(check)).as(where).isEqualTo(expected);
      if (done) {
        assertThat(partial).as(where).isEqualTo(expected);
        finished++;
      } else {
        killed++;
        midWrite += partial.equals(expected) ? 0 : 1;
      }
      if (partial.equals(expected)) {
        dir = null; // everything is in: the next round starts a new index
      }
    }
    System.out.printf("kill -9 loop: %d rounds (seed %d), %d killed (%d before all was committed),"
        + " %d ran to the end; every index opened, no key twice, and each converged to the %d"
        + " documents of an uninterrupted run%n",
        rounds, seed, killed, midWrite, finished, expected.size());
    assertThat(midWrite).isGreaterThan(rounds / 2);
  }

  /** Real mail for the kill loop: the corpus's own threads, plus ksummit 2022 and 2026. */
  static List<Path> killLoopCorpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("rfc-debates", "series", "quoting", "threading", "encoding")) {
      try (Stream<Path> s = Files.list(CorpusLocator.corpus(folder))) {
        s.filter(p -> p.toString().endsWith(".mbox")).sorted().forEach(files::add);
      }
    }
    for (String year : List.of("2022", "2026")) {
      CorpusLocator.shared().map(p -> p.resolve("peer-corpora/ksummit/ksummit-" + year + ".mbox"))
          .filter(Files::isRegularFile).ifPresent(files::add);
    }
    assertThat(files).hasSizeGreaterThan(20);
    return files;
  }

  /** Each file ingested on its own, as {@code quorum ingest} does. */
  static List<List<Discussion>> parse(List<Path> files) throws Exception {
    List<List<Discussion>> out = new ArrayList<>();
    for (Path f : files) {
      out.add(new Ingester(IngestOptions.LENIENT).ingest(List.of(f)).discussions());
    }
    return out;
  }

  /** An uninterrupted run into {@code dir} (new or left by a killed run). */
  private static void ingestAll(Path dir, List<List<Discussion>> perFile) throws Exception {
    try (QuorumIndex index = QuorumIndex.create(dir);
        IndexWriterSession w = index.writer(CHILD_COMMIT_EVERY)) {
      for (List<Discussion> file : perFile) {
        w.addAll(file);
        w.commit();
      }
    }
  }

  /**
   * Runs the child on {@code dir} and kills it with SIGKILL {@code extraMillis} after it has
   * added {@code target} discussions; true when it ran to the end before the kill landed.
   */
  private static boolean runUntil(Path dir, List<Path> files, int target, int extraMillis)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), KillLoopIngestMain.class.getName(),
        dir.toString(), Integer.toString(CHILD_COMMIT_EVERY)));
    files.forEach(f -> cmd.add(f.toString()));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Deque<String> tail = new ArrayDeque<>();
    boolean done = false;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
        done = line.equals("done");
        if (done || line.startsWith("parsed ") && target == 0
            || line.startsWith("added ") && Integer.parseInt(line.substring(6)) >= target) {
          break;
        }
      }
      if (!done) {
        if (extraMillis > 0) {
          Thread.sleep(extraMillis);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close(), no last commit
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exits").isTrue();
    }
    int exit = child.exitValue();
    assertThat(exit).as("child exit code; last output: %s", tail).isIn(0, 137);
    return exit == 0;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.collect(Collectors.toList())) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }
}
