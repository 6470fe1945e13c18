package quorum.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quorum.mail.Participant;

class ParticipantSameAsTest {
  @Test
  void theSameAddressIsTheSamePersonWhateverTheName() {
    assertThat(Participant.of("J. Doe", "JDoe@example.org")
        .sameAs(Participant.of("Jane Doe", "jdoe@example.org"))).isTrue();
  }

  @Test
  void aSurnameFirstNameFromACorporateDirectoryIsTheSamePerson() {
    Participant work = Participant.of("Doe, Jane", "jane.doe@corp.example");
    Participant home = Participant.of("Jane Doe", "jane@home.example");
    assertThat(work.sameAs(home)).isTrue();
    assertThat(home.sameAs(work)).isTrue();
    assertThat(Participant.of("\"van der Berg, Piet\"", "p@corp.example")
        .sameAs(Participant.named("Piet van der Berg"))).isTrue();
    // a longer phrase before the comma is no surname
    assertThat(Participant.named("The maintainers of this tree, Jane")
        .sameAs(Participant.named("Jane The maintainers of this tree"))).isFalse();
  }

  @Test
  void aTitleOrSuffixAfterTheCommaIsNotAGivenName() {
    assertThat(Participant.named("Jane Doe, PhD").sameAs(Participant.named("PhD Jane Doe")))
        .isFalse();
    assertThat(Participant.named("Jane Doe, PhD").sameAs(Participant.named("Jane Doe, PhD")))
        .isTrue();
  }

  @Test
  void differentNamesWithoutAddressesAreDifferentPeople() {
    assertThat(Participant.named("Jane Doe").sameAs(Participant.named("John Doe"))).isFalse();
    assertThat(Participant.named("Doe, Jane").sameAs(Participant.named("Doe, John"))).isFalse();
    assertThat(Participant.UNKNOWN.sameAs(Participant.UNKNOWN)).isFalse();
  }
}
