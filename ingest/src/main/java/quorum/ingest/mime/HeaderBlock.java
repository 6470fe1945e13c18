package quorum.ingest.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header block at the start of a raw message (RFC 5322 section 2.2): fields unfolded
 * (section 2.2.3: a line break followed by whitespace is removed), with the 0-based line index of
 * each field so a diagnostic can point at the exact line. Raw 8-bit header bytes (RFC 6532)
 * decode as UTF-8, or windows-1252 when they are not UTF-8.
 */
public final class HeaderBlock {
  /** One header field: its name as written, its unfolded value, its line within the message. */
  public record Field(String name, String value, int line) {}

  private final List<Field> fields;
  private final int bodyOffset;
  private final boolean terminated;

  private HeaderBlock(List<Field> fields, int bodyOffset, boolean terminated) {
    this.fields = List.copyOf(fields);
    this.bodyOffset = bodyOffset;
    this.terminated = terminated;
  }

  /**
   * Parses the header block of {@code raw[0..len)}. Lines that are neither a field nor a
   * continuation are skipped, as lenient readers do; the block ends at the first blank line.
   */
  public static HeaderBlock parse(byte[] raw, int len) {
    List<Field> fields = new ArrayList<>();
    StringBuilder current = null;
    String currentName = null;
    int currentLine = 0;
    int pos = 0;
    int lineNo = 0;
    boolean terminated = false;
    while (pos < len) {
      int end = pos;
      while (end < len && raw[end] != '\n') {
        end++;
      }
      int next = end < len ? end + 1 : end;
      int contentEnd = end > pos && raw[end - 1] == '\r' ? end - 1 : end;
      if (contentEnd == pos) {
        pos = next;
        terminated = true;
        break;
      }
      String text = Charsets.decodeHeaderBytes(raw, pos, contentEnd - pos);
      char first = text.charAt(0);
      if ((first == ' ' || first == '\t') && current != null) {
        current.append(text);
      } else {
        int colon = fieldNameEnd(text);
        if (current != null) {
          fields.add(new Field(currentName, current.toString().strip(), currentLine));
          current = null;
        }
        if (colon > 0) {
          currentName = text.substring(0, colon).strip();
          current = new StringBuilder(text.substring(colon + 1));
          currentLine = lineNo;
        }
      }
      pos = next;
      lineNo++;
    }
    if (current != null) {
      fields.add(new Field(currentName, current.toString().strip(), currentLine));
    }
    return new HeaderBlock(fields, pos, terminated);
  }

  /** Index of the colon ending a field name (printable ASCII except colon, RFC 5322 2.2), or -1. */
  private static int fieldNameEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':') {
        return i > 0 ? i : -1;
      }
      // tolerate "Name :" (whitespace before the colon), seen in old mailers
      if (c == ' ' || c == '\t') {
        int j = i;
        while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
          j++;
        }
        return j < line.length() && line.charAt(j) == ':' && i > 0 ? j : -1;
      }
      if (c < 33 || c > 126) {
        return -1;
      }
    }
    return -1;
  }

  public List<Field> fields() {
    return fields;
  }

  /** Byte offset where the body starts (after the blank line), or the end when there is none. */
  public int bodyOffset() {
    return bodyOffset;
  }

  /** True when a blank line ended the block (false: the message is all headers, or cut off). */
  public boolean terminated() {
    return terminated;
  }

  /** The first field with this name (case-insensitive). */
  public Optional<Field> first(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return fields.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }
}
