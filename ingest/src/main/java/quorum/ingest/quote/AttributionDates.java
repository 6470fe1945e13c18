package quorum.ingest.quote;

import java.time.Duration;
import java.util.Optional;
import quorum.mail.MailDate;

/** Comparing the dates attribution lines give with each other and with Date: headers. */
final class AttributionDates {
  /** Time zones span UTC-12 to UTC+14. */
  private static final long MAX_ZONE_MINUTES = 26 * 60;

  private AttributionDates() {}

  /**
   * The same time written in two time zones: each quoter's client renders the attribution
   * in its own zone, often without saying which ("On Tue, Sep 19, 2023 at 9:10 AM").
   */
  static boolean sameMinuteAnyZone(MailDate a, MailDate b) {
    long minutes = Math.abs(Duration.between(a.local().withSecond(0).withNano(0),
        b.local().withSecond(0).withNano(0)).toMinutes());
    return minutes % 15 == 0 && minutes <= MAX_ZONE_MINUTES;
  }

  /** Same minute; instants when both carry an offset, else the local times as written. */
  static boolean sameMinute(Optional<MailDate> a, Optional<MailDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    MailDate x = a.get();
    MailDate y = b.get();
    if (x.offset().isPresent() && y.offset().isPresent()) {
      return x.instant().getEpochSecond() / 60 == y.instant().getEpochSecond() / 60;
    }
    return x.local().withSecond(0).withNano(0).equals(y.local().withSecond(0).withNano(0));
  }
}
