package quorum.bench.ceiling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The plain parse: Mime4J's DOM builder on one message, lenient as quorum's, and the decoded
 * text of its text parts. No threading, no quote segmentation, no model.
 */
final class PlainParse {
  private static final MimeConfig CONFIG = new MimeConfig.Builder().setMaxLineLen(-1)
      .setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1).setStrictParsing(false)
      .setMalformedHeaderStartsBody(false).build();

  /** What the index gets of one message. */
  record Parsed(String messageId, String from, String subject, long date, String text) {}

  private final DefaultMessageBuilder builder = new DefaultMessageBuilder();

  PlainParse() {
    builder.setMimeEntityConfig(CONFIG);
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
  }

  Parsed parse(byte[] raw) throws IOException, MimeException {
    Message m = builder.parseMessage(new ByteArrayInputStream(raw));
    StringBuilder text = new StringBuilder(raw.length);
    Deque<Entity> todo = new ArrayDeque<>();
    todo.push(m);
    while (!todo.isEmpty()) {
      Body body = todo.pop().getBody();
      if (body instanceof Multipart mp) {
        for (int i = mp.getBodyParts().size() - 1; i >= 0; i--) {
          todo.push(mp.getBodyParts().get(i));
        }
      } else if (body instanceof TextBody tb) {
        try (Reader r = tb.getReader()) {
          char[] buf = new char[8192];
          for (int n; (n = r.read(buf)) > 0; ) {
            text.append(buf, 0, n);
          }
        }
      }
    }
    String from = m.getFrom() == null || m.getFrom().isEmpty() ? "" : m.getFrom().get(0).toString();
    long date = m.getDate() == null ? 0 : m.getDate().getTime();
    return new Parsed(m.getMessageId() == null ? "" : m.getMessageId(), from,
        m.getSubject() == null ? "" : m.getSubject(), date, text.toString());
  }
}
