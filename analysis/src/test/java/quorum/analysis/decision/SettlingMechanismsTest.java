package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Issue;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;
import quorum.mail.DecisionStatus;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * The settling mechanisms of {@link DecisionFinder} on short sentences parsed for real:
 * verdicts on the submission, consensus summaries over several points, which unanswered
 * questions leave a point open, and discussion topics.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class SettlingMechanismsTest {
  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(ss.size() - 1);
  }

  private static final Issue PROPOSAL = issue("i1", "Freeze exception request: libfoo 2.4 -> 2.5: "
      + "Please consider a freeze exception for libfoo 2.5.", Issue.Kind.PROPOSAL);

  private static Issue issue(String id, String text, Issue.Kind kind) {
    return new Issue(id, text, kind, Participant.named("A"), new MessageKey("m0"), "");
  }

  @Test
  void aPassiveVerdictOnTheRequestSettlesTheProposal(CoreNlpAnnotator nlp) {
    Sentence rejected = parse(nlp, "So the unblock request for 2.5 is rejected.");
    assertThat(DecisionFinder.statusOf(rejected)).contains(DecisionStatus.REJECTED);
    assertThat(DecisionFinder.judgesSubmission(rejected, Optional.of(PROPOSAL))).isTrue();
    Sentence granted = parse(nlp, "Freeze exception granted, as long as the flag stays off by default.");
    assertThat(DecisionFinder.statusOf(granted)).contains(DecisionStatus.AGREED);
    assertThat(DecisionFinder.judgesSubmission(granted, Optional.of(PROPOSAL))).isTrue();
    Sentence notIn = parse(nlp, "This is not going in.");
    assertThat(DecisionFinder.statusOf(notIn)).contains(DecisionStatus.REJECTED);
    assertThat(DecisionFinder.judgesSubmission(notIn, Optional.of(PROPOSAL))).isTrue();
  }

  @Test
  void concessionsAndIdiomsAreNoVerdicts(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp, "Granted, the old interface is ugly."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp, "I guess it won't take long."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp,
        "I wonder whether the series gets merged at all."))).isEmpty();
    // a passive verdict on a point of its own stays with that point
    Sentence rule = parse(nlp, "The selftest rule is rejected.");
    assertThat(DecisionFinder.judgesSubmission(rule, Optional.of(PROPOSAL))).isFalse();
  }

  @Test
  void aConsensusSummarySettlesEveryPointItNames(CoreNlpAnnotator nlp) {
    Sentence s = parse(nlp, "Thanks all, that settles it: opaque buffers in 3.0, the three "
        + "accessors in 2.9, and the plugin ABI frozen from 3.0 on.");
    assertThat(DecisionFinder.statusOf(s)).contains(DecisionStatus.AGREED);
    assertThat(Summary.sums(s)).isTrue();
    Issue abi = issue("i1", "RFC: freeze the plugin ABI for the 3.x series", Issue.Kind.PROPOSAL);
    Issue accessors = issue("i2", "Could we ship the three accessors before the freeze?", Issue.Kind.QUESTION);
    Issue other = issue("i3", "Who writes the porting script?", Issue.Kind.QUESTION);
    assertThat(Summary.alsoSettled(s, false, List.of(abi, accessors, other), Optional.empty()))
        .containsExactly(abi, accessors);
    // asked for a v2 in the same message: the proposal itself is not agreed yet
    assertThat(Summary.alsoSettled(s, true, List.of(abi, accessors, other), Optional.empty()))
        .containsExactly(accessors);
    assertThat(Summary.asksForRespin(List.of(parse(nlp, "Please send a v2 with that.")))).isTrue();
  }

  @Test
  void sharedKeywordsAloneDoNotTieASummaryToAPoint(CoreNlpAnnotator nlp) {
    Sentence s = parse(nlp, "So let's go with MUST NOT plus the padding clarification, and "
        + "keep the rest at should.");
    Issue reserved = issue("i2", "Reserved fields SHOULD be zeroed; the kernel MUST reject them.",
        Issue.Kind.ANCHOR);
    assertThat(Summary.alsoSettled(s, false, List.of(reserved), Optional.empty())).isEmpty();
  }

  @Test
  void questionsForFactsOrErrandsLeaveNothingOpen(CoreNlpAnnotator nlp) {
    assertThat(OpenPoint.leftOpen(parse(nlp, "Which firmware version do your boards run?"))).isFalse();
    assertThat(OpenPoint.leftOpen(parse(nlp, "In that workflow, how does a reviewer enter review data?")))
        .isFalse();
    assertThat(OpenPoint.leftOpen(parse(nlp, "Zoe, could you share the boot log?"))).isFalse();
    assertThat(OpenPoint.leftOpen(parse(nlp, "Can you give an example of a slow review?"))).isFalse();
    assertThat(OpenPoint.asksWhatExists(parse(nlp, "Do we have numbers on how many plugins break?")))
        .isTrue();
    assertThat(OpenPoint.asksWhatExists(parse(nlp, "Any specific tag we can use to make this easier?")))
        .isTrue();
    assertThat(OpenPoint.asksWhatExists(parse(nlp, "Should the old names keep working?"))).isFalse();
  }

  @Test
  void questionsAboutWhatToDoStayOpen(CoreNlpAnnotator nlp) {
    assertThat(OpenPoint.leftOpen(parse(nlp, "Why MUST NOT here rather than SHOULD NOT?"))).isTrue();
    assertThat(OpenPoint.leftOpen(parse(nlp, "What about the old ioctl?"))).isTrue();
    assertThat(OpenPoint.leftOpen(parse(nlp, "What process should we use for large changes?"))).isTrue();
    assertThat(OpenPoint.leftOpen(parse(nlp, "Are we banning new helpers from now on?"))).isTrue();
    assertThat(OpenPoint.leftOpen(parse(nlp, "Would you accept 2.5, or should I backport the fix?")))
        .isTrue();
    assertThat(OpenPoint.leftOpen(parse(nlp,
        "What I care about is the upgrade path: is there a plan to rewrite the old names?"))).isTrue();
  }

  @Test
  void aTopicPutUpForDiscussionIsNoProposalToAgreeTo() {
    assertThat(DiscussionTopic.is("[TECH TOPIC] Forges and mail review", false,
        "Forges and mail review")).isTrue();
    assertThat(DiscussionTopic.is("Merge trees", false,
        "Merge trees: I'd like to propose this as a discussion topic this year")).isTrue();
    assertThat(DiscussionTopic.is("[PATCH] docs: discussion of the topic", false, "x")).isFalse();
    assertThat(DiscussionTopic.is("Stable kfuncs", true,
        "Following up on the discussion, this patch adds a description")).isFalse();
    assertThat(DiscussionTopic.is("Proposal: drop i386 from the installer images", false,
        "Proposal: drop i386 from the installer images")).isFalse();
  }
}
