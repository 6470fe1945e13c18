package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads quote markers at the start of a line in one left-to-right pass (no regex, so a 1 MB
 * line of {@code > > >} costs one scan). The depth is the number of {@code >} in the run;
 * spaces and tabs between markers belong to the run ({@code > > >>} is depth 4), and {@code |}
 * counts as part of the run only when a {@code >} follows it ({@code >|>}, old Usenet readers).
 */
final class QuoteMarkers {
  private QuoteMarkers() {}

  static BodyLine scan(int number, String raw) {
    int n = raw.length();
    int i = 0;
    int depth = 0;
    int afterLast = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (c == '>') {
        depth++;
        i++;
        afterLast = i;
      } else if (depth > 0 && (c == ' ' || c == '\t')) {
        i++;
      } else if (c == '|' && i + 1 < n && raw.charAt(i + 1) == '>') {
        i++;
      } else {
        break;
      }
    }
    int start = afterLast;
    if (depth > 0 && start < n && raw.charAt(start) == ' ') {
      start++;
    }
    return new BodyLine(number, depth, depth == 0 ? raw : raw.substring(start));
  }

  /** Splits a body at LF, CRLF or CR (no trailing empty line for a final newline). */
  static List<String> split(String body) {
    List<String> out = new ArrayList<>();
    int n = body.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(body.substring(start, i));
        if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(body.substring(start));
    }
    return out;
  }
}
