package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Discussion;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * The answered/open reader's features on short invented threads: what the rules decided and
 * why, how the thread went on after the question, the first response's shape; and how a
 * model's verdict is applied to the questions found.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AnswerFeaturesTest {
  private static final String ASK = "Can we drop the autotools files in the next release?";

  private static ThreadView view(Discussion d, CoreNlpAnnotator nlp) {
    return ThreadView.of(d, (key, text) -> nlp.annotate(text));
  }

  private static List<String> featuresOf(ThreadView view, String startsWith) {
    List<Asked> found = new QuestionFinder(Optional.empty()).find(view);
    Asked a = found.stream().filter(q -> q.question().about().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no question " + startsWith + " in " + found));
    return AnswerFeatures.of(view, a, found);
  }

  @Test
  void aDirectReplyThatQuotesTheQuestionAndSaysYesIsReadAsSettlingIt(CoreNlpAnnotator nlp) {
    ThreadView v = view(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, own("The meson build covers every target now.\n" + ASK))
        .message("b1", "Aiko Sato", "b0", quote(ASK),
            own("Yes, the packagers I know all switched already."))
        .build(), nlp);
    assertThat(featuresOf(v, "Can we drop")).contains("bias", "rule=answered",
        "form=suggestion-as-question",
        "kind=polar", "opener", "place=last", "responses=1", "settling=1", "responders=1",
        "children=1", "first-reading=concedes", "first-opens=yes", "first-direct",
        "first-quotes-question", "first-lem=packager")
        .doesNotContain("asker-responds", "first-asks");
  }

  @Test
  void aQuestionNobodyTookUpHasNoResponseFeatures(CoreNlpAnnotator nlp) {
    ThreadView v = view(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, own("The meson build covers every target now.\n" + ASK))
        .build(), nlp);
    List<String> f = featuresOf(v, "Can we drop");
    assertThat(f).contains("rule=open", "responses=0", "responders=0", "later=0", "children=0");
    assertThat(f).noneMatch(x -> x.startsWith("first-"));
  }

  @Test
  void aReplyThatAsksBackAndTheAskerComingBackAreRead(CoreNlpAnnotator nlp) {
    ThreadView v = view(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, own("The meson build covers every target now.\n" + ASK))
        .message("b1", "Aiko Sato", "b0", quote(ASK),
            own("Have you asked the packagers what they still use?"))
        .message("b2", "Tomas Novak", "b1", quote("Have you asked the packagers what they still use?"),
            own("Not yet, I will ask them this week."))
        .build(), nlp);
    assertThat(featuresOf(v, "Can we drop")).contains("rule=responded-not-resolved",
        "first-reading=asks_back", "first-asks", "settling=0", "later=1-2", "asker-below");
  }

  @Test
  void aModelThatReadsEveryQuestionAsOpenLeavesNoResponseSettling(CoreNlpAnnotator nlp) {
    ThreadView v = view(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, own("The meson build covers every target now.\n" + ASK))
        .message("b1", "Aiko Sato", "b0", quote(ASK),
            own("Yes, the packagers I know all switched already."))
        .build(), nlp);
    List<Asked> ruled = new QuestionFinder(Optional.empty()).find(v);
    AnswerModel open = AnswerModel.parse("margin\t0\nscope\tall\nbias\t-5\n");
    List<Asked> read = open.apply(v, ruled);
    assertThat(read).hasSize(ruled.size());
    assertThat(read.get(0).question().status()).isEqualTo(QuestionStatus.RESPONDED_NOT_RESOLVED);
    assertThat(read.get(0).question().responses()).extracting(Response::resolves)
        .containsOnly(false);
    // and one that reads it as answered gives it back, its responder settling it
    List<Asked> back = AnswerModel.parse("bias\t5\n").apply(v, read);
    assertThat(back.get(0).question().status()).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(back.get(0).question().responses().get(0).resolves()).isTrue();
  }
}
