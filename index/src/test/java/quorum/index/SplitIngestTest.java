package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.testing.CorpusLocator;

/**
 * A thread ingested in two parts (every corpus thread, split after its first message and in
 * the middle, each part first) gives the index of one ingest of the whole file: the same real
 * messages and quote-only nodes in the same threads. A message known only from quotes in one
 * ingest is replaced when it arrives as mail in the other, and a quote of mail already
 * indexed adds nothing. Quote-only keys may differ (the first quote seen names the node; one
 * run takes the longest), so quote-only nodes are compared by count per thread.
 *
 * <p>The exception is a thread that one run joins by subject ({@link Link#SUBJECT}: a reply
 * without threading headers): the index links only by Message-ID, as notmuch does, so its
 * parts stay apart; there only the real messages are compared.
 */
class SplitIngestTest {
  @TempDir
  Path tmp;

  static Stream<Path> threads() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("rfc-debates", "series", "quoting", "threading", "encoding")) {
      try (Stream<Path> s = Files.list(CorpusLocator.corpus(folder))) {
        s.filter(p -> p.toString().endsWith(".mbox")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(15);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("threads")
  void twoIngestsOfAThreadGiveTheIndexOfOne(Path mbox) throws Exception {
    List<Discussion> whole = new Ingester(IngestOptions.LENIENT).ingest(List.of(mbox))
        .discussions();
    boolean subjectJoined = whole.stream().flatMap(d -> d.tree().nodes().values().stream())
        .anyMatch(n -> n.link() == Link.SUBJECT);
    Path one = tmp.resolve("one");
    try (QuorumIndex i = QuorumIndex.create(one); IndexWriterSession w = i.writer()) {
      w.addAll(whole);
    }
    Map<String, String> expected = threadsOf(one);
    assertThat(ThreadSubjectTest.held(one)).as("thread subjects")
        .isEqualTo(ThreadSubjectTest.summarized(one));
    List<String> msgs = messages(mbox);
    for (int split : new TreeSet<>(List.of(1, msgs.size() / 2))) {
      Path a = write(tmp.resolve("a" + split + ".mbox"), msgs.subList(0, split));
      Path b = write(tmp.resolve("b" + split + ".mbox"), msgs.subList(split, msgs.size()));
      for (List<Path> order : List.of(List.of(a, b), List.of(b, a))) {
        Path two = tmp.resolve("two-" + split + "-" + order.get(0).getFileName());
        try (QuorumIndex i = QuorumIndex.create(two); IndexWriterSession w = i.writer()) {
          for (Path p : order) {
            w.addAll(new Ingester(IngestOptions.LENIENT).ingest(List.of(p)).discussions());
            w.commit();
          }
        }
        Map<String, String> actual = threadsOf(two);
        String where = mbox.getFileName() + " split after " + split + ", "
            + order.get(0).getFileName() + " first";
        assertThat(IndexSnapshot.duplicateKeys(IndexSnapshot.of(two))).as(where).isEmpty();
        // each part's threads were written with the subject of that part; the later ingest
        // rewrote them wherever it changed the thread
        assertThat(ThreadSubjectTest.held(two)).as(where + ": thread subjects")
            .isEqualTo(ThreadSubjectTest.summarized(two));
        if (subjectJoined) {
          assertThat(realKeys(two)).as(where).isEqualTo(realKeys(one));
        } else {
          assertThat(actual).as(where).isEqualTo(expected);
        }
      }
    }
  }

  /**
   * Per thread (named by its smallest real key): its real keys and how many quote-only nodes
   * it holds, one entry per thread.
   */
  static Map<String, String> threadsOf(Path dir) throws IOException {
    Map<String, List<String[]>> byThread = IndexSnapshot.of(dir).stream().map(l -> l.split(" "))
        .collect(Collectors.groupingBy(p -> p[1]));
    Map<String, String> out = new TreeMap<>();
    for (List<String[]> docs : byThread.values()) {
      TreeSet<String> real = docs.stream().filter(p -> p[2].equals("mail")).map(p -> p[0])
          .collect(Collectors.toCollection(TreeSet::new));
      long quoted = docs.stream().filter(p -> p[2].equals("quoted")).count();
      out.put(real.isEmpty() ? "(quotes only) " + docs.get(0)[0] : real.first(),
          real + " + " + quoted + " quote-only");
    }
    return out;
  }

  static Set<String> realKeys(Path dir) throws IOException {
    return IndexSnapshot.of(dir).stream().map(l -> l.split(" ")).filter(p -> p[2].equals("mail"))
        .map(p -> p[0]).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The messages of an mbox, each from its {@code From } line, as written. */
  static List<String> messages(Path mbox) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    String prev = "";
    for (String line : Files.readAllLines(mbox, StandardCharsets.ISO_8859_1)) {
      if (line.startsWith("From ") && (cur == null || prev.isEmpty())) {
        if (cur != null) {
          out.add(cur.toString());
        }
        cur = new StringBuilder();
      }
      if (cur != null) {
        cur.append(line).append('\n');
      }
      prev = line;
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }

  static Path write(Path p, List<String> msgs) throws IOException {
    Files.writeString(p, String.join("", msgs), StandardCharsets.ISO_8859_1);
    return p;
  }
}
