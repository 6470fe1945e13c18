package quorum.analysis.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Changelog bullets in a cover letter or below a patch's {@code ---}: the bullets under a
 * heading such as {@code Changes in v3:}, {@code Changes since v1:}, {@code v2 -> v3:} or
 * {@code Changelog:}, continuation lines joined, and inline {@code v3: ...} lines.
 */
final class Changelog {
  /** "v2:", "v2 -> v3:", "v1..v2:" at the start of a line (no nested quantifiers). */
  private static final Pattern VERSION_LINE = Pattern.compile("^v\\d{1,3}(\\s*(->|\\.\\.|to)\\s*v\\d{1,3})?\\s*:");

  private Changelog() {}

  static List<String> bullets(String body) {
    List<String> out = new ArrayList<>();
    boolean inList = false;
    StringBuilder current = null;
    for (String raw : body.split("\n", -1)) {
      String line = raw.strip();
      String lower = line.toLowerCase(Locale.ROOT);
      if (line.startsWith(">")) {
        inList = false;
        current = flush(out, current);
        continue;
      }
      if (isHeading(lower)) {
        current = flush(out, current);
        String rest = line.substring(line.indexOf(':') + 1).strip();
        inList = rest.isEmpty();
        if (!rest.isEmpty()) {
          out.add(rest);
        }
        continue;
      }
      if (!inList) {
        continue;
      }
      if (line.isEmpty()) {
        current = flush(out, current);
        inList = false;
        continue;
      }
      if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("o ")) {
        current = flush(out, current);
        current = new StringBuilder(line.substring(2).strip());
      } else if (current != null) {
        current.append(' ').append(line);
      } else {
        inList = false;
      }
    }
    flush(out, current);
    return out;
  }

  private static boolean isHeading(String lower) {
    if (!lower.endsWith(":") && !VERSION_LINE.matcher(lower).find()) {
      return false;
    }
    return lower.startsWith("changes") || lower.startsWith("changelog")
        || lower.startsWith("change log") || lower.startsWith("since v")
        || VERSION_LINE.matcher(lower).find();
  }

  private static StringBuilder flush(List<String> out, StringBuilder current) {
    if (current != null && current.length() > 0) {
      out.add(current.toString());
    }
    return null;
  }
}
