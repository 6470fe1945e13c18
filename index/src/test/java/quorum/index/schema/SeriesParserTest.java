package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.mail.SeriesInfo;

class SeriesParserTest {
  @Test
  void readsVersionPartAndTags() {
    assertThat(SeriesParser.parse("Re: [PATCH RFC bpf-next v2 3/7] bpf: fix it")).contains(
        new SeriesInfo("bpf: fix it", 2, Optional.of(3), Optional.of(7), List.of("RFC", "BPF-NEXT")));
  }

  @Test
  void versionDefaultsToOneAndCoverLetterIsPartZero() {
    SeriesInfo s = SeriesParser.parse("[PATCH 0/5] mm: thing").orElseThrow();
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.isCoverLetter()).isTrue();
  }

  @Test
  void readsSeveralBracketGroups() {
    assertThat(SeriesParser.parse("[RFC][PATCH v3] x")).map(SeriesInfo::version).contains(3);
  }

  @Test
  void plainSubjectsAreNoSeries() {
    assertThat(SeriesParser.parse("Re: [ANNOUNCE] summit")).isEmpty();
    assertThat(SeriesParser.parse("helper freezes")).isEmpty();
    assertThat(SeriesParser.parse("[PATCH")).isEmpty();
  }

  @Test
  void stripsReplyPrefixes() {
    assertThat(SeriesParser.stripReplyPrefixes("Re: RE: Fwd: AW: topic")).isEqualTo("topic");
    assertThat(SeriesParser.stripReplyPrefixes("Resolution: x")).isEqualTo("Resolution: x");
  }
}
