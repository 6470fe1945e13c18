package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import quorum.ingest.mbox.FormatSniffer.Kind;

class FormatSnifferTest {
  private static Kind sniff(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return FormatSniffer.sniff(b, b.length);
  }

  @Test
  void detectsMboxByItsFromLine() {
    assertThat(sniff("From a@b Mon Mar  6 08:00:00 2023\nFrom: a@b\n\nhi\n")).isEqualTo(Kind.MBOX);
    // a From_ line without a date still opens an mbox when headers follow it
    assertThat(sniff("From a@b\nSubject: x\n\nhi\n")).isEqualTo(Kind.MBOX);
  }

  @Test
  void detectsAHeaderBlockAsEml() {
    assertThat(sniff("Return-Path: <a@b>\nX-Spam: no\n\tfolded\nSubject: x\n\nbody"))
        .isEqualTo(Kind.EML);
    assertThat(sniff("\uFEFFFrom: a@b\n\nbody")).isEqualTo(Kind.EML);
  }

  @Test
  void wantsAFieldThatMailCarries() {
    assertThat(sniff("name: quorum\nversion: 1\n\ntext\n")).isEqualTo(Kind.UNKNOWN);
  }

  @Test
  void detectsFlattenedArchiveCopiesByTheirQuoting() {
    assertThat(sniff("On Tue, Jan 17, 2023 at 3:19 PM A <a@x> wrote: > > text > more"))
        .isEqualTo(Kind.FLATTENED);
    assertThat(sniff("> quoted\n> more\nmine\n")).isEqualTo(Kind.FLATTENED);
    assertThat(sniff("plain prose, 3 > 2 only once\n")).isEqualTo(Kind.UNKNOWN);
  }

  @Test
  void detectsEmptyAndBinary() {
    assertThat(FormatSniffer.sniff(new byte[0], 0)).isEqualTo(Kind.EMPTY);
    assertThat(FormatSniffer.sniff(new byte[] {'F', 'r', 0, 1}, 4)).isEqualTo(Kind.BINARY);
    assertThat(FormatSniffer.isGzip(new byte[] {0x1f, (byte) 0x8b, 8}, 3)).isTrue();
  }
}
