package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import quorum.ingest.MailVisitor;
import quorum.mail.Diagnostic;
import quorum.mail.Message;

/**
 * The mbox reader streams: a generated mbox far larger than anything kept is read message by
 * message with exact offsets and line numbers, and a giant message is rejected, not buffered.
 */
class MboxStreamingTest {
  private static final Path NAME = Path.of("generated.mbox");

  @Test
  void streamsATenMegabyteMbox() throws Exception {
    checkStream(1_000, 10_000);
  }

  /** The 1 GB case from issue 3; run with -Dquorum.slow=true (about a minute). */
  @Test
  @EnabledIfSystemProperty(named = "quorum.slow", matches = "true")
  void streamsAGigabyteMbox() throws Exception {
    checkStream(100_000, 10_000);
  }

  private static void checkStream(int messages, int bodyBytes) throws Exception {
    Generated gen = new Generated(messages, bodyBytes, -1);
    Counting v = new Counting();
    int seen = new MboxReader(1 << 20, quorum.ingest.MessageLimits.DEFAULT).read(NAME, () -> new Generated(messages, bodyBytes, -1), v);
    assertThat(seen).isEqualTo(messages);
    assertThat(v.messages).isEqualTo(messages);
    assertThat(v.rejected).isZero();
    assertThat(v.last.source().offset()).isEqualTo(gen.messageBytes() * (messages - 1L));
    assertThat(v.last.source().line()).isEqualTo(gen.messageLines() * (messages - 1) + 1);
    assertThat(v.last.id().get().value())
        .isEqualTo(String.format("m%08d@gen.example", messages - 1));
  }

  @Test
  void rejectsAGiantMessageWithoutBufferingIt() throws Exception {
    // message 2 of 3 carries a 64 MB body in one line; the cap is 1 MB
    Counting v = new Counting();
    new MboxReader(1 << 20, quorum.ingest.MessageLimits.DEFAULT).read(NAME, () -> new Generated(3, 100, 1), v);
    assertThat(v.messages).isEqualTo(2);
    assertThat(v.rejected).isEqualTo(1);
    assertThat(v.why.toString()).matches(
        "generated.mbox:\\d+: error: message is \\d+ bytes, over the 1048576-byte limit; skipped");
  }

  private static final class Counting implements MailVisitor {
    int messages;
    int rejected;
    Message last;
    Diagnostic why;

    @Override
    public void message(Message message) {
      messages++;
      last = message;
    }

    @Override
    public void rejected(Diagnostic d) {
      rejected++;
      why = d;
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      throw new AssertionError("unexpected diagnostic " + diagnostic);
    }
  }

  /** An mbox produced on the fly: fixed-size messages, one of them optionally giant. */
  private static final class Generated extends InputStream {
    private final int count;
    private final int bodyBytes;
    private final int giant;
    private int index;
    private byte[] current = new byte[0];
    private int pos;
    private long giantLeft;

    Generated(int count, int bodyBytes, int giant) {
      this.count = count;
      this.bodyBytes = bodyBytes;
      this.giant = giant;
    }

    private byte[] message(int i) {
      StringBuilder b = new StringBuilder();
      b.append(String.format("From m%08d@gen.example Mon Mar  6 08:00:00 2023\n", i));
      b.append(String.format("From: Gen <gen@example.org>\nSubject: message %08d\n", i));
      b.append(String.format("Message-ID: <m%08d@gen.example>\n", i));
      b.append("Date: Mon, 6 Mar 2023 08:00:00 +0000\n\n");
      int lineLen = 70;
      for (int written = 0; written + lineLen + 1 <= bodyBytes; written += lineLen + 1) {
        b.append("x".repeat(lineLen)).append('\n');
      }
      b.append('\n');
      return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    long messageBytes() {
      return message(0).length;
    }

    int messageLines() {
      String s = new String(message(0), StandardCharsets.US_ASCII);
      return (int) s.chars().filter(c -> c == '\n').count();
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (giantLeft > 0) {
        int n = (int) Math.min(len, giantLeft);
        java.util.Arrays.fill(buf, off, off + n, (byte) 'y');
        giantLeft -= n;
        if (giantLeft == 0) {
          buf[off + n - 1] = '\n';
          if (n > 1) {
            buf[off + n - 2] = '\n';
          }
        }
        return n;
      }
      if (pos == current.length) {
        if (index == count) {
          return -1;
        }
        current = message(index);
        pos = 0;
        if (index == giant) {
          // drop the final blank line: the giant body follows, then a newline and a blank line
          current = java.util.Arrays.copyOf(current, current.length - 1);
          giantLeft = 64L * 1024 * 1024;
        }
        index++;
        if (giantLeft > 0 && pos == current.length) {
          return read(buf, off, len);
        }
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, buf, off, n);
      pos += n;
      return n;
    }
  }
}
