package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request put to someone in person and granted with a plain yes is agreed. */
class GrantedRequestTest {
  @Test
  void aModalWithYouOpeningAClauseAsksTheAddresseeToAct() {
    assertThat(GrantedRequest.asksThem("I haven't asked her yet, so: Maria? Would you be willing"
        + " to collect the feedback and send us a summary?")).isTrue();
    assertThat(GrantedRequest.asksThem("Could you take this through your tree?")).isTrue();
    assertThat(GrantedRequest.asksThem("And can you send the slides afterwards?")).isTrue();
  }

  @Test
  void aQuestionAskingForAViewOrAFactIsNoRequest() {
    assertThat(GrantedRequest.asksThem("What other behaviour would you expect?")).isFalse();
    assertThat(GrantedRequest.asksThem("Is there a list of the boards that need it?")).isFalse();
    assertThat(GrantedRequest.asksThem("Should we move the session to Tuesday?")).isFalse();
  }

  @Test
  void aPlainYesGrantsIt() {
    assertThat(GrantedRequest.grants("Yes, I would be happy to do that.")).isTrue();
    assertThat(GrantedRequest.grants("Sure, will do.")).isTrue();
    assertThat(GrantedRequest.grants("Happy to.")).isTrue();
  }

  @Test
  void aYesWithAReservationOrARefusalDoesNot() {
    assertThat(GrantedRequest.grants("Yes, but only after the merge window.")).isFalse();
    assertThat(GrantedRequest.grants("Sure, though I can't do it before March.")).isFalse();
    assertThat(GrantedRequest.grants("I'd rather not, I have no time this cycle.")).isFalse();
    assertThat(GrantedRequest.grants("The script is in the tools repository.")).isFalse();
  }
}
