package quorum.index.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quorum.mail.SeriesInfo;

/**
 * Reads the series a subject belongs to from its bracketed prefixes:
 * {@code Re: [PATCH RFC bpf-next v2 3/7] bpf: fix} gives series "bpf: fix", version 2, part 3 of
 * 7, tags RFC and BPF-NEXT. Reply and forward prefixes are skipped. A subject without a
 * {@code PATCH}/{@code RFC} tag, a version or a part number is not a series. Linear scan, no regex.
 */
public final class SeriesParser {
  private SeriesParser() {}

  public static Optional<SeriesInfo> parse(String subject) {
    String s = stripReplyPrefixes(subject);
    int version = 1;
    Optional<Integer> part = Optional.empty();
    Optional<Integer> total = Optional.empty();
    List<String> tags = new ArrayList<>();
    boolean series = false;
    while (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        break;
      }
      for (String word : s.substring(1, close).split("[\\s,]+")) {
        String w = word.toUpperCase(Locale.ROOT);
        if (w.isEmpty()) {
          continue;
        }
        int slash = w.indexOf('/');
        if (w.equals("PATCH") || w.equals("PATCHSET")) {
          series = true;
        } else if (w.length() > 1 && w.charAt(0) == 'V' && allDigits(w, 1, w.length())) {
          version = Math.max(1, parseSmall(w.substring(1)));
          series = true;
        } else if (slash > 0 && allDigits(w, 0, slash) && allDigits(w, slash + 1, w.length())
            && slash + 1 < w.length()) {
          part = Optional.of(parseSmall(w.substring(0, slash)));
          total = Optional.of(parseSmall(w.substring(slash + 1)));
          series = true;
        } else {
          tags.add(w);
          series |= w.equals("RFC");
        }
      }
      s = s.substring(close + 1).strip();
    }
    if (!series) {
      return Optional.empty();
    }
    return Optional.of(new SeriesInfo(s, version, part, total, tags));
  }

  /** The subject without leading {@code Re:}, {@code Fwd:} and similar reply markers. */
  public static String stripReplyPrefixes(String subject) {
    String s = subject.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      int colon = s.indexOf(':');
      if (colon > 0 && colon <= 4) {
        String p = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (p.equals("re") || p.equals("fwd") || p.equals("fw") || p.equals("aw")
            || p.equals("sv") || p.equals("wg") || p.equals("antw")) {
          s = s.substring(colon + 1).strip();
          changed = true;
        }
      }
    }
    return s;
  }

  /** The series name normalized for matching: lowercase, single spaces. */
  public static String normalize(String name) {
    return String.join(" ", name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
  }

  private static boolean allDigits(String s, int from, int to) {
    if (from >= to || to - from > 6) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int parseSmall(String digits) {
    return Integer.parseInt(digits);
  }
}
