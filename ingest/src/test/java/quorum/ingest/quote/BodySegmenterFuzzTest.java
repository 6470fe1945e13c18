package quorum.ingest.quote;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link BodySegmenter#segment} with any body (the input bytes read as UTF-8) and checks
 * {@link ThreadInvariants#assertSegmentsCover}. Without {@code JAZZER_FUZZ} it replays the inputs
 * under {@code BodySegmenterFuzzTestInputs/}; the README's Robustness section has the long run.
 */
class BodySegmenterFuzzTest {
  private final BodySegmenter segmenter = new BodySegmenter();

  @FuzzTest(maxDuration = "5m")
  void segmentsCoverTheBodyInOrder(byte[] input) {
    String body = new String(input, StandardCharsets.UTF_8);
    ThreadInvariants.assertSegmentsCover(body, segmenter.segment(body));
  }
}
