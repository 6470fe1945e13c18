package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tue, 17 Jan 2023 15:19:00 +0100|2023-01-17T15:19+01:00",
      "17 Jan 2023 15:19:00 +0100|2023-01-17T15:19+01:00",
      "Tue, 17 Jan 2023 15:19:00 -0800 (PST)|2023-01-17T15:19-08:00",
      "Tue,  7 Jan 2023 01:02 GMT|2023-01-07T01:02Z",
      "Tue, 17 Jan 23 15:19:00 EST|2023-01-17T15:19-05:00",
      "Mon, 5 Mar 99 08:00:00 PDT|1999-03-05T08:00-07:00",
      "Thu, 01 Jan 1970 00:00:00 -0000|1970-01-01T00:00Z",
      "Tue, 17 Jan 2023 15:19:00+0100|2023-01-17T15:19+01:00",
      "17-Jan-2023 15:19:00 +0000|2023-01-17T15:19Z",
      "Tuesday, January 17, 2023 3:19:00 +0000|2023-01-17T03:19Z",
      "Sat, 23 Jun 2007 00:57:48.123 +0200|2007-06-23T00:57:48+02:00",
      "2023-01-17T15:19:00+01:00|2023-01-17T15:19+01:00",
  })
  void parsesMailDateForms(String raw, String expected) {
    assertThat(MailDates.parse(raw)).hasValueSatisfying(
        d -> assertThat(d.instant()).isEqualTo(OffsetDateTime.parse(expected).toInstant()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thu Jan  1 00:00:00 1970", "Fri Mar  3 12:00:00 2023"})
  void readsAsctimeWithoutZoneAsLocalTime(String raw) {
    assertThat(MailDates.parse(raw)).hasValueSatisfying(d -> {
      assertThat(d.offset()).isEmpty();
      assertThat(d.local().getYear()).isIn(1970, 2023);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sometime last tuesday", "Thu Jan 01 00:00:10 +0000",
      "32 Jan 2023 10:00:00 +0000", "17 Jan 2023", "17 Foo 2023 10:00 +0000",
      "17 Jan 2023 25:00:00 +0000", "99999999999999999999 Jan 2023 10:00 +0000"})
  void refusesWhatIsNotADate(String raw) {
    assertThat(MailDates.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tue, 17 Jan 2023 15:19:00 +0100 (CET)"})
  void ignoresComments(String raw) {
    assertThat(MailDates.parse(raw)).hasValueSatisfying(
        d -> assertThat(d.local()).isEqualTo(LocalDateTime.of(2023, 1, 17, 15, 19)));
  }
}
