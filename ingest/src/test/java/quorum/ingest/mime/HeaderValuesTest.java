package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quorum.mail.MessageId;
import quorum.mail.Participant;

class HeaderValuesTest {
  @Test
  void extractsEveryBracketedIdIgnoringComments() {
    assertThat(HeaderValues.bracketedIds("<a@x> (Ann's message of \"Mon\") <b@\n y>  junk <>"))
        .containsExactly(new MessageId("a@x"), new MessageId("b@y"));
  }

  @Test
  void skipsAnOpeningBracketWithoutClose() {
    assertThat(HeaderValues.bracketedIds("<broken <c@x>")).containsExactly(new MessageId("c@x"));
  }

  @Test
  void readsDisplayNameForms() {
    assertThat(HeaderValues.participant("\"Doe, Jane\" <jane@example.org>"))
        .isEqualTo(Participant.of("Doe, Jane", "jane@example.org"));
    assertThat(HeaderValues.participant("jane@example.org"))
        .isEqualTo(Participant.of("", "jane@example.org"));
    assertThat(HeaderValues.participant("=?utf-8?q?Ren=C3=A9?= <r@x.fr>"))
        .isEqualTo(Participant.of("Ren\u00e9", "r@x.fr"));
    assertThat(HeaderValues.participant("undisclosed-recipients:;").address()).isEmpty();
  }
}
