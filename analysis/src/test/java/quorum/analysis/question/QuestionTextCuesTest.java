package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;
import quorum.mail.QuestionForm;

/** Questions asked without a question mark, and question marks that ask nothing of the reader. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class QuestionTextCuesTest {
  private final QuestionForms forms = new QuestionForms();

  private QuestionForm formOf(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return forms.classify(ss.get(0)).orElse(null);
  }

  @Test
  void aProposalOpenedByWhatAboutAsksWithoutAMark(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "What about sending a yearly probe mail to every address in the file."))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
  }

  @Test
  void anInvertedHowOrWhyAsksWithoutAMarkButAHeadingDoesNot(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "How would this be different from having a hierarchy of trees."))
        .isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "How will it look ------------")).isNull();
  }

  @Test
  void aDoubtWithItsSubjectLeftOutOrAddressedToMeIsIndirect(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "Not sure if that is a useful direction for you."))
        .isEqualTo(QuestionForm.INDIRECT);
    assertThat(formOf(nlp, "It's not clear to me whether the rule applies to existing code."))
        .isEqualTo(QuestionForm.INDIRECT);
  }

  @Test
  void aQuestionReportedOrQuotedAfterAReportingVerbIsNotAsked(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "The walker is constantly asking is this page anonymous?")).isNull();
    assertThat(formOf(nlp, "Every caller keeps asking \"Is this a file page?\" before it locks."))
        .isNull();
    // the author's own point put in quotes still asks
    assertThat(formOf(nlp, "The argument would be, \"why shouldn't we merge it now?\""))
        .isNotNull();
  }

  @Test
  void aQuotedWordInsideAParentheticalQuestionKeepsItAQuestion(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "It is rushed (the name alone: is \"backdrop\" the state or the effect?)."))
        .isNotNull();
  }
}
