package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.ingest.InputFormat;
import quorum.ingest.MailVisitor;
import quorum.ingest.quote.ThreadInvariants;
import quorum.mail.Diagnostic;
import quorum.mail.Message;
import quorum.testing.CorpusLocator;

/**
 * Fuzzes {@link MailReader} on a file of any bytes, then the whole {@link Ingester} on it.
 *
 * <p>Input layout ({@link FuzzedDataProvider} reads single values from the end): the last byte
 * picks the wrapping and options (bit 0 gzip, bit 1 cut the gzip stream short, bits 2-4 the
 * format, bit 5 a small size cap), the bytes before it are the file. So a plain mbox file is a
 * seed as it is: its final newline (0x0a) reads as "plain, AUTO, default cap".
 *
 * <p>Invariants: a read ends normally or with a one-line {@link IngestException} naming the file;
 * every diagnostic is one line; each message read ends as exactly one message or rejection, and
 * there are no more of them than From_ lines (or one, for a single-message file); the ingest
 * that follows accounts for each of them ({@code read = accepted + duplicates + rejected}) and
 * builds threads that hold {@link ThreadInvariants}.
 */
class MailReaderFuzzTest {
  private static final InputFormat[] FORMATS = {InputFormat.AUTO, InputFormat.AUTO,
      InputFormat.AUTO, InputFormat.AUTO, InputFormat.MBOX, InputFormat.EML,
      InputFormat.FLATTENED, InputFormat.MAILDIR};
  private final Path file;

  MailReaderFuzzTest() throws IOException {
    Path dir = Files.createTempDirectory("quorum-fuzz-mail");
    dir.toFile().deleteOnExit();
    file = dir.resolve("input");
    file.toFile().deleteOnExit();
  }

  @FuzzTest(maxDuration = "5m")
  void readsAnyFileAndAccountsForEveryMessage(FuzzedDataProvider data) throws IOException {
    int flags = data.remainingBytes() > 0 ? data.consumeByte() & 0xff : 0;
    check(data.consumeRemainingAsBytes(), flags);
  }

  /** The corpus, as seeds in the default suite: plain, and gzip cut short. */
  @ParameterizedTest
  @MethodSource("corpusFiles")
  void readsEveryCorpusFile(Path corpusFile) throws IOException {
    byte[] content = Files.readAllBytes(corpusFile);
    check(content, 0);
    check(content, 3);
  }

  static Stream<Path> corpusFiles() throws IOException {
    try (Stream<Path> all = Files.walk(CorpusLocator.corpus(""))) {
      List<Path> files = all.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
          .sorted().toList();
      return files.stream();
    }
  }

  private void check(byte[] content, int flags) throws IOException {
    boolean gzip = (flags & 1) != 0;
    boolean cut = (flags & 2) != 0;
    InputFormat format = FORMATS[(flags >> 2) & 7];
    long cap = (flags & 32) != 0 ? 200 : IngestOptions.DEFAULT_MAX_MESSAGE_BYTES;
    byte[] bytes = gzip ? gzip(content) : content;
    if (gzip && cut && bytes.length > 12) {
      bytes = Arrays.copyOf(bytes, bytes.length / 2);
    }
    Files.write(file, bytes);
    IngestOptions options = new IngestOptions(format, false, cap);

    Seen seen = new Seen();
    boolean refused = false;
    try {
      new MailReader(options).read(file, seen);
    } catch (IngestException e) {
      assertOneLine(e.getMessage());
      assertThat(e.getMessage()).startsWith(file.toString());
      refused = true;
    }
    seen.diagnostics.forEach(d -> assertOneLine(d.message()));
    int outcomes = seen.messages.size() + seen.rejected.size();
    if (!refused) {
      assertThat(outcomes).as("a file that reads holds at least one message").isPositive();
      assertThat(outcomes).as("no more messages than From_ lines")
          .isLessThanOrEqualTo(Math.max(1, fromLines(decompressed(bytes))));
    }
    for (Message m : seen.messages) {
      assertThat(m.source().file()).isEqualTo(file);
    }

    try {
      IngestResult r = new Ingester(options).ingest(List.of(file));
      assertThat(refused).as("the ingest refuses what the reader refused").isFalse();
      assertThat(r.read()).as("ingest reads what the reader read").isEqualTo(outcomes);
      assertThat(r.rejected()).isEqualTo(seen.rejected.size());
      ThreadInvariants.assertThreads(r.discussions());
    } catch (IngestException e) {
      assertThat(refused).as("ingest failed on a file the reader read: %s", e.getMessage())
          .isTrue();
    }
  }

  private static void assertOneLine(String message) {
    if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      fail("a diagnostic must be one line: [" + message + "]");
    }
  }

  /** Lines that start with "From ": an upper bound on the messages of an mbox. */
  private static int fromLines(byte[] b) {
    int n = 0;
    for (int i = 0; i + 5 <= b.length; i++) {
      // after LF, or after a bare CR: files with classic Mac line ends are read CR as LF
      if ((i == 0 || b[i - 1] == '\n' || b[i - 1] == '\r') && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o'
          && b[i + 3] == 'm' && b[i + 4] == ' ') {
        n++;
      }
    }
    return n;
  }

  /** What the reader sees: the gunzipped bytes when the file is gzip, as far as they go. */
  private static byte[] decompressed(byte[] bytes) {
    if (!FormatSniffer.isGzip(bytes, bytes.length)) {
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      in.transferTo(out);
    } catch (IOException e) {
      // a damaged stream: the reader keeps what came before the damage, and so do we
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Everything the reader reports, in order. */
  private static final class Seen implements MailVisitor {
    final List<Message> messages = new ArrayList<>();
    final List<Diagnostic> rejected = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    @Override
    public void message(Message message) {
      messages.add(message);
    }

    @Override
    public void rejected(Diagnostic why) {
      rejected.add(why);
      diagnostics.add(why);
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      diagnostics.add(diagnostic);
    }
  }
}
