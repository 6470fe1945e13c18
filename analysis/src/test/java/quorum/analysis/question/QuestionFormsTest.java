package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;
import quorum.mail.QuestionForm;

class QuestionFormsTest {
  private final QuestionForms forms = new QuestionForms();

  @Test
  void readsInvertedAuxiliaryAfterOpenersAsDirect() {
    assertThat(forms.classify(CLARIFY_BAN)).contains(QuestionForm.DIRECT);
    assertThat(forms.classify(DOES_IT_BREAK)).contains(QuestionForm.DIRECT);
  }

  @Test
  void readsSubjectlessModalQuestionAsSuggestion() {
    assertThat(forms.classify(WORTH_CAPITALIZE)).contains(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(forms.classify(WHY_NOT_REUSE)).contains(QuestionForm.SUGGESTION_AS_QUESTION);
  }

  @Test
  void readsSecondPersonQuestionWithNegatedConjunctAsRhetorical() {
    assertThat(forms.classify(DID_YOU_GREP)).contains(QuestionForm.RHETORICAL);
  }

  @Test
  void readsFirstPersonUncertaintyWithWhComplementAsIndirect() {
    assertThat(forms.classify(STOPS_ME_NOT_SURE_WHY)).contains(QuestionForm.INDIRECT);
    assertThat(forms.classify(WONDER_WHETHER)).contains(QuestionForm.INDIRECT);
  }

  @Test
  void ignoresDoubtWithoutWhComplementAndParentheticalQuestionMarks() {
    assertThat(forms.classify(NOT_SURE_APPROACH)).isEmpty();
    assertThat(forms.classify(PAREN_DOUBT)).isEmpty();
    assertThat(forms.classify(GOOD_QUESTION)).isEmpty();
    assertThat(forms.classify(NO_STRONG_OPINION)).isEmpty();
  }

  @Test
  void whyWouldWeAndDoWeReallyWantAreRhetorical() {
    assertThat(forms.classify(WHY_WOULD_WE_REWRITE)).contains(QuestionForm.RHETORICAL);
    assertThat(forms.classify(REALLY_WANT_ANOTHER)).contains(QuestionForm.RHETORICAL);
  }
}
