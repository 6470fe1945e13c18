package quorum.ingest.mime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.stream.Field;
import quorum.mail.Attachment;

/**
 * Extracts the readable text and the attachment list from a parsed Mime4J entity tree.
 *
 * <p>Rules: a leaf part is body text when its type is text/plain or text/html and its
 * Content-Disposition is not {@code attachment}; every other leaf (and every attached
 * message/rfc822) is listed as an {@link Attachment}, never inlined. In multipart/alternative
 * the last text/plain alternative wins (RFC 2046 5.1.4 orders alternatives by increasing
 * faithfulness; plain text is what we want), then a nested multipart, then HTML converted with
 * {@link HtmlText}. The tree is walked with an explicit stack, never recursion.
 */
final class BodyText {
  final StringBuilder text = new StringBuilder();
  final List<Attachment> attachments = new ArrayList<>();

  private BodyText() {}

  static BodyText of(Entity root, Consumer<String> warn) throws IOException {
    BodyText out = new BodyText();
    Deque<Entity> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Entity e = stack.pop();
      Body body = e.getBody();
      if (body instanceof Multipart mp) {
        List<Entity> parts = mp.getBodyParts();
        if ("alternative".equalsIgnoreCase(mp.getSubType())) {
          pickAlternative(parts).ifPresent(stack::push);
        } else {
          for (int i = parts.size() - 1; i >= 0; i--) {
            stack.push(parts.get(i));
          }
        }
      } else if (body instanceof org.apache.james.mime4j.dom.Message inner) {
        out.attachments.add(new Attachment(filename(e), "message/rfc822", size(inner)));
      } else if (body instanceof SingleBody single) {
        out.leaf(e, single, warn);
        // in a multipart the line break before the next delimiter belongs to the delimiter
        // (RFC 2046 5.1.1); a text part still reads as ending its last line
        if (e != root && out.text.length() > 0 && out.text.charAt(out.text.length() - 1) != '\n') {
          out.text.append('\n');
        }
      }
    }
    return out;
  }

  private void leaf(Entity e, SingleBody body, Consumer<String> warn) throws IOException {
    String type = e.getMimeType() == null ? "text/plain" : e.getMimeType().toLowerCase(Locale.ROOT);
    boolean attachment = "attachment".equalsIgnoreCase(e.getDispositionType());
    byte[] bytes = readAll(body);
    if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
      String decoded = Charsets.decodeBody(bytes, declaredCharset(e), warn);
      if (type.equals("text/html")) {
        decoded = HtmlText.toText(decoded);
      } else if (isFlowed(e)) {
        decoded = unstuff(decoded);
      }
      append(decoded);
    } else {
      attachments.add(new Attachment(filename(e), type, bytes.length));
    }
  }

  private static boolean isFlowed(Entity e) {
    var ct = e.getHeader() == null ? null : e.getHeader().getField("Content-Type");
    return ct instanceof ContentTypeField f && "flowed".equalsIgnoreCase(f.getParameter("format"));
  }

  /**
   * Undoes format=flowed space-stuffing (RFC 3676 section 4.4: a line that starts with a space
   * had one added). Soft line breaks are kept as written: the segmenter works on lines as sent.
   */
  static String unstuff(String text) {
    if (text.indexOf(' ') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol + 1;
      out.append(text, text.charAt(pos) == ' ' ? pos + 1 : pos, end);
      pos = end;
    }
    return out.toString();
  }

  private void append(String part) {
    if (part.isEmpty()) {
      return;
    }
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    text.append(part);
  }

  private static Optional<Entity> pickAlternative(List<Entity> parts) {
    Entity plain = null;
    Entity nested = null;
    Entity html = null;
    for (Entity p : parts) {
      String type = p.getMimeType() == null ? "text/plain" : p.getMimeType().toLowerCase(Locale.ROOT);
      if (type.equals("text/plain")) {
        plain = p;
      } else if (p.isMultipart() && nested == null) {
        nested = p;
      } else if (type.equals("text/html") && html == null) {
        html = p;
      }
    }
    Entity pick = plain != null ? plain : nested != null ? nested : html;
    return Optional.ofNullable(pick != null ? pick : parts.isEmpty() ? null : parts.get(0));
  }

  /** The charset parameter as written (Mime4J substitutes US-ASCII when it is absent). */
  private static String declaredCharset(Entity e) {
    var ct = e.getHeader() == null ? null : e.getHeader().getField("Content-Type");
    if (ct instanceof ContentTypeField f) {
      return f.getCharset();
    }
    return null;
  }

  private static Optional<String> filename(Entity e) {
    String name = e.getFilename();
    if (name == null) {
      var ct = e.getHeader() == null ? null : e.getHeader().getField("Content-Type");
      if (ct instanceof ContentTypeField f) {
        name = f.getParameter("name");
      }
    }
    return Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty())
        .map(HeaderValues::decodeWords);
  }

  private static byte[] readAll(SingleBody body) throws IOException {
    try (InputStream in = body.getInputStream()) {
      return in.readAllBytes();
    }
  }

  /**
   * The size of an attached message: its header fields plus its decoded leaf bodies, summed
   * with an explicit stack (Mime4J's writer would recurse once per nesting level).
   */
  private static long size(Entity inner) throws IOException {
    long total = 0;
    Deque<Entity> stack = new ArrayDeque<>();
    stack.push(inner);
    while (!stack.isEmpty()) {
      Entity e = stack.pop();
      if (e.getHeader() != null) {
        for (Field f : e.getHeader().getFields()) {
          total += f.getRaw() == null ? 0 : f.getRaw().length() + 2;
        }
      }
      Body body = e.getBody();
      if (body instanceof Multipart mp) {
        mp.getBodyParts().forEach(stack::push);
      } else if (body instanceof Entity nested) {
        stack.push(nested);
      } else if (body instanceof SingleBody single) {
        total += single.size();
      }
    }
    return total;
  }
}
