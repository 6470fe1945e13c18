package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderBlockTest {
  private static HeaderBlock parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return HeaderBlock.parse(b, b.length);
  }

  @Test
  void unfoldsContinuationLinesKeepingTheWhitespace() {
    HeaderBlock h = parse("Subject: a long\r\n\tsubject\r\nFrom: x@y\r\n\r\nbody");
    assertThat(h.first("subject")).hasValueSatisfying(f -> {
      assertThat(f.value()).isEqualTo("a long\tsubject");
      assertThat(f.line()).isZero();
    });
    assertThat(h.first("FROM")).hasValueSatisfying(f -> assertThat(f.line()).isEqualTo(2));
    assertThat(h.terminated()).isTrue();
    assertThat(h.bodyOffset()).isEqualTo("Subject: a long\r\n\tsubject\r\nFrom: x@y\r\n\r\n".length());
  }

  @Test
  void skipsJunkLinesAndReadsRawUtf8() {
    HeaderBlock h = parse("From: J\u00f6rg <j@x>\nthis is not a field\nSubject: s\n");
    assertThat(h.fields()).extracting(HeaderBlock.Field::name).containsExactly("From", "Subject");
    assertThat(h.first("from").get().value()).isEqualTo("J\u00f6rg <j@x>");
    assertThat(h.terminated()).isFalse();
  }

  @Test
  void findsNoFieldsInText() {
    assertThat(parse("hello world\nmore text\n").fields()).isEmpty();
  }
}
