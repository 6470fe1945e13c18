package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionForm;

/**
 * Asking without a question mark by requesting a confirmation or a decision, and a question
 * quoted in single quotes inside the writer's own statement.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class ConfirmRequestTest {
  @Test
  void correctMeIfImWrongAsksAboutTheSentenceBefore(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH v3] doc: tool disclosure")
        .message("p0", "Steve Ross", null, Threads.own("I talked with Dave at the conference and"
            + " I believe he plans another version of this document.\n(Dave, correct me if I'm"
            + " wrong.)"))
        .build());
    assertThat(a.questions()).hasSize(1);
    Question q = a.questions().get(0);
    assertThat(q.form()).isEqualTo(QuestionForm.INDIRECT);
    assertThat(q.about()).startsWith("I talked with Dave");
  }

  @Test
  void letMeKnowAfterAnOfferAsksForADecision(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH v5] doc: tool disclosure")
        .message("p0", "Jon Cole", null, Threads.own("The wording still needs one more pass."
            + "\nBut if you are tired of this, I'm happy to apply this version as well, let me"
            + " know."))
        .build());
    assertThat(a.questions()).extracting(Question::form).containsExactly(QuestionForm.INDIRECT);
  }

  @Test
  void letMeKnowIfYouHaveQuestionsClosesAMailAndAsksNothing(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] doc: tool disclosure")
        .message("p0", "Jon Cole", null, Threads.own("This adds a section on tool disclosure."
            + "\nLet me know if you have any comments."))
        .build());
    assertThat(a.questions()).isEmpty();
  }

  @Test
  void aQuestionQuotedInSingleQuotesIsReported(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Validating MAINTAINERS entries")
        .message("m0", "Rob Hale", null, Threads.own("Yes, because checkpatch was run on the"
            + " patch adding the files and it tells you 'added file, need a MAINTAINERS"
            + " entry?'"))
        .build());
    assertThat(a.questions()).isEmpty();
  }
}
