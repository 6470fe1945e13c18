package quorum.index.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, as {@link Clock#systemDefaultZone()}, except that the
 * zone is looked up when a query first needs it (a date in the query) instead of when the index
 * is opened: the first lookup loads the zone rules and searches the class path for zone rule
 * providers, about 10 ms of a short search that has no date in it.
 */
public final class DefaultZoneClock extends Clock {
  private ZoneId zone;

  @Override
  public synchronized ZoneId getZone() {
    if (zone == null) {
      zone = ZoneId.systemDefault();
    }
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return Clock.system(z);
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public String toString() {
    return "DefaultZoneClock[" + getZone() + "]";
  }
}
