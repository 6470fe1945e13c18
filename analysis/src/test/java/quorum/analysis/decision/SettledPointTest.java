package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.DecisionStatus;

/** An answered question settles a point only when it put a change up for decision. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class SettledPointTest {
  @Test
  void anAnsweredQuestionAboutFactsDecidesNothing(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] make the buffer struct opaque")
        .message("p0", "Rosa Lind", null, Threads.own("I propose to make the buffer struct opaque"
            + " in 3.0 and add accessors."))
        .message("p1", "Sven Aho", "p0", Threads.quote("I propose to make the buffer struct"
            + " opaque in 3.0 and add accessors."), Threads.own("Do we have numbers on how many"
            + " plugins touch its fields directly?"))
        .message("p2", "Rosa Lind", "p1", Threads.quote("Do we have numbers on how many plugins"
            + " touch its fields directly?"), Threads.own("Thirty of the forty plugins in the"
            + " registry do, all through the same three fields."))
        .build());
    assertThat(a.decisions()).noneMatch(d -> d.status() == DecisionStatus.AGREED
        && d.gist().startsWith("Thirty"));
  }
}
