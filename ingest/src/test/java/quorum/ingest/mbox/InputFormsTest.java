package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.mail.Message;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;

/**
 * Same assertions, every input form: one set of messages written as a maildir, an mbox, a
 * gzipped mbox, a folder of .eml files and a CRLF mbox must read back identically (apart from
 * where each message sits).
 */
class InputFormsTest {
  private static final List<String> MESSAGES = List.of("mime/qp-latin1.eml",
      "mime/base64-utf8.eml", "mime/rfc2047-subject.eml", "mime/html-only.eml",
      "mime/multipart-alternative.eml", "mime/attachment.eml");

  /** What must not depend on the input form. */
  record Seen(String key, String subject, String from, String date, String body,
      String inReplyTo, int attachments) {
    static Seen of(Message m) {
      return new Seen(m.key().value(), m.subject(), m.from().toString(),
          m.date().map(d -> d.iso()).orElse("-"), m.body(), m.inReplyTo().toString(),
          m.attachments().size());
    }
  }

  @Test
  void readsTheSameMessagesFromEveryForm(@TempDir Path tmp) throws Exception {
    List<byte[]> raw = new ArrayList<>();
    for (String name : MESSAGES) {
      raw.add(Files.readAllBytes(CorpusLocator.corpus(name)));
    }
    List<Seen> expected = seen(CollectingVisitor.read(eml(tmp.resolve("eml"), raw)));
    assertThat(expected).hasSize(MESSAGES.size());

    Path maildir = Files.createDirectories(tmp.resolve("maildir"));
    Files.createDirectories(maildir.resolve("tmp"));
    Files.createDirectories(maildir.resolve("new"));
    eml(Files.createDirectories(maildir.resolve("cur")), raw);
    assertThat(seen(CollectingVisitor.read(maildir))).isEqualTo(expected);

    byte[] mbox = mbox(raw, "\n");
    Path plain = Files.write(tmp.resolve("list.mbox"), mbox);
    assertThat(seen(CollectingVisitor.read(plain))).isEqualTo(expected);

    Path gz = tmp.resolve("list.mbox.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(mbox);
    }
    assertThat(seen(CollectingVisitor.read(gz))).isEqualTo(expected);

    Path crlf = Files.write(tmp.resolve("crlf.mbox"), mbox(raw, "\r\n"));
    assertThat(seen(CollectingVisitor.read(crlf))).isEqualTo(expected);
  }

  private static List<Seen> seen(CollectingVisitor c) {
    assertThat(c.rejected).isEmpty();
    return c.messages.stream().map(Seen::of).toList();
  }

  private static Path eml(Path dir, List<byte[]> raw) throws Exception {
    Files.createDirectories(dir);
    for (int i = 0; i < raw.size(); i++) {
      Files.write(dir.resolve(String.format("%03d.eml", i)), raw.get(i));
    }
    return dir;
  }

  /** An mboxrd file (RFC 4155) of the messages, with the given line ending. */
  private static byte[] mbox(List<byte[]> raw, String eol) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] m : raw) {
      StringBuilder b = new StringBuilder("From mboxrd@z Thu Jan  1 00:00:00 1970\n");
      for (String line : new String(m, StandardCharsets.ISO_8859_1).split("\n", -1)) {
        b.append(line.replaceFirst("^(>*From )", ">$1")).append('\n');
      }
      out.write(b.toString().replace("\n", eol).getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }
}
