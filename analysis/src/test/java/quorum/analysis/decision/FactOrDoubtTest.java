package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;

/**
 * Unanswered questions that leave nothing open: how things are, a voiced doubt, a check of
 * one's own reading; against questions about what to do, which stay open.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class FactOrDoubtTest {
  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(ss.size() - 1);
  }

  @Test
  void aYesNoQuestionAboutAThirdPartyAsksHowThingsAre(CoreNlpAnnotator nlp) {
    for (String q : List.of("Does it ignore them completely though?",
        "But were these all tool submissions?",
        "Can the tracer provide information that is not available otherwise?",
        "Does anybody want to own the sed script?")) {
      assertThat(OpenPoint.leftOpen(parse(nlp, q))).as(q).isFalse();
    }
  }

  @Test
  void questionsAboutWhatWeDoOrWeighingAThingStayOpen(CoreNlpAnnotator nlp) {
    for (String q : List.of("Are we banning new helpers from now on?",
        "Can we define a tag and a format for this?",
        "Is \"unreachable\" even the right word when reflog entries are kept?",
        "Is there a plan for the migration tool to rewrite the old names?",
        "So: should anonymous pages be more like file pages?")) {
      assertThat(OpenPoint.leftOpen(parse(nlp, q))).as(q).isTrue();
    }
  }

  @Test
  void aVoicedDoubtOrACheckOfOnesReadingLeavesNothingOpen(CoreNlpAnnotator nlp) {
    assertThat(OpenPoint.voicesDoubt(parse(nlp, "Not sure if that is a useful direction for"
        + " you."))).isTrue();
    assertThat(OpenPoint.voicesDoubt(parse(nlp, "I'm not sure why the document needs that"
        + " line at all, though."))).isFalse();
    assertThat(OpenPoint.leftOpen(parse(nlp, "Unless I misunderstood how far your tool"
        + " goes?"))).isFalse();
  }
}
