package quorum.ingest.mbox;

import java.util.OptionalInt;

/**
 * Spots a message that swallowed the next one because a From_ line was lost (a hand-edited or
 * badly concatenated mbox): after a blank line in the body, a whole header block with From:,
 * Date: and Message-ID: fields. Forwarded mail and pasted headers can look the same, so this
 * only tells the reader; the text stays in the body (and the quote-tree builder may still make
 * a node of it).
 */
final class MissingFromLine {
  private MissingFromLine() {}

  /** The 0-based line within {@code data} where such a header block starts, if any. */
  static OptionalInt find(byte[] data, int size) {
    int pos = 0;
    int line = 0;
    boolean inHeaders = true;
    boolean previousBlank = false;
    int runStart = -1;
    int seen = 0; // bit 1 from, 2 date, 4 message-id
    while (pos < size) {
      int end = pos;
      while (end < size && data[end] != '\n') {
        end++;
      }
      int contentEnd = end > pos && data[end - 1] == '\r' ? end - 1 : end;
      boolean blank = contentEnd == pos;
      if (inHeaders) {
        inHeaders = !blank;
      } else if (blank) {
        if (runStart >= 0 && seen == 7) {
          return OptionalInt.of(runStart);
        }
        runStart = -1;
      } else if (runStart >= 0 || previousBlank) {
        boolean continuation = runStart >= 0 && (data[pos] == ' ' || data[pos] == '\t');
        int field = continuation ? 0 : field(data, pos, contentEnd);
        if (continuation || field >= 0) {
          if (runStart < 0) {
            runStart = line;
            seen = 0;
          }
          seen |= field > 0 ? field : 0;
        } else {
          runStart = -1;
        }
      }
      previousBlank = blank;
      pos = end + 1;
      line++;
    }
    return runStart >= 0 && seen == 7 ? OptionalInt.of(runStart) : OptionalInt.empty();
  }

  /** -1: not a header field; else a bit for From/Date/Message-ID (0 for any other field). */
  private static int field(byte[] d, int from, int end) {
    int colon = -1;
    for (int i = from; i < end; i++) {
      if (d[i] == ':') {
        colon = i;
        break;
      }
      if (d[i] <= 32 || d[i] > 126) {
        return -1;
      }
    }
    if (colon <= from) {
      return -1;
    }
    String name = new String(d, from, colon - from, java.nio.charset.StandardCharsets.US_ASCII);
    if (name.equalsIgnoreCase("From")) {
      return 1;
    }
    if (name.equalsIgnoreCase("Date")) {
      return 2;
    }
    return name.equalsIgnoreCase("Message-ID") ? 4 : 0;
  }
}
