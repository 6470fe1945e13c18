package quorum.analysis.temperature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static quorum.analysis.testing.Fixtures.*;

import org.junit.jupiter.api.Test;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.Temperature;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.analysis.testing.Threads;
import quorum.mail.QuestionStatus;

/**
 * A proposal that one reviewer disagrees with, another challenges ("why can't this wait?")
 * and a third Nacks is heated, with those three messages as its drivers; the same proposal
 * with only a "+1" is calm.
 */
class ThermometerTest {
  private static final String LINE = "Callers must check the return value of every call.";

  private static Analyzer analyzer() {
    return new Analyzer(new ScriptedAnnotator(THIS_PATCH_ADDS, THOUGHTS, DO_NOT_AGREE,
        WHY_CANT_THIS_WAIT, PLUS_ONE_FROM_ME), AnalysisOptions.DEFAULT);
  }

  @Test
  void disagreementChallengesAndNacksHeatAThread() {
    ThreadAnalysis a = analyzer().analyze(new Threads("[PATCH] x")
        .message("p0", "A", null, Threads.own(THIS_PATCH_ADDS.text() + " " + THOUGHTS.text()),
            Threads.patch("+" + LINE))
        .message("p1", "B", "p0", Threads.quote(LINE), Threads.own(DO_NOT_AGREE.text()))
        .message("p2", "C", "p0", Threads.quote(THIS_PATCH_ADDS.text()),
            Threads.own(WHY_CANT_THIS_WAIT.text()))
        .message("p3", "D", "p0", Threads.own("Sorry."), Threads.trailer("Nacked-by", "D"))
        .build());
    Temperature t = a.temperature();
    assertThat(t.drivers()).extracting(d -> d.message().value(), d -> d.who().display(),
        Temperature.Driver::kind).containsExactly(
            tuple("p1", "B", Temperature.Kind.OPPOSES),
            tuple("p2", "C", Temperature.Kind.OPPOSES),
            tuple("p3", "D", Temperature.Kind.NACK));
    assertThat(t.points()).isEqualTo(7);
    assertThat(t.score()).isEqualTo(7.0 / 11);
    assertThat(t.level()).isEqualTo(Temperature.Level.HEATED);
    assertThat(t.contested()).isPositive(); // the author supports what D Nacks
  }

  @Test
  void agreementIsCalmAndAThoughtsQuestionIsAnsweredByAReply() {
    ThreadAnalysis a = analyzer().analyze(new Threads("[PATCH] x")
        .message("p0", "A", null, Threads.own(THIS_PATCH_ADDS.text() + " " + THOUGHTS.text()))
        .message("p1", "C", "p0", Threads.own(PLUS_ONE_FROM_ME.text()))
        .build());
    assertThat(a.temperature().points()).isZero();
    assertThat(a.temperature().level()).isEqualTo(Temperature.Level.CALM);
    assertThat(a.questions()).singleElement()
        .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED));
    assertThat(a.issues()).noneMatch(i -> i.text().equals(THOUGHTS.text()));
  }
}
