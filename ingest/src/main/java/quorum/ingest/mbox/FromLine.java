package quorum.ingest.mbox;

/**
 * Recognizes the From_ line that opens each message of an mbox (RFC 4155, appendix A):
 * {@code "From "}, the envelope sender, whitespace, and a timestamp. We accept the line only when
 * it carries a time ({@code hh:mm}) and a four-digit year, so body prose that merely starts with
 * "From " (mboxo writers sometimes forget to escape it) does not split a message.
 */
final class FromLine {
  private FromLine() {}

  static boolean matches(byte[] line, int len) {
    if (len < 5 || line[0] != 'F' || line[1] != 'r' || line[2] != 'o' || line[3] != 'm'
        || line[4] != ' ') {
      return false;
    }
    int end = Math.min(len, 512);
    boolean time = false;
    boolean year = false;
    int digits = 0;
    for (int i = 5; i < end; i++) {
      byte b = line[i];
      if (b >= '0' && b <= '9') {
        digits++;
        continue;
      }
      if (b == ':' && digits >= 1 && digits <= 2 && i + 2 < end && isDigit(line[i + 1])
          && isDigit(line[i + 2])) {
        time = true;
      }
      if (digits == 4 && (b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
        year = true;
      }
      digits = 0;
    }
    return time && (year || digits == 4);
  }

  /** True for lore's mboxrd marker line, {@code From mboxrd@z Thu Jan  1 00:00:00 1970}. */
  static boolean isMboxrdMarker(byte[] line, int len) {
    String marker = "From mboxrd@z ";
    if (len < marker.length()) {
      return false;
    }
    for (int i = 0; i < marker.length(); i++) {
      if (line[i] != marker.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True for a body line {@code >+From } (one or more {@code >}, then {@code From }). */
  static boolean isEscapedFrom(byte[] line, int len, int minMarkers) {
    int i = 0;
    while (i < len && line[i] == '>') {
      i++;
    }
    return i >= minMarkers && len - i >= 5 && line[i] == 'F' && line[i + 1] == 'r'
        && line[i + 2] == 'o' && line[i + 3] == 'm' && line[i + 4] == ' ';
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
