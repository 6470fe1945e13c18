package quorum.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DefaultZoneClockTest {
  @Test
  void behavesAsTheSystemClockInTheDefaultZone() {
    Clock lazy = new DefaultZoneClock();
    Instant before = Instant.now();
    Instant now = lazy.instant();
    assertThat(now).isBetween(before, Instant.now());
    assertThat(lazy.millis()).isGreaterThanOrEqualTo(before.toEpochMilli());
    assertThat(lazy.getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(lazy.getZone()).isEqualTo(Clock.systemDefaultZone().getZone());
  }

  @Test
  void withZoneGivesTheSystemClockInThatZone() {
    Clock utc = new DefaultZoneClock().withZone(ZoneOffset.UTC);
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(utc).isEqualTo(Clock.systemUTC());
  }
}
