package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The code fingerprint covers the learned stance model, so cached results never mix models. */
class CodeVersionTest {
  @Test
  void anotherStanceModelGivesAnotherFingerprint() {
    byte[] one = "labels\tnone\tsupport\nbias\t1\t0\n".getBytes(StandardCharsets.UTF_8);
    byte[] two = "labels\tnone\tsupport\nbias\t1\t0.5\n".getBytes(StandardCharsets.UTF_8);
    assertThat(CodeVersion.compute(one)).isEqualTo(CodeVersion.compute(one.clone()))
        .isNotEqualTo(CodeVersion.compute(two)).isNotEqualTo(CodeVersion.compute(new byte[0]));
  }
}
