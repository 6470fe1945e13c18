package quorum.mail;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as mail gives it: a Date: header has a zone, an attribution line ("On Tue, Jan 17,
 * 2023 at 3:19 PM") usually has none, so the offset is optional rather than guessed.
 */
public record MailDate(LocalDateTime local, Optional<ZoneOffset> offset) implements Comparable<MailDate> {
  public MailDate {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(offset, "offset");
  }

  public static MailDate of(OffsetDateTime t) {
    return new MailDate(t.toLocalDateTime(), Optional.of(t.getOffset()));
  }

  public static MailDate local(LocalDateTime t) {
    return new MailDate(t, Optional.empty());
  }

  /** ISO-8601: with offset when known ("2023-01-17T15:19:00+01:00"), else local ("2023-01-17T15:19"). */
  public String iso() {
    return offset.map(o -> OffsetDateTime.of(local, o).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .orElseGet(() -> local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
  }

  /** A point in time for ordering; a date without offset is taken as UTC. */
  public java.time.Instant instant() {
    return local.toInstant(offset.orElse(ZoneOffset.UTC));
  }

  @Override
  public int compareTo(MailDate o) {
    return instant().compareTo(o.instant());
  }
}
