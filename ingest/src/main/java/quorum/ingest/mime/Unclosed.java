package quorum.ingest.mime;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.field.ContentTypeField;

/**
 * Finds a top-level multipart whose close delimiter ({@code --boundary--}, RFC 2046 5.1.1)
 * never comes: Mime4J then reads the last part to the end of the message, which is the right
 * repair, but the reader deserves to know the message was cut or badly written.
 */
final class Unclosed {
  private Unclosed() {}

  /** The boundary of {@code root} when it is a multipart never closed in {@code raw}. */
  static Optional<String> boundary(Entity root, byte[] raw, int len) {
    if (!(root.getBody() instanceof Multipart)) {
      return Optional.empty();
    }
    var ct = root.getHeader() == null ? null : root.getHeader().getField("Content-Type");
    if (!(ct instanceof ContentTypeField f) || f.getBoundary() == null) {
      return Optional.empty();
    }
    byte[] close = ("--" + f.getBoundary() + "--").getBytes(StandardCharsets.ISO_8859_1);
    int lineStart = 0;
    while (lineStart < len) {
      if (startsWith(raw, len, lineStart, close)) {
        return Optional.empty();
      }
      int nl = lineStart;
      while (nl < len && raw[nl] != '\n') {
        nl++;
      }
      lineStart = nl + 1;
    }
    return Optional.of(f.getBoundary());
  }

  private static boolean startsWith(byte[] raw, int len, int at, byte[] prefix) {
    if (len - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (raw[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
