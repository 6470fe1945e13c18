package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.testing.CorpusLocator;

/**
 * Documents are inverted on several threads ({@link IndexWriterSession#ADDING_THREADS}), in an
 * order that varies between runs; the index must not: the same documents (stored content), in
 * the same threads, with the same counts, whatever the number of adding threads, also when
 * ingests link threads across files, upgrade quote-only nodes and commit midway.
 */
class AddingThreadsTest {
  @TempDir
  Path tmp;

  @Test
  void sameDocumentsAndThreadsWhateverTheAddingThreads() throws Exception {
    // each corpus thread in two files, its second half first: replies before their parents,
    // and quote-only nodes replaced by the real mail when it comes
    List<List<Discussion>> inputs = new ArrayList<>();
    for (Path mbox : corpusThreads()) {
      List<String> msgs = SplitIngestTest.messages(mbox);
      int half = Math.max(1, msgs.size() / 2);
      String name = mbox.getFileName().toString();
      Path second = SplitIngestTest.write(tmp.resolve("b-" + name), msgs.subList(half, msgs.size()));
      Path first = SplitIngestTest.write(tmp.resolve("a-" + name), msgs.subList(0, half));
      inputs.add(read(second));
      inputs.add(read(first));
    }
    List<Discussion> synthetic = SyntheticMail.discussions(200);
    inputs.add(synthetic.subList(0, 100));
    inputs.add(synthetic.subList(100, 200));
    inputs.add(bridgedThreads(20));

    Path one = tmp.resolve("one");
    Path three = tmp.resolve("three");
    AddResult serial = ingest(one, 1, inputs);
    assertThat(ingest(three, 3, inputs)).isEqualTo(serial);
    assertThat(IndexSnapshot.of(three)).isEqualTo(IndexSnapshot.of(one));
    assertThat(serial.added()).isGreaterThan(800);
    assertThat(serial.quoteNodes()).isPositive();
    assertThat(serial.upgraded()).isPositive();
    assertThat(serial.threadsMerged()).isPositive();
  }

  /**
   * Per bridge: a root, a reply to a middle message not seen yet (two unrelated threads), then
   * the middle message, which merges the two threads it links while their documents may still
   * be on their way into the writer.
   */
  private static List<Discussion> bridgedThreads(int n) {
    List<Discussion> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String a = "a" + i + "@bridge";
      String b = "b" + i + "@bridge";
      String day = String.format("2024-03-%02dT", 1 + i % 28);
      out.add(Mail.thread(Mail.id(a).from("Ann <ann@example.org>").date(day + "08:00:00Z")
          .subject("bridge " + i).own("Root " + i).build()));
      out.add(Mail.thread(Mail.id("c" + i + "@bridge").from("Cy <cy@example.org>")
          .date(day + "10:00:00Z").subject("Re: bridge " + i).replyTo(b)
          .quoted("Middle " + i).own("Reply " + i).build()));
      out.add(Mail.thread(Mail.id(b).from("Bo <bo@example.org>").date(day + "09:00:00Z")
          .subject("Re: bridge " + i).replyTo(a).quoted("Root " + i).own("Middle " + i)
          .build()));
    }
    return out;
  }

  private static List<Discussion> read(Path mbox) throws Exception {
    return new Ingester(IngestOptions.LENIENT).ingest(List.of(mbox)).discussions();
  }

  @Test
  void everyDocumentAddedOnFourThreadsIsCommitted() throws Exception {
    Path dir = tmp.resolve("segments");
    try (QuorumIndex index = QuorumIndex.create(dir);
         IndexWriterSession w = index.writer(QuorumIndex.DEFAULT_COMMIT_EVERY, 4)) {
      w.addAll(SyntheticMail.discussions(250));
      w.commit();
    }
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      assertThat(r.numDocs()).isEqualTo(1000);
      assertThat(r.leaves()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    }
  }

  /** Every input as its own commit, the way {@code quorum ingest} commits each file. */
  private static AddResult ingest(Path dir, int threads, List<List<Discussion>> inputs)
      throws IndexException {
    try (QuorumIndex index = QuorumIndex.create(dir);
         IndexWriterSession w = index.writer(500, threads)) {
      for (List<Discussion> input : inputs) {
        w.addAll(input);
        w.commit();
      }
      // the corpus again: every message is now a duplicate or already in its thread
      for (List<Discussion> input : inputs.subList(0, 4)) {
        w.addAll(input);
      }
      return w.total();
    }
  }

  private static List<Path> corpusThreads() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("series", "quoting", "threading")) {
      try (Stream<Path> s = Files.list(CorpusLocator.corpus(folder))) {
        s.filter(p -> p.toString().endsWith(".mbox")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(10);
    return files;
  }
}
