package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Issue;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.question.Asked;
import quorum.analysis.question.QuestionFinder;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;

/**
 * The attachment ranker's features on a short invented review thread: a reply under a quoted
 * question that takes up its words marks that question as quoted, raised in the quoted
 * message and sharing the most words; the chain's choice is marked; an issue raised only in
 * a later message is no candidate.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AttachFeaturesTest {
  private static final String PROPOSAL = "This patch moves the writeback timeout knob into sysfs.";
  private static final String ASKED = "Should the new sysfs knob default to the old timeout"
      + " value for existing users?";
  private static final String REPLY = "Keeping the old timeout value as the default for"
      + " existing users sounds right to me.";
  private static final String LATER = "Could we document the knob in the admin guide too?";

  private record Setup(ThreadView view, IssueRegistry reg, Turn reply, Sentence said) {}

  private static Setup setup(CoreNlpAnnotator nlp) {
    ThreadView view = ThreadView.of(new Threads("[PATCH] writeback: move the timeout knob to sysfs")
        .message("m0", "Olga Ivanova", null, own(PROPOSAL))
        .message("m1", "Rafael Souza", "m0", quote(PROPOSAL), own(ASKED))
        .message("m2", "Ben Carter", "m1", quote(ASKED), own(REPLY))
        .message("m3", "Ana Kowalski", "m2", quote(REPLY), own(LATER))
        .build(), (key, text) -> nlp.annotate(text));
    List<Asked> asked = new QuestionFinder(Optional.empty()).find(view);
    IssueRegistry reg = new IssueRegistry(view, asked);
    Turn reply = view.turns().get(2);
    return new Setup(view, reg, reply, reply.sentences().get(0));
  }

  private static Issue issueStarting(IssueRegistry reg, String start) {
    return reg.issues().stream().filter(i -> i.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no issue " + start + " in " + reg.issues()));
  }

  @Test
  void theQuotedQuestionIsMarkedQuotedAndSharesTheMostWords(CoreNlpAnnotator nlp) {
    Setup x = setup(nlp);
    Issue question = issueStarting(x.reg(), "Should the new sysfs knob");
    Issue proposal = x.reg().proposal().orElseThrow();
    Map<Issue, List<String>> f = AttachFeatures.of(x.view(), x.reg(), x.reply(),
        x.reply().blockOf(x.said()), x.said(), proposal, List.of());
    assertThat(f.get(question)).contains("quoted", "from=quoted-message", "s.most",
        "kind=question", "back=1", "s.ov=3+").doesNotContain("rule");
    assertThat(f.get(proposal)).contains("rule", "rule&kind=proposal", "kind=proposal")
        .doesNotContain("quoted");
  }

  @Test
  void anIssueRaisedInALaterMessageIsNoCandidate(CoreNlpAnnotator nlp) {
    Setup x = setup(nlp);
    Issue later = issueStarting(x.reg(), "Could we document the knob");
    Issue proposal = x.reg().proposal().orElseThrow();
    Map<Issue, List<String>> f = AttachFeatures.of(x.view(), x.reg(), x.reply(),
        x.reply().blockOf(x.said()), x.said(), proposal, List.of());
    assertThat(f).doesNotContainKey(later).containsKey(proposal);
  }
}
