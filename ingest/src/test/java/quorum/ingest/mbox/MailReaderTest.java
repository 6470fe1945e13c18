package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.InputFormat;
import quorum.mail.Message;
import quorum.mail.Provenance;
import quorum.mail.Severity;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;

class MailReaderTest {
  @Test
  void stripsOneMarkerFromEscapedFromLinesInMboxrd() throws Exception {
    CollectingVisitor c = CollectingVisitor.read(CorpusLocator.corpus("mime/mboxrd-escaping.mbox"));
    assertThat(c.messages).hasSize(2);
    assertThat(c.messages.get(0).body()).isEqualTo(
        "From the start, mboxrd escapes every line that begins with From.\n"
            + ">From a quoted line, too: it keeps one of its two markers.\n"
            + ">>From deeper, likewise.\n"
            + ">From\n"); // no space after From: not an escaped From_ line (RFC 4155)
    assertThat(c.messages.get(1).body()).startsWith(
        ">From the start, mboxrd escapes every line that begins with From.\n");
    assertThat(c.diagnostics).isEmpty();
  }

  @Test
  void leavesFromEscapesOfMboxoAlone() throws Exception {
    CollectingVisitor c = CollectingVisitor.read(CorpusLocator.corpus("mime/mboxo.mbox"));
    assertThat(c.messages).extracting(m -> m.key().value())
        .containsExactly("mboxo.1@example.dk", "mboxo.2@example.se");
    assertThat(c.messages.get(0).body()).startsWith(">From here on, mboxo cannot tell");
    // a body line starting with "From " without a timestamp does not split the message
    assertThat(c.messages.get(1).body()).startsWith("From the reply: a body line");
  }

  @Test
  void keepsAnUnescapedFromLineInsideAMimePartAsBodyText() throws Exception {
    // mboxo written by a naive tool: a git format-patch From_ line inside an attached part
    Path mbox = CorpusLocator.corpus("mime/mboxo-unescaped-from-in-attachment.mbox");
    CollectingVisitor c = CollectingVisitor.read(mbox);
    assertThat(c.messages).extracting(m -> m.key().value())
        .containsExactly("unescaped.1@example.org", "unescaped.2@example.org");
    assertThat(c.messages.get(0).attachments()).singleElement()
        .satisfies(a -> assertThat(a.mimeType()).isEqualTo("text/x-diff"));
    assertThat(c.printed()).containsExactly(mbox + ":18: warning: From_ line inside a MIME part"
        + " of the message at line 1 (unescaped mboxo); kept as body text");
  }

