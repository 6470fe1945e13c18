package quorum.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.index.SeriesVersion.ChangeNote;
import quorum.mail.Participant;

class ChangelogsTest {
  static final Participant ALICE = Participant.of("Alice Martin", "alice@example.org");
  static final Participant WILL = Participant.of("Will Deacon", "will@kernel.org");

  @Test
  void headingsGiveTheVersionTheNotesDescribe() {
    String text = "Cover text.\n\nChanges since v1:\n - reworded the intro, per Alice\n"
        + "   and split the patch\n\nv2 -> v3:\n* dropped a helper\n\n"
        + "v4: rebased on net-next\nv1: https://lore.example.org/x/\n";
    List<ChangeNote> notes = Changelogs.read(text, List.of(ALICE, WILL));
    assertThat(notes).extracting(ChangeNote::version, ChangeNote::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, "reworded the intro, per Alice and split the patch"),
        org.assertj.core.groups.Tuple.tuple(3, "dropped a helper"),
        org.assertj.core.groups.Tuple.tuple(4, "rebased on net-next"));
    assertThat(notes.get(0).credited()).containsExactly(ALICE);
    assertThat(notes.get(1).credited()).isEmpty();
  }

  @Test
  void namesMatchAsCaseSensitiveWholeWords() {
    List<ChangeNote> notes = Changelogs.read(
        "v2: this will be faster; Martinez asked\nv3: per Will's review\n", List.of(ALICE, WILL));
    assertThat(notes.get(0).credited()).isEmpty();
    assertThat(notes.get(1).credited()).containsExactly(WILL);
  }

  @Test
  void proseWithAColonIsNoHeading() {
    assertThat(Changelogs.read("Note: v2 is coming\n - not a changelog\n", List.of(ALICE)))
        .isEmpty();
  }
}
