package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Stance;

/** A writer whose From carries only an address takes the name the thread gives that address. */
class AddressOnlyNamesTest {
  private static Position by(Participant who) {
    return new Position(who, "i1", Stance.SUPPORT,
        new Evidence(new MessageKey("m3"), LineSpan.of(1, 1), "Still good, ship it.", ""));
  }

  @Test
  void anAddressOnlyWriterTakesTheNameOfTheirTrailer() {
    Participant named = Participant.of("Jane Doe", "jane.doe@example.org");
    Map<String, Participant> names = Map.of("jane.doe@example.org", named);
    List<Position> out = PositionFinder.named(
        List.of(by(Participant.of("", "Jane.Doe@example.org"))), names);
    assertThat(out.get(0).who().display()).isEqualTo("Jane Doe");
  }

  @Test
  void aNamedWriterAndAnUnknownAddressStayAsTheyAre() {
    Map<String, Participant> names = Map.of("jane.doe@example.org",
        Participant.of("Jane Doe", "jane.doe@example.org"));
    List<Position> out = PositionFinder.named(List.of(
        by(Participant.of("J. Doe", "jane.doe@example.org")),
        by(Participant.of("", "someone@example.org"))), names);
    assertThat(out).extracting(p -> p.who().display())
        .containsExactly("J. Doe", "someone@example.org");
  }
}
