package quorum.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {
  /** A file whose only scored figure is stance: {@code correct} of {@code gold} positions right. */
  private static Scores stance(int correct, int gold) {
    return new Scores(0, 0, 0, 0, 0, gold, gold, gold, correct, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static Intervals.Interval stanceInterval(List<Intervals.Interval> all) {
    return all.stream().filter(i -> i.figure().name().equals("stance accuracy")).findFirst()
        .orElseThrow();
  }

  @Test
  void anIntervalSpansWhatResamplingTheFilesCanGive() {
    List<Scores> files = List.of(stance(0, 10), stance(5, 10), stance(10, 10), stance(2, 10),
        stance(8, 10), stance(4, 10));
    Intervals.Interval i = stanceInterval(Intervals.of(files));
    // the overall figure is 29/60 = 0.483; the interval holds it and stays inside [0, 1]
    assertThat(i.low()).isLessThan(0.483).isGreaterThanOrEqualTo(0.0);
    assertThat(i.high()).isGreaterThan(0.483).isLessThanOrEqualTo(1.0);
    assertThat(i.high() - i.low()).isGreaterThan(0.1);
  }

  @Test
  void identicalFilesLeaveNoRoomAndTheSameFilesGiveTheSameIntervals() {
    List<Scores> same = List.of(stance(7, 10), stance(7, 10), stance(7, 10));
    Intervals.Interval i = stanceInterval(Intervals.of(same));
    assertThat(i.low()).isEqualTo(0.7);
    assertThat(i.high()).isEqualTo(0.7);
    List<Scores> files = List.of(stance(1, 10), stance(9, 10), stance(3, 10));
    assertThat(Intervals.format(Intervals.of(files))).isEqualTo(Intervals.format(Intervals.of(files)));
  }

  @Test
  void oneFileHasNoIntervalOverFiles() {
    assertThatThrownBy(() -> Intervals.of(List.of(stance(1, 2))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
