package quorum.ingest.mbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import quorum.ingest.mime.Charsets;

/**
 * Decides what a file holds from its first bytes: gzip (magic {@code 1f 8b}, RFC 1952), an mbox
 * (a From_ line first), one RFC 5322 message (a header block first, with at least one field that
 * mail carries), a flattened web-archive copy (text without headers that shows quoting: an
 * attribution such as "wrote:" or inline {@code >} markers), or none of these.
 */
final class FormatSniffer {
  /** What the head of a file looks like. */
  enum Kind { MBOX, EML, FLATTENED, EMPTY, BINARY, UNKNOWN }

  static final int HEAD_BYTES = 16 * 1024;

  private static final Set<String> MAIL_FIELDS = Set.of("from", "to", "cc", "subject", "date",
      "message-id", "received", "return-path", "delivered-to", "mime-version", "content-type",
      "in-reply-to", "references", "reply-to", "sender", "x-mailer", "user-agent", "list-id",
      "envelope-to", "dkim-signature", "arc-seal", "authentication-results", "x-original-to",
      "return-receipt-to", "content-transfer-encoding", "x-mailing-list", "x-sender");

  private FormatSniffer() {}

  static boolean isGzip(byte[] head, int n) {
    return n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  static Kind sniff(byte[] head, int n) {
    if (n == 0) {
      return Kind.EMPTY;
    }
    int start = n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf ? 3 : 0;
    if (looksBinary(head, start, n)) {
      return Kind.BINARY;
    }
    // a stray NUL inside mail is damage the parser repairs; in anything else it means binary
    boolean nul = hasNul(head, start, n);
    while (start < n && (head[start] == '\n' || head[start] == '\r')) {
      start++; // leading blank lines (some exporters write one) say nothing about the format
    }
    if (start == n) {
      return Kind.UNKNOWN;
    }
    String text = Charsets.decodeLenient(head, start, n - start);
    int eol = text.indexOf('\n');
    String first = (eol < 0 ? text : text.substring(0, eol)).stripTrailing();
    if (first.startsWith("From ")) {
      byte[] line = first.getBytes(StandardCharsets.ISO_8859_1);
      String rest = eol < 0 ? "" : text.substring(eol + 1);
      if (FromLine.matches(line, line.length) || startsWithHeaderBlock(rest)) {
        return Kind.MBOX;
      }
    }
    if (startsWithHeaderBlock(text)) {
      return Kind.EML;
    }
    if (nul) {
      return Kind.BINARY;
    }
    if (showsQuoting(text)) {
      return Kind.FLATTENED;
    }
    return Kind.UNKNOWN;
  }

  /** More than 1 in 20 control bytes (NUL included) other than tab, CR, LF, FF and ESC. */
  private static boolean looksBinary(byte[] head, int start, int n) {
    int control = 0;
    for (int i = start; i < n; i++) {
      int b = head[i] & 0xff;
      if (b < 32 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 27) {
        control++;
      }
    }
    return control * 20 > n - start;
  }

  private static boolean hasNul(byte[] head, int start, int n) {
    for (int i = start; i < n; i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The text opens with header fields (continuations allowed), one of them a mail field. */
  static boolean startsWithHeaderBlock(String text) {
    int pos = 0;
    int fields = 0;
    boolean mailField = false;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      String line = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).stripTrailing();
      if (line.isEmpty()) {
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (fields == 0) {
          return false;
        }
      } else {
        int colon = fieldNameEnd(line);
        if (colon <= 0) {
          // a stray line inside a header block is tolerated, but not on the first line
          if (fields == 0) {
            return false;
          }
        } else {
          fields++;
          mailField |= MAIL_FIELDS.contains(line.substring(0, colon).strip()
              .toLowerCase(Locale.ROOT));
        }
      }
      if (eol < 0) {
        break;
      }
      pos = eol + 1;
    }
    return fields > 0 && mailField;
  }

  private static int fieldNameEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':') {
        return i;
      }
      if (c <= 32 || c > 126) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Quoting a reader can see: an attribution ("wrote:", "writes:") or at least two quote markers,
   * either at line starts or inline after a space (the flattened form, {@code " > "}).
   */
  static boolean showsQuoting(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains(" wrote:") || lower.contains(" writes:") || lower.contains(" a écrit")
        || lower.contains(" schrieb")) {
      return true;
    }
    int markers = 0;
    for (int i = 0; i < text.length() && markers < 2; i++) {
      if (text.charAt(i) == '>' && (i == 0 || text.charAt(i - 1) == '\n'
          || text.charAt(i - 1) == ' ') && (i + 1 == text.length() || text.charAt(i + 1) == ' '
          || text.charAt(i + 1) == '>')) {
        markers++;
      }
    }
    return markers >= 2;
  }
}
