package quorum.ingest.mime;

import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import quorum.mail.MessageId;
import quorum.mail.Participant;

/** Reads the values of the header fields quorum uses: ids, From, Subject. */
final class HeaderValues {
  private HeaderValues() {}

  /** Decodes RFC 2047 encoded words ({@code =?utf-8?q?...?=}); bad ones are left as written. */
  static String decodeWords(String value) {
    return decodeWords(value, DecodeMonitor.SILENT);
  }

  /** As {@link #decodeWords(String)}, telling {@code monitor} what had to be repaired. */
  static String decodeWords(String value, DecodeMonitor monitor) {
    try {
      return DecoderUtil.decodeEncodedWords(value, monitor);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  /**
   * Every {@code <id>} in the value, in order, whitespace inside removed (folding can split an
   * id). Text outside angle brackets (comments, "message of ...") is ignored.
   */
  static List<MessageId> bracketedIds(String value) {
    List<MessageId> ids = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      int open = value.indexOf('<', i);
      if (open < 0) {
        break;
      }
      int close = value.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      // "<<<...<id>": the id starts after the last '<' before the '>' (searching from each
      // '<' in turn would cost one scan to the '>' per '<', quadratic on a long run of them)
      open = value.lastIndexOf('<', close);
      String inner = removeWhitespace(value.substring(open + 1, close));
      if (!inner.isEmpty()) {
        ids.add(new MessageId(inner));
      }
      i = close + 1;
    }
    return ids;
  }

  /** A bare id: the first whitespace-separated token holding an {@code @}, if any. */
  static List<MessageId> bareId(String value) {
    for (String token : value.split("[\\s,;]+")) {
      String t = token.strip();
      if (t.indexOf('@') > 0 && t.indexOf('<') < 0 && t.indexOf('>') < 0
          && t.indexOf('"') < 0) {
        return List.of(new MessageId(t));
      }
    }
    return List.of();
  }

  /** From: name (decoded) and address; falls back to the whole decoded value as the name. */
  static Participant participant(String raw) {
    String value = raw.strip();
    if (value.isEmpty()) {
      return Participant.UNKNOWN;
    }
    Mailbox box = null;
    try {
      box = LenientAddressParser.DEFAULT.parseMailbox(value);
    } catch (RuntimeException e) {
      // lenient parser gave up; keep the text as a name below
    }
    if (box == null || box.getLocalPart() == null || box.getLocalPart().isBlank()) {
      return Participant.named(clean(decodeWords(value)));
    }
    String address = box.getAddress();
    String name = box.getName() == null ? "" : clean(decodeWords(box.getName()));
    if (name.isEmpty()) {
      name = commentName(value);
    }
    return Participant.of(name, address.indexOf('@') > 0 ? address : null);
  }

  /** "addr@example.org (Full Name)": the old comment form of a display name. */
  private static String commentName(String value) {
    int open = value.indexOf('(');
    int close = value.lastIndexOf(')');
    return open >= 0 && close > open ? clean(decodeWords(value.substring(open + 1, close))) : "";
  }

  private static String clean(String name) {
    String s = name.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.replace("\\\"", "\"");
  }

  private static String removeWhitespace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
