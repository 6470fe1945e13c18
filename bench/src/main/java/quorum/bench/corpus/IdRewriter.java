package quorum.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Gives one copy of a message fresh identities: every {@code <id>} in Message-ID, In-Reply-To
 * and References (folded lines included) gets the copy's prefix, so copy k's replies point at
 * copy k's messages and threads stay whole within a copy. Headers are handled as ISO-8859-1,
 * which maps bytes one to one, so nothing else in the message changes.
 */
public final class IdRewriter {
  private final String prefix;

  /** Copy number {@code copy}; ids become {@code <r<copy>.original>}. */
  public IdRewriter(int copy) {
    this.prefix = "r" + copy + ".";
  }

  public byte[] rewrite(byte[] raw) {
    int bodyAt = headerEnd(raw);
    String headers = new String(raw, 0, bodyAt, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(headers.length() + 64);
    boolean inIdField = false;
    int start = 0;
    while (start < headers.length()) {
      int end = headers.indexOf('\n', start);
      end = end < 0 ? headers.length() : end + 1;
      String line = headers.substring(start, end);
      boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (!continuation) {
        inIdField = isIdField(line);
      }
      out.append(inIdField ? prefixIds(line) : line);
      start = end;
    }
    byte[] head = out.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] result = new byte[head.length + raw.length - bodyAt];
    System.arraycopy(head, 0, result, 0, head.length);
    System.arraycopy(raw, bodyAt, result, head.length, raw.length - bodyAt);
    return result;
  }

  private static boolean isIdField(String line) {
    String l = line.toLowerCase(Locale.ROOT);
    return l.startsWith("message-id:") || l.startsWith("in-reply-to:") || l.startsWith("references:");
  }

  private String prefixIds(String line) {
    StringBuilder b = new StringBuilder(line.length() + 16);
    int at = 0;
    int open;
    while ((open = line.indexOf('<', at)) >= 0) {
      int close = line.indexOf('>', open);
      if (close < 0 || line.indexOf('@', open) < 0 || line.indexOf('@', open) > close) {
        break;
      }
      b.append(line, at, open + 1).append(prefix).append(line, open + 1, close + 1);
      at = close + 1;
    }
    return b.append(line.substring(at)).toString();
  }

  /** Offset just after the blank line ending the header block (the whole message if none). */
  private static int headerEnd(byte[] raw) {
    for (int i = 0; i + 1 < raw.length; i++) {
      if (raw[i] == '\n' && (raw[i + 1] == '\n'
          || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
        return i + 1;
      }
    }
    return raw.length;
  }
}
