package quorum.analysis.normative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalStrengthTest {
  private final ModalStrength grader = new ModalStrength();

  @Test
  void gradesTheScale() {
    assertThat(grader.grade("Programs need to be updated.").value()).isEqualTo(5);
    assertThat(grader.grade("Drivers should use the new ioctl.").value()).isEqualTo(4);
    assertThat(grader.grade("Contributors are highly encouraged to add tests.").value()).isEqualTo(4);
    assertThat(grader.grade("Contributors are encouraged to add tests.").value()).isEqualTo(3);
    assertThat(grader.grade("The maintainer usually will pick it up.").value()).isEqualTo(3);
    assertThat(grader.grade("Callers may pass NULL.").value()).isEqualTo(2);
    assertThat(grader.grade("This might change later.").value()).isEqualTo(1);
    assertThat(grader.grade("kfuncs are not part of the UAPI.").value()).isZero();
  }

  @Test
  void theWeakestMarkerWins() {
    ModalStrength.Grade g = grader.grade("Hence, BPF programs may need to be updated.");
    assertThat(g.value()).isEqualTo(2);
    assertThat(g.marker()).isEqualTo("may");
    assertThat(g.label()).isEqualTo("permission");
  }
}