  @Test
  void failsWithOneLineOnAnUnreadableFile(@TempDir Path tmp) throws Exception {
    Path locked = Files.writeString(tmp.resolve("locked.mbox"), "From: a@b\n\nx\n");
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
        "running as a user who can read any file (root)");
    assertThatThrownBy(() -> CollectingVisitor.read(locked))
        .hasMessage(locked + ": not readable (permission denied)");
  }

  @Test
  void tracksOffsetAndLineOfEachFromLine() throws Exception {
    Path mbox = CorpusLocator.corpus("mime/mboxo.mbox");
    CollectingVisitor c = CollectingVisitor.read(mbox);
    Message second = c.messages.get(1);
    String text = Files.readString(mbox);
    int offset = text.indexOf("From lea@example.se");
    assertThat(second.source().offset()).isEqualTo(offset);
    assertThat(second.source().line()).isEqualTo(
        (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1);
    assertThat(c.messages.get(0).source().line()).isEqualTo(1);
  }

  @Test
  void readsMaildirCurAndNewButNotTmp() throws Exception {
    CollectingVisitor c = CollectingVisitor.read(CorpusLocator.corpus("mime/maildir"));
    assertThat(c.messages).extracting(m -> m.key().value())
        .containsExactly("maildir.1@example.org", "maildir.2@example.org",
            "maildir.3@example.org");
    assertThat(c.diagnostics).isEmpty();
  }

  @Test
  void maildirFormatRefusesAFolderWithoutCurOrNew() {
    Path folder = CorpusLocator.corpus("broken");
    assertThatThrownBy(() -> CollectingVisitor.read(folder,
        IngestOptions.LENIENT.withFormat(InputFormat.MAILDIR)))
        .isInstanceOf(IngestException.class)
        .hasMessage(folder + ": not a maildir (no cur/ or new/ folder)");
  }

  @Test
  void readsGzippedMboxByItsMagicBytes(@TempDir Path tmp) throws Exception {
    Path gz = tmp.resolve("archive.bin");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(CorpusLocator.corpus("mime/mboxrd-escaping.mbox")));
    }
    CollectingVisitor c = CollectingVisitor.read(gz);
    assertThat(c.messages).hasSize(2);
    assertThat(c.messages.get(0).body()).startsWith("From the start, mboxrd escapes");
  }

  @Test
  void readsFolderRecursivelyInSortedOrderAndSkipsSidecars(@TempDir Path tmp) throws Exception {
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.copy(CorpusLocator.corpus("mime/mboxo.mbox"), b.resolve("list.mbox"));
    Files.copy(CorpusLocator.corpus("mime/qp-latin1.eml"), tmp.resolve("a.eml"));
    Files.writeString(tmp.resolve("README.md"), "# notes\n");
    Files.writeString(tmp.resolve("a.gold.json"), "{}\n");
    Files.writeString(tmp.resolve("notes.txt"), "just some notes\n");
    CollectingVisitor c = CollectingVisitor.read(tmp);
    assertThat(c.messages).extracting(m -> m.key().value())
        .containsExactly("qp-latin1.1@example.org", "mboxo.1@example.dk", "mboxo.2@example.se");
    assertThat(c.printed()).containsExactly(tmp.resolve("notes.txt")
        + ":1: warning: not mail (no From_ line, no RFC 5322 header block, no quoted text);"
        + " skipped");
  }

  @Test
  void readsTheFlattenedSeedAsOneArchiveCopy() throws Exception {
    Message m = CollectingVisitor.read(
        CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.txt")).single();
    assertThat(m.provenance()).isEqualTo(Provenance.ARCHIVE_COPY);
    assertThat(m.key().isSynthetic()).isTrue();
    assertThat(m.id()).isEmpty();
    assertThat(m.date()).isEmpty();
    assertThat(m.subject()).isEmpty();
    assertThat(m.from().isUnknown()).isTrue();
    assertThat(m.body()).contains("Toke H\u00f8iland-J\u00f8rgensen");
  }

  @Test
  void rejectsMessagesOverTheSizeCapAndReadsOn() throws Exception {
    IngestOptions small = new IngestOptions(InputFormat.AUTO, false, 280);
    Path mbox = CorpusLocator.corpus("mime/mboxrd-escaping.mbox");
    CollectingVisitor c = CollectingVisitor.read(mbox, small);
    assertThat(c.messages).extracting(m -> m.key().value()).containsExactly("mboxrd.2@example.se");
    assertThat(c.rejected).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.toString()).isEqualTo(mbox
          + ":1: error: message is 300 bytes, over the 280-byte limit; skipped");
    });
  }

  @Test
  void keepsWhatATruncatedMboxHoldsAndReportsTheLossAsAnError() throws Exception {
    Path mbox = CorpusLocator.corpus("broken/truncated.mbox");
    CollectingVisitor c = CollectingVisitor.read(mbox);
    assertThat(c.messages).hasSize(2);
    assertThat(c.messages.get(1).body()).isEqualTo("This message was cut off in the midd");
    assertThat(c.printed()).containsExactly(mbox + ":16: error: file ends mid-line in the body"
        + " of the message at line 9 (truncated?); kept what was read");
  }

  @Test
  void rejectsAMessageWithoutHeaderFieldsAndReadsOn() throws Exception {
    Path mbox = CorpusLocator.corpus("broken/headerless.mbox");
    CollectingVisitor c = CollectingVisitor.read(mbox);
    assertThat(c.messages).extracting(m -> m.key().value())
        .containsExactly("headerless.1@example.org", "headerless.3@example.org");
    assertThat(c.printed()).containsExactly(
        mbox + ":8: error: no RFC 5322 header fields; message skipped");
    // every From_ line ends in exactly one of message() or rejected()
    long fromLines = Files.readAllLines(mbox).stream().filter(l -> l.startsWith("From ")).count();
    assertThat(c.messages.size() + c.rejected.size()).isEqualTo(fromLines);
  }

  @Test
  void formatOptionOverridesDetection(@TempDir Path tmp) throws Exception {
    // read as EML, an mbox is one message whose From_ line is skipped
    Path mbox = CorpusLocator.corpus("mime/mboxo.mbox");
    Message asEml = CollectingVisitor.read(mbox, IngestOptions.LENIENT.withFormat(InputFormat.EML))
        .single();
    assertThat(asEml.key().value()).isEqualTo("mboxo.1@example.dk");
    // read as FLATTENED, a mail file is archive text
    Message asText = CollectingVisitor.read(CorpusLocator.corpus("mime/qp-latin1.eml"),
        IngestOptions.LENIENT.withFormat(InputFormat.FLATTENED)).single();
    assertThat(asText.provenance()).isEqualTo(Provenance.ARCHIVE_COPY);
    assertThat(asText.body()).startsWith("From: =?ISO-8859-1?Q?");
    // read as MBOX, a file without From_ lines is not an mbox
    Path eml = CorpusLocator.corpus("mime/qp-latin1.eml");
    assertThatThrownBy(() -> CollectingVisitor.read(eml,
        IngestOptions.LENIENT.withFormat(InputFormat.MBOX)))
        .hasMessage(eml + ": not an mbox (no From_ line)");
    assertThatThrownBy(() -> CollectingVisitor.read(eml,
        IngestOptions.LENIENT.withFormat(InputFormat.MAILDIR)))
        .hasMessage(eml + ": not a maildir (a maildir is a folder with cur/ and new/)");
  }

  @Test
  void failsOnAFolderWithoutMail(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("README.md"), "# nothing here\n");
    Files.writeString(tmp.resolve("list.txt"), "milk\neggs\n");
    assertThatThrownBy(() -> CollectingVisitor.read(tmp))
        .isInstanceOf(IngestException.class)
        .hasMessage(tmp + ": no mail in folder (1 other file(s))");
  }

  @Test
  void failsWithOneLineOnMissingEmptyBinaryAndNonMailFiles() {
    Path missing = Path.of("corpus/broken/no-such.mbox");
    assertThatThrownBy(() -> CollectingVisitor.read(missing))
        .isInstanceOf(IngestException.class)
        .hasMessage("corpus/broken/no-such.mbox: no such file or directory");
    Path empty = CorpusLocator.corpus("broken/empty.mbox");
    assertThatThrownBy(() -> CollectingVisitor.read(empty)).hasMessage(empty + ": empty file");
    Path junk = CorpusLocator.corpus("broken/binary-junk.bin");
    assertThatThrownBy(() -> CollectingVisitor.read(junk))
        .hasMessage(junk + ": binary data, not mail");
    Path text = CorpusLocator.corpus("broken/not-mail.txt");
    assertThatThrownBy(() -> CollectingVisitor.read(text)).hasMessage(
        text + ": not mail (no From_ line, no RFC 5322 header block, no quoted text)");
  }

  @Test
  void keepsTheMessagesBeforeACutOffGzipStream(@TempDir Path tmp) throws Exception {
    byte[] mbox = Files.readAllBytes(CorpusLocator.corpus("mime/mboxo.mbox"));
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(mbox);
    }
    byte[] whole = gz.toByteArray();
    Path cut = Files.write(tmp.resolve("cut.mbox.gz"),
        java.util.Arrays.copyOf(whole, whole.length - 30));
    CollectingVisitor c = CollectingVisitor.read(cut);
    assertThat(c.messages).isNotEmpty();
    assertThat(c.messages.get(0).key().value()).isEqualTo("mboxo.1@example.dk");
    assertThat(c.printed()).singleElement().asString()
        .startsWith(cut + ":").contains(": warning: read error after this line (")
        .endsWith("); kept the messages before it");
  }

  @Test
  void readsAnEmlThatStartsWithBlankLines(@TempDir Path tmp) throws Exception {
    Path eml = Files.writeString(tmp.resolve("x.eml"),
        "\n\nFrom: a@b\nMessage-ID: <blank-first@x>\nDate: someday\n\nbody\n");
    CollectingVisitor c = CollectingVisitor.read(eml);
    assertThat(c.single().key().value()).isEqualTo("blank-first@x");
    assertThat(c.printed()).containsExactly(
        eml + ":5: warning: unparseable Date [\"someday\"]; date left empty");
  }

  @Test
  void failsOnAnEmptyGzip(@TempDir Path tmp) throws IOException {
    Path gz = tmp.resolve("empty.mbox.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.flush();
    }
    assertThatThrownBy(() -> CollectingVisitor.read(gz))
        .hasMessage(gz + ": empty file (after gunzip)");
  }
}
