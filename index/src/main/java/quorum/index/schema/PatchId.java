package quorum.index.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The stable patch-id of an inline patch, computed as {@code git patch-id --stable} computes
 * it (git's {@code builtin/patch-id.c}), so a value matches lore's {@code patchid:} and git's
 * own output: per file, the SHA-1 of the diff lines with every whitespace character removed,
 * leaving out hunk headers (so line numbers and offsets do not count), {@code index} lines and
 * anything before the first {@code diff} line (the commit message, the diffstat); the per-file
 * digests are then added as 20-byte numbers, so the order of the files does not matter either.
 *
 * <p>Two liberties, both for mail that git would not take: a diff with no {@code diff} line
 * at all (a bare unified diff) starts at its first {@code ---} line followed by {@code +++},
 * and an empty line inside a hunk counts as a context line whose leading space was stripped
 * in transit (git would keep reading the hunk past its end).
 */
public final class PatchId {
  private static final int SHA1_BYTES = 20;

  private PatchId() {}

  /** The patch-id as 40 hex digits, or empty when the text holds no diff. */
  public static Optional<String> of(String diff) {
    String[] lines = diff.split("\n", -1);
    for (String line : lines) {
      if (line.startsWith("diff ")) {
        return new Reader(true).read(lines, 0);
      }
    }
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].startsWith("--- ") && lines[i + 1].startsWith("+++ ")) {
        return new Reader(false).read(lines, i);
      }
    }
    return Optional.empty();
  }

  /** One pass over the lines: git's state machine, with the per-file sums. */
  private static final class Reader {
    final boolean hasDiffLine;
    final byte[] sum = new byte[SHA1_BYTES];
    final MessageDigest file = sha1();
    int before = -1;
    int after = -1;
    boolean binary;
    boolean started;
    String preImage = "";
    String postImage = "";

    Reader(boolean hasDiffLine) {
      this.hasDiffLine = hasDiffLine;
    }

    Optional<String> read(String[] lines, int from) {
      int hashed = 0;
      started = !hasDiffLine;
      for (int i = from; i < lines.length; i++) {
        int n = line(lines[i]);
        if (n < 0) {
          break;
        }
        hashed += n;
      }
      flush();
      return hashed == 0 ? Optional.empty() : Optional.of(HexFormat.of().formatHex(sum));
    }

    /** Takes one line; returns the characters hashed, or -1 at the end of the patch. */
    private int line(String line) {
      if (line.startsWith("\\ ") && line.length() >= 12) {
        return 0; // "\ No newline at end of file"
      }
      if (!started) {
        if (!line.startsWith("diff ")) {
          return 0;
        }
        started = true;
      }
      if (before == -1) {
        if (line.startsWith("GIT binary patch") || line.startsWith("Binary files")) {
          binary = true;
          before = 0;
          update(preImage);
          update(postImage);
          flush();
          return 0;
        } else if (line.startsWith("index ")) {
          images(line);
          return 0;
        } else if (line.startsWith("--- ")) {
          before = 1;
          after = 1;
        } else if (line.isEmpty() || !isAsciiLetter(line.charAt(0))) {
          return -1;
        }
      }
      if (binary) {
        if (line.startsWith("diff ")) { // git does not hash the line after a binary file
          binary = false;
          before = -1;
        }
        return 0;
      }
      if (before == 0 && after == 0) {
        if (line.startsWith("@@ -")) {
          hunkHeader(line);
          return 0;
        }
        boolean bareNextFile = !hasDiffLine && line.startsWith("--- ");
        if (!line.startsWith("diff ") && !bareNextFile) {
          return -1;
        }
        flush();
        before = bareNextFile ? 1 : -1;
        after = before;
      }
      char c = line.isEmpty() ? ' ' : line.charAt(0);
      if (c == '-' || c == ' ') {
        before--;
      }
      if (c == '+' || c == ' ') {
        after--;
      }
      return update(withoutWhitespace(line));
    }

    /** The blob ids of {@code index abc123..def456 100644}, which a binary file's id uses. */
    private void images(String line) {
      int dots = line.indexOf("..");
      if (dots < 0) {
        return;
      }
      int space = line.indexOf(' ', dots);
      preImage = line.substring("index ".length(), dots);
      postImage = line.substring(dots + 2, space < 0 ? line.length() : space);
    }

    /** {@code @@ -a[,b] +c[,d] @@}: b and d lines to read (1 when left out), as git scans. */
    private void hunkHeader(String line) {
      int[] at = {4};
      int b = count(line, at);
      if (at[0] + 1 >= line.length() || line.charAt(at[0]) != ' '
          || line.charAt(at[0] + 1) != '+' || b < 0) {
        before = Math.max(b, 0);
        return;
      }
      before = b;
      at[0] += 2;
      after = Math.max(count(line, at), 0);
    }

    /** Reads {@code a[,b]} at {@code at[0]}; b, 1 without it, -1 when there are no digits. */
    private static int count(String line, int[] at) {
      int start = at[0];
      int i = digits(line, start);
      if (i < line.length() && line.charAt(i) == ',') {
        int from = i + 1;
        int end = digits(line, from);
        at[0] = end;
        return end == from ? -1 : parse(line.substring(from, end));
      }
      at[0] = i;
      return i == start ? -1 : 1;
    }

    private static int digits(String s, int from) {
      int i = from;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      return i;
    }

    private static int parse(String digits) {
      return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private int update(String text) {
      file.update(text.getBytes(StandardCharsets.UTF_8));
      return text.length();
    }

    /** Ends one file: its digest is added to the sum, byte 0 first, carrying upwards. */
    private void flush() {
      byte[] digest = file.digest();
      int carry = 0;
      for (int i = 0; i < SHA1_BYTES; i++) {
        carry += (sum[i] & 0xff) + (digest[i] & 0xff);
        sum[i] = (byte) carry;
        carry >>>= 8;
      }
    }
  }

  /** git's {@code remove_space}: drops every C {@code isspace} character. */
  static String withoutWhitespace(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
