package quorum.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.index.SeriesVersion.PatchChange;
import quorum.index.SeriesVersion.PatchStatus;
import quorum.index.schema.PatchText;

class RangeDiffsTest {
  static RangeDiffs.PatchLines patch(int part, String name, String diff) {
    return new RangeDiffs.PatchLines(part, name, PatchText.of(diff));
  }

  @Test
  void pairsByNameThenPartAndSeesAddedAndDropped() {
    List<RangeDiffs.PatchLines> v1 = List.of(
        patch(1, "a: one", "@@ -1 +1 @@\n-x\n+y\n"),
        patch(2, "b: two", "@@ -1 +1 @@\n+z\n"),
        patch(3, "c: gone", "@@ -1 +1 @@\n+q\n+r\n"));
    List<RangeDiffs.PatchLines> v2 = List.of(
        patch(1, "b: two", "@@ -5 +5 @@\n+z\n"),
        patch(2, "a: one", "@@ -1 +1 @@\n-x\n+y2\n"),
        patch(3, "d: new", "@@ -1 +1 @@\n+n\n"));
    List<PatchChange> out = RangeDiffs.compare(v1, v2);
    assertThat(out).extracting(PatchChange::part, PatchChange::name, PatchChange::status,
        PatchChange::linesChanged).containsExactly(
            tuple(1, "b: two", PatchStatus.UNCHANGED, 0),
            tuple(2, "a: one", PatchStatus.CHANGED, 2),
            tuple(3, "d: new", PatchStatus.CHANGED, 3));
  }

  @Test
  void unpairedPatchesAreAddedOrDropped() {
    List<PatchChange> out = RangeDiffs.compare(
        List.of(patch(1, "a: one", "+x\n"), patch(2, "b: two", "+y\n+z\n")),
        List.of(patch(1, "a: one", "+x\n")));
    assertThat(out).extracting(PatchChange::status, PatchChange::linesChanged)
        .containsExactly(tuple(PatchStatus.UNCHANGED, 0), tuple(PatchStatus.DROPPED, 2));
    assertThat(RangeDiffs.compare(List.of(), List.of(patch(1, "a: one", "+x\n"))))
        .extracting(PatchChange::status).containsExactly(PatchStatus.ADDED);
  }
}
