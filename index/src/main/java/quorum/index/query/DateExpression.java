package quorum.index.query;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import quorum.index.query.QueryNode.DateRange;

/**
 * The value of a {@code d:} term: {@code 2023-01-01..2023-02-28}, {@code 2.weeks.ago..},
 * {@code ..2023-01-01}, or one date. Absolute dates are {@code YYYY}, {@code YYYY-MM},
 * {@code YYYY-MM-DD} or {@code YYYYMMDD}, in the clock's zone, and cover the whole year, month
 * or day, so an upper bound is inclusive ({@code ..2023-02-28} includes that day). Relative
 * dates are {@code N.unit.ago} (unit: second, minute, hour, day, week, month, year, singular or
 * plural), {@code today}, {@code yesterday} and {@code now}, computed from the injected clock;
 * a single relative date means "since then". Parsed by hand, without regular expressions.
 */
final class DateExpression {
  private final Clock clock;

  DateExpression(Clock clock) {
    this.clock = clock;
  }

  /** A span [start, end) one value stands for. */
  private record Span(Instant start, Instant end, boolean relative) {}

  /** Thrown with the offset within the value; the parser turns it into a column. */
  static final class BadDate extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    BadDate(int offset, String message) {
      super(message);
      this.offset = offset;
    }
  }

  DateRange parse(String value) throws BadDate {
    int dots = value.indexOf("..");
    if (dots < 0) {
      Span s = span(value, 0);
      return new DateRange(Optional.of(s.start()),
          s.relative() ? Optional.empty() : Optional.of(s.end()));
    }
    String lo = value.substring(0, dots);
    String hi = value.substring(dots + 2);
    if (lo.isEmpty() && hi.isEmpty()) {
      throw new BadDate(0, "empty date range \"..\"");
    }
    Optional<Instant> from = lo.isEmpty() ? Optional.empty() : Optional.of(span(lo, 0).start());
    Optional<Instant> until = Optional.empty();
    if (!hi.isEmpty()) {
      Span s = span(hi, dots + 2);
      until = Optional.of(s.relative() ? s.start() : s.end());
    }
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new BadDate(0, "date range ends before it starts [" + value + "]");
    }
    return new DateRange(from, until);
  }

  private Span span(String text, int offset) throws BadDate {
    ZoneId zone = clock.getZone();
    String t = text.toLowerCase(Locale.ROOT);
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    switch (t) {
      case "now":
        return new Span(now.toInstant(), now.toInstant(), true);
      case "today":
        return day(today, zone);
      case "yesterday":
        return day(today.minusDays(1), zone);
      default:
        break;
    }
    if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && t.indexOf('.') > 0) {
      return new Span(relative(t, offset, now).toInstant(), now.toInstant(), true);
    }
    return absolute(t, offset, zone);
  }

  private static Span day(LocalDate d, ZoneId zone) {
    return new Span(d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant(),
        false);
  }

  private static ZonedDateTime relative(String t, int offset, ZonedDateTime now) throws BadDate {
    String[] parts = t.split("\\.", -1);
    if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("ago"))) {
      throw new BadDate(offset, "bad relative date [" + t + "]; expected N.unit.ago like 2.weeks.ago");
    }
    long n = number(parts[0], offset, t);
    ChronoUnit unit = unit(parts[1]);
    if (unit == null) {
      throw new BadDate(offset + parts[0].length() + 1, "unknown time unit [" + parts[1]
          + "]; expected seconds, minutes, hours, days, weeks, months or years");
    }
    try {
      return now.minus(n, unit);
    } catch (DateTimeException | ArithmeticException e) {
      throw new BadDate(offset, "date out of range [" + t + "]");
    }
  }

  private static ChronoUnit unit(String u) {
    String s = u.endsWith("s") && u.length() > 1 ? u.substring(0, u.length() - 1) : u;
    switch (s) {
      case "second": case "sec":
        return ChronoUnit.SECONDS;
      case "minute": case "min":
        return ChronoUnit.MINUTES;
      case "hour": case "h":
        return ChronoUnit.HOURS;
      case "day": case "d":
        return ChronoUnit.DAYS;
      case "week": case "w":
        return ChronoUnit.WEEKS;
      case "month":
        return ChronoUnit.MONTHS;
      case "year": case "y":
        return ChronoUnit.YEARS;
      default:
        return null;
    }
  }

  private static Span absolute(String t, int offset, ZoneId zone) throws BadDate {
    String s = t;
    if (s.length() == 8 && allDigits(s)) {
      s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6);
    }
    String[] parts = s.split("-", -1);
    if (parts.length > 3 || parts[0].length() != 4 || !allDigits(parts[0])) {
      throw new BadDate(offset, "bad date [" + t
          + "]; expected YYYY-MM-DD, YYYY-MM, YYYY or N.unit.ago");
    }
    try {
      int year = (int) number(parts[0], offset, t);
      if (parts.length == 1) {
        LocalDate d = LocalDate.of(year, 1, 1);
        return new Span(d.atStartOfDay(zone).toInstant(),
            d.plusYears(1).atStartOfDay(zone).toInstant(), false);
      }
      int month = (int) number(parts[1], offset + 5, t);
      if (parts.length == 2) {
        LocalDate d = LocalDate.of(year, month, 1);
        return new Span(d.atStartOfDay(zone).toInstant(),
            d.plusMonths(1).atStartOfDay(zone).toInstant(), false);
      }
      return day(LocalDate.of(year, month, (int) number(parts[2], offset + 8, t)), zone);
    } catch (DateTimeException e) {
      throw new BadDate(offset, "no such date [" + t + "]");
    }
  }

  private static long number(String digits, int offset, String whole) throws BadDate {
    if (digits.isEmpty() || digits.length() > 6 || !allDigits(digits)) {
      throw new BadDate(offset, "expected a number in date [" + whole + "]");
    }
    return Long.parseLong(digits);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
