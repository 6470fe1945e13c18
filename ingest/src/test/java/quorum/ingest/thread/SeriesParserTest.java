package quorum.ingest.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import quorum.mail.SeriesInfo;

class SeriesParserTest {
  private final SeriesParser parser = new SeriesParser();

  private SeriesInfo parse(String s) {
    Optional<SeriesInfo> info = parser.parse(s);
    assertThat(info).as(s).isPresent();
    return info.get();
  }

  @Test
  void readsRfcVersionAndCoverLetter() {
    SeriesInfo s = parse("[PATCH RFC v2 0/5] foo");
    assertThat(s).isEqualTo(new SeriesInfo("foo", 2, Optional.of(0), Optional.of(5), List.of("RFC")));
    assertThat(s.isCoverLetter()).isTrue();
  }

  @Test
  void readsTreeNameAsTag() {
    assertThat(parse("[RFC PATCH net-next v3 2/7] foo bar")).isEqualTo(new SeriesInfo(
        "foo bar", 3, Optional.of(2), Optional.of(7), List.of("RFC", "net-next")));
  }

  @Test
  void unnumberedPatchHasVersionOne() {
    assertThat(parse("[PATCH bpf-next] foo")).isEqualTo(
        new SeriesInfo("foo", 1, Optional.empty(), Optional.empty(), List.of("bpf-next")));
  }

  @Test
  void skipsReplyPrefix() {
    assertThat(parse("Re: [PATCH v2 1/3] foo")).isEqualTo(
        new SeriesInfo("foo", 2, Optional.of(1), Optional.of(3), List.of()));
    assertThat(parse("RE: Re: [ksummit] [PATCH 2/2] foo").part()).contains(2);
  }

  @Test
  void readsVersionGluedToPatch() {
    SeriesInfo s = parse("[PATCHv4 3/9] mm: thing");
    assertThat(s.version()).isEqualTo(4);
    assertThat(s.part()).contains(3);
    assertThat(s.total()).contains(9);
    assertThat(s.name()).isEqualTo("mm: thing");
  }

  @Test
  void readsZeroPaddedParts() {
    SeriesInfo s = parse("[PATCH 01/44] x");
    assertThat(s.part()).contains(1);
    assertThat(s.total()).contains(44);
  }

  @Test
  void readsResend() {
    assertThat(parse("[RESEND PATCH v2] foo")).isEqualTo(
        new SeriesInfo("foo", 2, Optional.empty(), Optional.empty(), List.of("RESEND")));
  }

  @Test
  void rfcWithPartNumberIsASeries() {
    assertThat(parse("[RFC 1/2] idea").tags()).containsExactly("RFC");
  }

  @Test
  void tagAfterThePatchPrefixStaysInTheName() {
    assertThat(parse("[PATCH] [media] foo").name()).isEqualTo("[media] foo");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[TECH TOPIC] Rust for Linux",
      "Re: [MAINTAINERS SUMMIT] bugzilla",
      "[RFC] a proposal",
      "patch review etiquette",
      "Re: plain reply",
      "[unterminated PATCH foo"})
  void subjectsWithoutAPatchPrefixAreNoSeries(String subject) {
    assertThat(parser.parse(subject)).isEmpty();
  }
}
