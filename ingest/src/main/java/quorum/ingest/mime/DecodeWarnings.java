package quorum.ingest.mime;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;

/**
 * A Mime4J {@link DecodeMonitor} that keeps decoding going (as {@code SILENT} does) but
 * remembers what it had to repair: invalid base64 or quoted-printable, undecodable encoded
 * words (not an unclosed multipart, which {@link Unclosed} reports). Each distinct problem is kept once, and at most {@link #MAX} of them.
 */
final class DecodeWarnings extends DecodeMonitor {
  static final int MAX = 5;
  private final Set<String> seen = new LinkedHashSet<>();
  private int dropped;

  @Override
  public boolean warn(String exception, String whatWasDone) {
    if (!isDamage(exception)) {
      return false;
    }
    String line = exception + "; " + whatWasDone;
    if (seen.size() < MAX) {
      seen.add(line);
    } else if (!seen.contains(line)) {
      dropped++;
    }
    return false;
  }

  @Override
  public boolean isListening() {
    return true;
  }

  /**
   * Lost or invented bytes: junk in base64, a bad QP escape, an encoded word that cannot be
   * decoded. Not everyday Unix mail (bare LF, "=" LF soft breaks, trailing blanks in QP, which
   * RFC 2045 6.7 says to drop) and not structure (an unclosed multipart is reported on its own;
   * a header block with no body is valid, RFC 5322 3.5).
   */
  private static boolean isDamage(String exception) {
    return exception.startsWith("Unexpected base64 byte")
        || exception.startsWith("Unexpected end of BASE64")
        || exception.startsWith("Malformed encoded value")
        || exception.startsWith("Mime charser") // sic: Mime4J's wording
        || exception.contains("encoded word");
  }

  boolean any() {
    return !seen.isEmpty();
  }

  /** The problems, joined, with a count of those not shown. */
  String summary() {
    return String.join("; ", seen) + (dropped > 0 ? "; and " + dropped + " more" : "");
  }
}
