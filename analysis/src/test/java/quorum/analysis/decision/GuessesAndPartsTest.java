package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;
import quorum.mail.DecisionStatus;

/**
 * A guess about the outcome is no verdict, "consensus is needed" says nothing was agreed, and
 * an agreement with part of a message takes up no point.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class GuessesAndPartsTest {
  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(ss.size() - 1);
  }

  @Test
  void aGuessAboutTheOutcomeIsNoVerdict(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp, "I wasn't sure we will be accepted as a"
        + " main track session, so for now it is a microconference."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp, "I doubt the patch gets applied before the"
        + " merge window."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp, "Applied, thanks.")))
        .contains(DecisionStatus.AGREED);
  }

  @Test
  void consensusThatIsNeededIsNotConsensusReached(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp, "The question is how much design and"
        + " consensus is needed in a particular case."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp, "The consensus is to keep SHOULD.")))
        .contains(DecisionStatus.AGREED);
  }

  @Test
  void agreeingWithPartOfAMessageAcceptsNoPoint(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.opensWithAcceptance(parse(nlp,
        "I agree with most of what you wrote here in general."))).isFalse();
    assertThat(DecisionFinder.opensWithAcceptance(parse(nlp, "Agreed in principle."))).isFalse();
    assertThat(DecisionFinder.opensWithAcceptance(parse(nlp, "Agreed, MUST NOT it is in v2.")))
        .isTrue();
  }
}
