package quorum.ingest.quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Test-side stand-in for the reader: the first text/plain part of an .eml, transfer-decoded
 * and decoded with its declared charset (UTF-8 when none or unknown), as talon's
 * standard_replies test feeds its extractor.
 */
final class FirstPlainPart {
  private FirstPlainPart() {}

  static Optional<String> of(Path eml) throws IOException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    org.apache.james.mime4j.dom.Message m;
    try (InputStream in = Files.newInputStream(eml)) {
      m = builder.parseMessage(in);
    }
    Deque<Entity> todo = new ArrayDeque<>();
    todo.add(m);
    while (!todo.isEmpty()) {
      Entity e = todo.removeFirst();
      Body b = e.getBody();
      if (b instanceof Multipart mp) {
        for (int i = mp.getBodyParts().size() - 1; i >= 0; i--) {
          todo.addFirst(mp.getBodyParts().get(i));
        }
      } else if (b instanceof TextBody t && "text/plain".equalsIgnoreCase(e.getMimeType())) {
        try (InputStream in = t.getInputStream()) {
          return Optional.of(new String(in.readAllBytes(), charset(e.getCharset())));
        }
      }
    }
    return Optional.empty();
  }

  private static Charset charset(String name) {
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
