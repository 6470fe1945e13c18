package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.testing.SegmentAssertions.normalize;
import static quorum.testing.SegmentAssertions.ownText;
import static quorum.testing.SegmentAssertions.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quorum.mail.Attribution;
import quorum.mail.AttributionStyle;
import quorum.mail.Patch;
import quorum.mail.Segment;
import quorum.mail.Snip;
import quorum.mail.Trailer;

/**
 * The seed thread (shared/corpus/bpf-kfunc-stability-2023-01-17.txt), with its line breaks
 * recovered by hand: only newlines were put back, no whitespace, so context lines of the
 * quoted patch have lost their leading space just as FlattenedText.recover would leave them.
 */
class SeedSegmentationTest {
  private static String seed() throws IOException {
    try (InputStream in = SeedSegmentationTest.class.getResourceAsStream(
        "bpf-kfunc-stability-unflattened.txt")) {
      assertThat(in).as("seed fixture").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void findsFiveAttributionsAtDepthsZeroToFour() throws IOException {
    List<Attribution> attributions = new BodySegmenter().segment(seed()).stream()
        .filter(s -> s instanceof Attribution).map(s -> (Attribution) s)
        .collect(Collectors.toList());
    assertThat(attributions).extracting(Attribution::depth).containsExactly(0, 1, 2, 3, 4);
    assertThat(attributions).extracting(a -> a.who().name()).containsExactly(
        "Alexei Starovoitov", "Stanislav Fomichev", "Toke H\u00f8iland-J\u00f8rgensen",
        "Stanislav Fomichev", "Toke H\u00f8iland-J\u00f8rgensen");
    assertThat(attributions).extracting(Attribution::style).containsExactly(
        AttributionStyle.ON_DATE_WROTE, AttributionStyle.ON_DATE_WROTE,
        AttributionStyle.ON_DATE_WROTE, AttributionStyle.NAME_WRITES,
        AttributionStyle.ON_DATE_WROTE);
    assertThat(attributions.get(0).who().address()).contains("alexei.starovoitov@xxxxxxxxx");
    assertThat(attributions.get(0).when()).contains("Tue, Jan 17, 2023 at 3:19 PM");
    assertThat(attributions).extracting(a -> a.date().map(d -> d.local()).orElse(null))
        .containsExactly(LocalDateTime.of(2023, 1, 17, 15, 19), LocalDateTime.of(2023, 1, 17, 14, 20),
            LocalDateTime.of(2023, 1, 17, 14, 4), null, LocalDateTime.of(2023, 1, 17, 13, 27));
    assertThat(attributions.get(0).date().orElseThrow().offset()).isEmpty();
  }

  @Test
  void findsTheSnipThePatchAndTheTrailerInsideTheQuotes() throws IOException {
    List<Segment> segments = new BodySegmenter().segment(seed());
    assertThat(segments).filteredOn(s -> s instanceof Snip)
        .extracting(Segment::depth, Segment::text).containsExactly(org.assertj.core.groups.Tuple.tuple(4, "[..]"));
    List<Patch> patches = segments.stream().filter(s -> s instanceof Patch).map(s -> (Patch) s)
        .collect(Collectors.toList());
    assertThat(patches).extracting(Patch::depth).containsOnly(5);
    assertThat(patches.get(0).text()).startsWith("---\nDocumentation/bpf/kfuncs.rst | 87")
        .contains("diff --git a/Documentation/bpf/kfuncs.rst", "@@ -223,14 +223,89 @@",
            "+being similar to internal kernel API functions exported using the");
    assertThat(patches.get(1).text()).isEqualTo(
        "+``EXPORT_SYMBOL_GPL`` macro. All new BPF kernel helper-like functionality must\n"
            + "+initially start out as kfuncs.");
    assertThat(segments).filteredOn(s -> s instanceof Trailer).singleElement()
        .satisfies(s -> {
          Trailer t = (Trailer) s;
          assertThat(t.depth()).isEqualTo(5);
          assertThat(t.tag()).isEqualTo("Signed-off-by");
          assertThat(t.who().address()).contains("toke@xxxxxxxxxx");
        });
  }

  @Test
  void ownTextIsTheLastTwoSentences() throws IOException {
    List<Segment> segments = new BodySegmenter().segment(seed());
    assertThat(normalize(ownText(segments))).isEqualTo(
        "Exactly why I'm going to support whatever decision is being made here. "
            + "Just trying to clarify what that decision is.");
  }

  @Test
  void quotedTextSitsAtTheDepthOfEachMessage() throws IOException {
    List<String> rendered = render(new BodySegmenter().segment(seed()));
    assertThat(rendered).filteredOn(r -> r.startsWith("quoted("))
        .extracting(r -> r.substring(0, r.indexOf(',')))
        .containsExactly("quoted(5", "quoted(4", "quoted(3", "quoted(2", "quoted(1");
    assertThat(rendered.get(rendered.size() - 2)).startsWith("quoted(1, \"Did you do:");
  }

  @Test
  void everyNonBlankLineIsCoveredOnceInOrder() throws IOException {
    String body = seed();
    List<Segment> segments = new BodySegmenter().segment(body);
    String[] lines = body.split("\n", -1);
    int previous = 0;
    for (Segment s : segments) {
      assertThat(s.lines().first()).isGreaterThan(previous);
      for (int n = previous + 1; n < s.lines().first(); n++) {
        assertThat(lines[n - 1].replace(">", "")).as("uncovered line %d", n).isBlank();
      }
      previous = s.lines().last();
    }
  }

  @Test
  void theArchiveCopyRecoveredByFlattenedTextSegmentsLikeTheHandRecoveredOne() throws IOException {
    String flat = java.nio.file.Files.readString(
        quorum.testing.CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.txt"));
    String recovered = quorum.ingest.flat.FlattenedText.recover(flat);
    assertThat(render(new BodySegmenter().segment(recovered)))
        .containsExactlyElementsOf(render(new BodySegmenter().segment(seed())));
  }
}
