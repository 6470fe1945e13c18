package quorum.ingest.mbox;

import java.util.Locale;
import java.util.Optional;
import quorum.ingest.mime.HeaderBlock;

/** The multipart boundary of a message's top-level Content-Type, read from its header bytes. */
final class Boundaries {
  private Boundaries() {}

  static Optional<String> of(byte[] headerBytes, int len) {
    Optional<HeaderBlock.Field> ct = HeaderBlock.parse(headerBytes, len).first("Content-Type");
    if (ct.isEmpty()) {
      return Optional.empty();
    }
    String value = ct.get().value();
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.stripLeading().startsWith("multipart/")) {
      return Optional.empty();
    }
    int at = lower.indexOf("boundary");
    while (at >= 0) {
      int i = at + "boundary".length();
      while (i < value.length() && value.charAt(i) == ' ') {
        i++;
      }
      if (i < value.length() && value.charAt(i) == '=') {
        return parameterValue(value, i + 1);
      }
      at = lower.indexOf("boundary", at + 1);
    }
    return Optional.empty();
  }

  private static Optional<String> parameterValue(String value, int from) {
    int i = from;
    while (i < value.length() && value.charAt(i) == ' ') {
      i++;
    }
    if (i < value.length() && value.charAt(i) == '"') {
      int close = value.indexOf('"', i + 1);
      return close > i + 1 ? Optional.of(value.substring(i + 1, close)) : Optional.empty();
    }
    int end = i;
    while (end < value.length() && value.charAt(end) != ';' && value.charAt(end) != ' '
        && value.charAt(end) != '\t') {
      end++;
    }
    return end > i ? Optional.of(value.substring(i, end)) : Optional.empty();
  }
}
