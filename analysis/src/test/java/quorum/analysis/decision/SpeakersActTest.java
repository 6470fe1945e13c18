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

/** A settling word counts only as the writer's own act, on sentences parsed for real. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class SpeakersActTest {
  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(0);
  }

  @Test
  void theMaintainersOwnActSettles(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp, "Applied to the stable branch, thanks.")))
        .contains(DecisionStatus.AGREED);
    assertThat(DecisionFinder.statusOf(parse(nlp, "I've queued both patches for 2.3.")))
        .contains(DecisionStatus.AGREED);
    List<Sentence> willQueue = nlp.annotate("Looks good. Will queue.");
    assertThat(DecisionFinder.statusOf(willQueue.get(willQueue.size() - 1)))
        .contains(DecisionStatus.AGREED);
    assertThat(DecisionFinder.statusOf(parse(nlp, "NAK, this breaks every existing config.")))
        .contains(DecisionStatus.REJECTED);
  }

  @Test
  void aPassiveAboutThingsInGeneralIsNoVerdict(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp,
        "Contributions are accepted in large part based on trust in the author."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp, "Both patches are applied now.")))
        .contains(DecisionStatus.AGREED);
  }

  @Test
  void aCueWordAboutSomethingElseSettlesNothing(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp,
        "The old client will fail to start on a server with this applied."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp,
        "The vendors settled on their own format years ago."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp,
        "The merge window opens next week."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp,
        "Some reviewers still hold a NAK on the second patch."))).isEmpty();
  }
}
