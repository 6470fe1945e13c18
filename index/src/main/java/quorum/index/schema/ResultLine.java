package quorum.index.schema;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The values a result line shows, as kept in {@link Fields#RESULT_LINE}: a version byte, then
 * each value as a variable-length byte count and its UTF-8 bytes. Absent values are empty.
 * The same values are stored one by one; this copy exists so that listing tens of thousands
 * of hits does not decompress the stored fields (which hold the whole message) once per hit.
 */
public record ResultLine(String key, String subject, String fromName, String fromAddress,
    String dateText, String provenance) {
  private static final int VERSION = 1;

  public ResultLine {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(fromName, "fromName");
    Objects.requireNonNull(fromAddress, "fromAddress");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The line of a mapped message, from the values already in {@code doc}. */
  static byte[] encode(IndexDoc doc) {
    return new ResultLine(doc.first(Fields.KEY), doc.first(Fields.SUBJECT),
        doc.first(Fields.FROM_NAME), doc.first(Fields.FROM_ADDRESS), doc.first(Fields.DATE_TEXT),
        doc.first(Fields.PROVENANCE)).encode();
  }

  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + subject.length());
    out.write(VERSION);
    for (String v : new String[] {key, subject, fromName, fromAddress, dateText, provenance}) {
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      for (int n = b.length; ; n >>>= 7) {
        if (n < 0x80) {
          out.write(n);
          break;
        }
        out.write((n & 0x7f) | 0x80);
      }
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  /** Decodes {@code length} bytes at {@code offset}; IllegalArgumentException when malformed. */
  public static ResultLine decode(byte[] bytes, int offset, int length) {
    String[] v = new String[6];
    Cursor c = new Cursor(bytes, offset, length);
    for (int i = 0; i < v.length; i++) {
      v[i] = c.next();
    }
    return new ResultLine(v[0], v[1], v[2], v[3], v[4], v[5]);
  }

  /**
   * Only value {@code index} (0 key, 1 subject, ... in the order of the record), for callers
   * that need one value of many lines, such as a sort by key.
   */
  public static String field(byte[] bytes, int offset, int length, int index) {
    Cursor c = new Cursor(bytes, offset, length);
    c.skip(index);
    return c.next();
  }

  /**
   * Whether value {@code index} is blank as {@link String#isBlank} says, without building it
   * when it is ASCII (the subject of every hit of a listing is checked).
   */
  public static boolean isBlank(byte[] bytes, int offset, int length, int index) {
    Cursor c = new Cursor(bytes, offset, length);
    c.skip(index);
    int n = c.length();
    for (int i = c.at; i < c.at + n; i++) {
      if (bytes[i] < 0) {
        return new String(bytes, c.at, n, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /** Reads the values one by one. */
  private static final class Cursor {
    private final byte[] bytes;
    private final int end;
    private int at;

    Cursor(byte[] bytes, int offset, int length) {
      if (length < 1 || bytes[offset] != VERSION) {
        throw new IllegalArgumentException("not a result line of version " + VERSION);
      }
      this.bytes = bytes;
      this.end = offset + length;
      this.at = offset + 1;
    }

    /** Reads the next value's byte count, leaving {@link #at} on its first byte. */
    int length() {
      int n = 0;
      for (int shift = 0; ; shift += 7) {
        if (at >= end || shift > 28) {
          throw new IllegalArgumentException("truncated result line");
        }
        int b = bytes[at++];
        n |= (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          break;
        }
      }
      if (n < 0 || n > end - at) {
        throw new IllegalArgumentException("truncated result line");
      }
      return n;
    }

    String next() {
      int n = length();
      String v = new String(bytes, at, n, StandardCharsets.UTF_8);
      at += n;
      return v;
    }

    void skip(int values) {
      for (int i = 0; i < values; i++) {
        int n = length();  // not "at += length()": that adds to the position before the count
        at += n;
      }
    }
  }
}
