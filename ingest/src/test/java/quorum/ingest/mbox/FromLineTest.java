package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FromLineTest {
  private static boolean matches(String line) {
    byte[] b = line.getBytes(StandardCharsets.US_ASCII);
    return FromLine.matches(b, b.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"From mboxrd@z Thu Jan  1 00:00:00 1970\n",
      "From david@tethera.net  Sat Feb  5 09:19:10 2022\n",
      "From fc88cba7f1f37b9cf3b296eace2422dd0e173502 Mon Sep 17 00:00:00 2001\n",
      "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\r\n",
      "From sender@example.org Mon Mar  6 08:00:00 2023"})
  void acceptsFromLinesWithATimestamp(String line) {
    assertThat(matches(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"From the start, we said 2023 was the year.\n", "From: a@b\n",
      "from x Mon Mar  6 08:00:00 2023\n", "From \n", ">From x Mon Mar  6 08:00:00 2023\n",
      "From 10:30 to 11:00 we met\n"})
  void refusesProseAndHeaders(String line) {
    assertThat(matches(line)).isFalse();
  }
}
