package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link MimeShape#maySplit}: which messages skip the walk of their MIME structure. Saying no
 * to a message that has parts would read it past the limits unchecked, so every header that
 * names a multipart or message type, in any case and place, must say yes.
 */
class MimeShapeTest {
  private static boolean maySplit(String raw) {
    byte[] b = raw.getBytes(StandardCharsets.UTF_8);
    return MimeShape.maySplit(b, b.length);
  }

  @Test
  void onePartMailIsNotWalked() {
    assertThat(maySplit("From: a@b.c\nMessage-ID: <1@b.c>\nSubject: one part\n"
        + "Content-Type: text/plain\n\nmultipart/mixed and message/rfc822 in the body\n")).isFalse();
    assertThat(maySplit("Resent-Message-Id: <2@b.c>\r\nMESSAGE-ID: <1@b.c>\r\n\r\nbody")).isFalse();
    assertThat(maySplit("\nContent-Type: multipart/mixed\n")).isFalse();  // the header is empty
    assertThat(maySplit("Subject: x")).isFalse();
  }

  @Test
  void anyHeaderNamingAPartTypeIsWalked() {
    assertThat(maySplit("Content-Type: multipart/mixed; boundary=x\n\n--x\n")).isTrue();
    assertThat(maySplit("Content-Type: MULTIPART/Alternative;\n boundary=x\n\n")).isTrue();
    assertThat(maySplit("Subject: a\nContent-type:\n  Multipart/mixed\n\n")).isTrue();
    assertThat(maySplit("Content-Type: message/rfc822\n\n")).isTrue();
    assertThat(maySplit("Content-Type: Message (comment) / rfc822\n\n")).isTrue();
    // a folded line that is only whitespace does not end the header
    assertThat(maySplit("Subject: a\n \nContent-Type: multipart/mixed\n\n")).isTrue();
    // a word in any header, or a Message-ID that says "message", is walked: the test cannot
    // tell it from a type
    assertThat(maySplit("Subject: multipart is in the subject\n\n")).isTrue();
    assertThat(maySplit("Message-ID: <message-1@b.c>\n\n")).isTrue();
  }
}
