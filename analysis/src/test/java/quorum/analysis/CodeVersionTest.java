package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The code fingerprint covers the learned models, so cached results never mix models. */
class CodeVersionTest {
  private static final byte[] NONE = new byte[0];

  @Test
  void anotherStanceModelGivesAnotherFingerprint() {
    byte[] one = "labels\tnone\tsupport\nbias\t1\t0\n".getBytes(StandardCharsets.UTF_8);
    byte[] two = "labels\tnone\tsupport\nbias\t1\t0.5\n".getBytes(StandardCharsets.UTF_8);
    assertThat(CodeVersion.compute(one, NONE)).isEqualTo(CodeVersion.compute(one.clone(), NONE))
        .isNotEqualTo(CodeVersion.compute(two, NONE)).isNotEqualTo(CodeVersion.compute(NONE, NONE));
  }

  @Test
  void anotherAnswerModelGivesAnotherFingerprint() {
    byte[] stance = "labels\tnone\tsupport\nbias\t1\t0\n".getBytes(StandardCharsets.UTF_8);
    byte[] one = "margin\t0\nbias\t1\n".getBytes(StandardCharsets.UTF_8);
    byte[] two = "margin\t0.5\nbias\t1\n".getBytes(StandardCharsets.UTF_8);
    assertThat(CodeVersion.compute(stance, one)).isEqualTo(CodeVersion.compute(stance, one.clone()))
        .isNotEqualTo(CodeVersion.compute(stance, two))
        .isNotEqualTo(CodeVersion.compute(stance, NONE));
  }
}
