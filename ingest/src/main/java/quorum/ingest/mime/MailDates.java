package quorum.ingest.mime;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import quorum.mail.MailDate;

/**
 * Parses Date: header values leniently: RFC 5322 section 3.3 date-time, the obsolete forms of
 * section 4.3 (two-digit years, named zones such as EST and GMT), asctime order
 * ({@code Thu Jan  1 00:00:00 1970}), ISO-8601, comments, and stray punctuation. A token scan,
 * not a regular expression, so no input can make it backtrack.
 */
public final class MailDates {
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec");
  // RFC 5322 4.3 obs-zone; military single letters are ignored (their meaning was botched).
  private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0),
      Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("est", -5),
      Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5), Map.entry("mst", -7),
      Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7), Map.entry("cet", 1),
      Map.entry("cest", 2), Map.entry("bst", 1), Map.entry("met", 1), Map.entry("mest", 2),
      Map.entry("eet", 2), Map.entry("eest", 3), Map.entry("jst", 9), Map.entry("ist", 5));

  private MailDates() {}

  /** The date, or empty when the value cannot be read as a date. */
  public static Optional<MailDate> parse(String raw) {
    String value = stripComments(raw).strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MailDate.of(OffsetDateTime.parse(value)));
    } catch (DateTimeParseException e) {
      // not ISO-8601; fall through to the mail forms
    }
    Parts parts = new Parts();
    for (String token : tokens(value)) {
      if (!parts.accept(token)) {
        return Optional.empty();
      }
    }
    return parts.date();
  }

  /** The pieces of a date as the token scan finds them, in whatever order they come. */
  private static final class Parts {
    int day = -1;
    int month = -1;
    int year = -1;
    int[] time;
    Integer zoneSeconds;

    /** Takes one token; false when it makes the value unreadable (a malformed time). */
    boolean accept(String token) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (token.indexOf(':') > 0 && time == null) {
        time = parseTime(token);
        return time != null;
      }
      if ((token.charAt(0) == '+' || token.charAt(0) == '-') && token.length() == 5
          && allDigits(token, 1)) {
        int sign = token.charAt(0) == '-' ? -1 : 1;
        zoneSeconds = sign * (Integer.parseInt(token.substring(1, 3)) * 3600
            + Integer.parseInt(token.substring(3, 5)) * 60);
      } else if (allDigits(token, 0)) {
        number(token);
      } else if (lower.length() >= 3 && MONTHS.contains(lower.substring(0, 3)) && month < 0
          && !isDayName(lower)) {
        month = MONTHS.indexOf(lower.substring(0, 3)) + 1;
      } else if (ZONES.containsKey(lower) && zoneSeconds == null) {
        zoneSeconds = ZONES.get(lower) * 3600;
      }
      return true;
    }

    /** A day of month (1-2 digits, first seen) or a year (RFC 5322 4.3: 2 and 3 digits too). */
    private void number(String token) {
      int n = Integer.parseInt(token.length() > 9 ? "999999999" : token);
      if (day < 0 && token.length() <= 2 && n >= 1 && n <= 31) {
        day = n;
      } else if (year < 0 && token.length() >= 2 && token.length() <= 4) {
        year = token.length() == 2 ? (n < 50 ? 2000 + n : 1900 + n)
            : token.length() == 3 ? 1900 + n : n;
      }
    }

    Optional<MailDate> date() {
      if (day < 0 || month < 0 || year < 0 || time == null) {
        return Optional.empty();
      }
      try {
        LocalDateTime local = LocalDateTime.of(year, month, day, time[0], time[1], time[2]);
        return Optional.of(zoneSeconds == null ? MailDate.local(local)
            : new MailDate(local, Optional.of(ZoneOffset.ofTotalSeconds(zoneSeconds))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  private static boolean isDayName(String lower) {
    return lower.startsWith("mon") || lower.startsWith("tue") || lower.startsWith("wed")
        || lower.startsWith("thu") || lower.startsWith("fri") || lower.startsWith("sat")
        || lower.startsWith("sun");
  }

  private static int[] parseTime(String token) {
    String[] parts = token.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    int[] hms = new int[3];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      int dot = p.indexOf('.');
      if (dot >= 0) {
        p = p.substring(0, dot);
      }
      if (p.isEmpty() || p.length() > 2 || !allDigits(p, 0)) {
        return null;
      }
      hms[i] = Integer.parseInt(p);
    }
    return hms[0] <= 23 && hms[1] <= 59 && hms[2] <= 60 ? new int[] {hms[0], hms[1],
        Math.min(hms[2], 59)} : null;
  }

  /**
   * Splits on whitespace, commas and quotes; a dash between a word and what follows splits too
   * ("17-Jan-2023"), and a sign glued to a time ("15:19:00+0100") starts a zone token.
   */
  private static List<String> tokens(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == '"') {
        flush(cur, out);
      } else if ((c == '-' || c == '+') && cur.length() > 0) {
        boolean afterTime = cur.indexOf(":") > 0;
        flush(cur, out);
        if (afterTime && i + 1 < value.length() && Character.isDigit(value.charAt(i + 1))) {
          cur.append(c);
        }
      } else {
        cur.append(c);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  private static String stripComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean allDigits(String s, int from) {
    if (s.length() <= from) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
