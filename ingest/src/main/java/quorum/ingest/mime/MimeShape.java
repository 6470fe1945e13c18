package quorum.ingest.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import quorum.ingest.MessageLimits;
import quorum.mail.Attachment;

/**
 * Checks a message's MIME structure against the {@link MessageLimits} before Mime4J builds a
 * tree of it, and reads a message that is over them without building one.
 *
 * <p>Why: a tree holds every part in memory, and a 20 MB message can declare millions of empty
 * parts; each nesting level also adds one boundary-reading stream to the chain every read goes
 * through, so 10 000 nested multiparts cost time and stack. Mime4J's token stream walks the
 * structure with its own stack and lets us stop at the first bound crossed.
 */
final class MimeShape {
  /** Where the structure first crossed a bound, or {@link #WITHIN} when it never did. */
  enum Over { WITHIN, PARTS, DEPTH }

  private MimeShape() {}

  /** Walks headers and boundaries only (no body decoding); stops at the first bound crossed. */
  static Over check(byte[] raw, int len, MimeConfig config, MessageLimits limits)
      throws IOException, MimeException {
    Walk w = new Walk(raw, len, config, limits);
    while (w.next() != EntityState.T_END_OF_STREAM) {
      if (w.over != Over.WITHIN) {
        return w.over;
      }
    }
    return Over.WITHIN;
  }

  /**
   * Whether the message may have parts at all: its header (up to the first empty line, where
   * Mime4J ends it) names a multipart or message type. Most mail is one text part, and walking
   * it with the token stream only to count no parts cost 2-3 % of an ingest, so a header without
   * the word {@code multipart}, and without {@code message} other than in {@code Message-ID},
   * is within every limit unread. The test errs one way only: a header it cannot rule out
   * (a {@code Message-ID} value containing "message", say) is walked as before.
   */
  static boolean maySplit(byte[] raw, int len) {
    boolean lineStart = true;
    for (int i = 0; i < len; i++) {
      byte b = raw[i];
      if (lineStart && (b == '\n' || (b == '\r' && i + 1 < len && raw[i + 1] == '\n'))) {
        return false;  // the empty line that ends the header
      }
      lineStart = b == '\n';
      if ((b == 'm' || b == 'M') && (startsAt(raw, len, i, "multipart")
          || (startsAt(raw, len, i, "message") && !startsAt(raw, len, i + 7, "-id")))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} (lowercase ASCII) starts at {@code at}, in any case. */
  private static boolean startsAt(byte[] raw, int len, int at, String word) {
    if (at + word.length() > len) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      int c = raw[at + k];
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** What {@link #upToLimit} kept: the text, and the parts listed instead of inlined. */
  record Content(String text, List<Attachment> attachments) {}

  /**
   * The content of a message that is over a bound, read up to the point where it crossed it:
   * text/plain and text/html bodies in order (no choosing among alternatives; HTML turned into
   * text), every other leaf and every attached message listed as an attachment (an attached
   * message's size is not measured here: 0). Text inside attached messages is not inlined.
   */
  static Content upToLimit(byte[] raw, int len, MimeConfig config, MessageLimits limits,
      Consumer<String> warn) throws IOException, MimeException {
    StringBuilder text = new StringBuilder();
    List<Attachment> attachments = new ArrayList<>();
    Walk w = new Walk(raw, len, config, limits);
    boolean attachment = false;
    int attachedMessages = 0;
    for (EntityState s = w.next(); s != EntityState.T_END_OF_STREAM && w.over == Over.WITHIN;
        s = w.next()) {
      if (s == EntityState.T_START_MESSAGE) {
        if (attachedMessages++ == 0) {
          attachments.add(new Attachment(Optional.empty(), "message/rfc822", 0));
        }
      } else if (s == EntityState.T_END_MESSAGE) {
        attachedMessages--;
      } else if (s == EntityState.T_START_HEADER) {
        attachment = false;
      } else if (s == EntityState.T_FIELD) {
        Field f = w.stream.getField();
        attachment |= "content-disposition".equalsIgnoreCase(f.getName())
            && f.getBody().strip().toLowerCase(Locale.ROOT).startsWith("attachment");
      } else if (s == EntityState.T_BODY && attachedMessages <= 0) {
        BodyDescriptor d = w.stream.getBodyDescriptor();
        String type = d.getMimeType() == null ? "text/plain" : d.getMimeType();
        byte[] bytes;
        try (InputStream in = w.stream.getDecodedInputStream()) {
          bytes = in.readAllBytes();
        }
        boolean html = type.equalsIgnoreCase("text/html");
        if (attachment || !(html || type.equalsIgnoreCase("text/plain"))) {
          attachments.add(new Attachment(Optional.empty(), type.toLowerCase(Locale.ROOT),
              bytes.length));
          continue;
        }
        String part = Charsets.decodeBody(bytes, d.getCharset(), warn);
        if (html) {
          part = HtmlText.toText(part);
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        text.append(part);
      }
    }
    return new Content(text.toString(), List.copyOf(attachments));
  }

  /** The token stream with the running part count and depth. */
  private static final class Walk {
    final MimeTokenStream stream;
    private final MessageLimits limits;
    private int parts;
    private int depth;
    Over over = Over.WITHIN;

    Walk(byte[] raw, int len, MimeConfig config, MessageLimits limits) {
      this.limits = limits;
      this.stream = new MimeTokenStream(config, DecodeMonitor.SILENT, null);
      stream.setRecursionMode(RecursionMode.M_RECURSE);
      stream.parse(new ByteArrayInputStream(raw, 0, len));
    }

    EntityState next() throws IOException, MimeException {
      EntityState s = stream.next();
      switch (s) {
        case T_START_MULTIPART, T_START_MESSAGE -> depth++;
        case T_END_MULTIPART, T_END_MESSAGE -> depth--;
        case T_START_BODYPART -> parts++;
        default -> { }
      }
      // parse() starts in the root's T_START_MESSAGE, which next() never returns: depth counts
      // the multiparts and attached messages around the current entity
      if (depth > limits.maxMimeDepth()) {
        over = Over.DEPTH;
      } else if (parts > limits.maxMimeParts()) {
        over = Over.PARTS;
      }
      return s;
    }
  }
}
