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

/** How a question is put, read on sentences parsed by the real pipeline. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class QuestionFormCuesTest {
  private final QuestionForms forms = new QuestionForms();

  private QuestionForm formOf(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return forms.classify(ss.get(ss.size() - 1)).orElse(null);
  }

  @Test
  void negatedModalsAlternativesAndPerhapsSuggest(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "Wouldn't --expire-all describe it better?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(formOf(nlp, "Shouldn't that be a SHOULD rather than a MAY?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(formOf(nlp, "Could the old calls stay until 3.0 instead of going away now?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(formOf(nlp, "Perhaps the release script can skip the docs build?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
  }

  @Test
  void aWhQuestionWithShouldWeStillAsks(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "What tests should we run before the freeze?"))
        .isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "Why not keep both spellings for a release?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
  }

  @Test
  void argumentsPutAsQuestionsAreRhetorical(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "This is a packaging problem, isn't it?"))
        .isEqualTo(QuestionForm.RHETORICAL);
    assertThat(formOf(nlp, "Isn't that what the changelog is for?"))
        .isEqualTo(QuestionForm.RHETORICAL);
    assertThat(formOf(nlp, "Is it really such a burden to keep one more flag?"))
        .isEqualTo(QuestionForm.RHETORICAL);
    assertThat(formOf(nlp, "If the old path works, why can't we keep it?"))
        .isEqualTo(QuestionForm.RHETORICAL);
  }

  @Test
  void plainQuestionsStayDirect(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "Why can't this wait for the next release?"))
        .isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "Is this really something packagers will notice?"))
        .isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "Isn't it about time we switched to meson?"))
        .isNotEqualTo(QuestionForm.RHETORICAL);
    assertThat(formOf(nlp, "Is the new allocator on by default?")).isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "Does this break the 32-bit build?")).isEqualTo(QuestionForm.DIRECT);
  }

  @Test
  void aHedgeBeforeAModalOrAskingWhatWeWantProposes(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "So maybe the freeze could start a week later?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(formOf(nlp, "If nobody uses the old flag, maybe instead of removing it we could"
        + " hide it behind a config option?")).isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(formOf(nlp, "Do we want a shared list for backport requests?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
    assertThat(formOf(nlp, "Do we need a policy on generated bug reports?"))
        .isEqualTo(QuestionForm.SUGGESTION_AS_QUESTION);
  }

  @Test
  void aHedgeInsideAQuestionStillAsks(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "Do packagers maybe care about this, because it could save them"
        + " work?")).isEqualTo(QuestionForm.DIRECT);
  }

  @Test
  void anAuxiliaryWithOnlyItsSubjectEchoesAClaim(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "You say the old tools are all gone. Are they?")).isNull();
    assertThat(formOf(nlp, "The submitter carries the risk. Would the maintainer?")).isNull();
    assertThat(formOf(nlp, "Are they still maintained?")).isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "Is it safe?")).isEqualTo(QuestionForm.DIRECT);
  }

  @Test
  void aQuestionNamedByANounOrReportedAfterAColonIsNotPut(CoreNlpAnnotator nlp) {
    assertThat(formOf(nlp, "The delay is a side effect of \"who reviews the patch first?\""))
        .isNull();
    assertThat(formOf(nlp, "My first reaction was more along the lines \"do we really need"
        + " another tool?\"")).isNull();
    assertThat(formOf(nlp, "The index essentially asks: are you a user or a developer?"))
        .isNull();
    assertThat(formOf(nlp, "So I ask again: why is the flag needed?"))
        .isEqualTo(QuestionForm.DIRECT);
    assertThat(formOf(nlp, "The talk will be met by \"how is this different from devres?\""))
        .isNotNull();
    assertThat(formOf(nlp, "After James' reply (and Ana's), should we drop the flag?"))
        .isNotNull();
  }
}
