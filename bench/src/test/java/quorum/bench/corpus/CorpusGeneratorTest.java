package quorum.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

class CorpusGeneratorTest {
  @TempDir
  Path tmp;

  private CorpusGenerator.Summary generate(Path dir, int count) throws IOException {
    try (MailSink sink = new MailSink(dir.resolve("corpus.mbox"), dir.resolve("maildir"));
         MailSink sample = new MailSink(dir.resolve("sample.mbox"), null)) {
      return new CorpusGenerator(7).generate(count, sink, sample, 5);
    }
  }

  @Test
  void writesExactlyTheCountToMboxAndMaildirAndTheSameBytesEveryTime() throws IOException {
    CorpusGenerator.Summary s = generate(tmp.resolve("a"), 200);
    generate(tmp.resolve("b"), 200);

    assertThat(s.messages()).isEqualTo(200);
    assertThat(Files.mismatch(tmp.resolve("a/corpus.mbox"), tmp.resolve("b/corpus.mbox"))).isEqualTo(-1);
    List<byte[]> fromMbox = new ArrayList<>();
    assertThat(MboxSplitter.split(tmp.resolve("a/corpus.mbox"), fromMbox::add)).isEqualTo(200);
    try (Stream<Path> files = Files.list(tmp.resolve("a/maildir/cur"))) {
      List<Path> sorted = files.sorted().toList();
      assertThat(sorted).hasSize(200);
      // the maildir holds the same bytes as the mbox, unescaped
      assertThat(Files.readAllBytes(sorted.get(17))).isEqualTo(fromMbox.get(17));
    }
  }

  @Test
  void quorumReadsTheGeneratedMailAsThreadsWithQuotesPatchesAndMime() throws Exception {
    generate(tmp, 600);
    String mbox = Files.readString(tmp.resolve("corpus.mbox"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(mbox).contains("wrote:\n> ", " writes:\n>", "\n>> ", "diff --git a/",
        "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: base64",
        "multipart/mixed", "=?UTF-8?B?", "=?utf-8?q?", "References: <");

    IngestResult r = new Ingester(IngestOptions.LENIENT).ingest(List.of(tmp.resolve("corpus.mbox")));

    assertThat(r.read()).isEqualTo(600);
    assertThat(r.discussions().stream().mapToInt(d -> d.messages().size()).max().orElse(0))
        .isGreaterThan(5).isLessThanOrEqualTo(ThreadPlanner.MAX_THREAD + 1);
    assertThat(r.discussions().stream().filter(d -> d.messages().size() == 1).count()).isPositive();
    long multi = r.discussions().stream().mapToInt(d -> d.messages().size()).filter(n -> n > 1).count();
    assertThat(multi).as("threads with replies").isGreaterThan(20);
    for (Discussion d : r.discussions()) {
      assertThat(d.tree().nodes()).isNotEmpty();
    }
  }

  @Test
  void replicatesAnArchiveWithFreshIdsPerCopy() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.copy(quorum.testing.CorpusLocator.corpus("threading/hooks-doc-rfc2119-wrong-references.mbox"),
        src.resolve("a.mbox"));
    int originals;
    try (MailSink sink = new MailSink(tmp.resolve("out.mbox"), tmp.resolve("maildir"))) {
      originals = Replicator.replicate(src, 17, sink);
    }
    List<String> ids = new ArrayList<>();
    MboxSplitter.split(tmp.resolve("out.mbox"), raw -> {
      String s = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^Message-ID:\\s*<([^>]+)>").matcher(s);
      if (m.find()) {
        ids.add(m.group(1));
      }
    });

    assertThat(originals).isEqualTo(7);
    assertThat(ids).hasSize(17).doesNotHaveDuplicates();
    assertThat(ids.get(0)).startsWith("r0.");
    assertThat(ids.get(7)).startsWith("r1.");
  }

  @Test
  void rewritesFoldedReferencesOfACopy() {
    byte[] raw = ("Message-ID: <b@x>\nIn-Reply-To: <a@x>\nReferences: <r@x>\n <a@x>\nSubject: <s@x>\n\n"
        + "Message-ID: <body@x>\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    String out = new String(new IdRewriter(3).rewrite(raw), java.nio.charset.StandardCharsets.US_ASCII);

    assertThat(out).isEqualTo("Message-ID: <r3.b@x>\nIn-Reply-To: <r3.a@x>\nReferences: <r3.r@x>\n"
        + " <r3.a@x>\nSubject: <s@x>\n\nMessage-ID: <body@x>\n");
  }
}
