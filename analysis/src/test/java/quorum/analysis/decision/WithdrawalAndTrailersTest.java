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
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Trailer;

/** A proposer withdrawing, a passive remark about history, and review trailers. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class WithdrawalAndTrailersTest {
  private static final Issue PROPOSAL = new Issue("i1", "[PATCH] frob: drop the legacy ioctl",
      Issue.Kind.PROPOSAL, Participant.named("A"), new MessageKey("m0"), "");

  private static Sentence parse(CoreNlpAnnotator nlp, String text) {
    List<Sentence> ss = nlp.annotate(text);
    return ss.get(ss.size() - 1);
  }

  @Test
  void aProposerWithdrawingRejectsTheProposal(CoreNlpAnnotator nlp) {
    Sentence s = parse(nlp, "I withdraw this patch.");
    assertThat(DecisionFinder.statusOf(s)).contains(DecisionStatus.REJECTED);
    assertThat(DecisionFinder.judgesSubmission(s, Optional.of(PROPOSAL))).isTrue();
    Sentence line = parse(nlp, "Let's drop this sentence.");
    assertThat(DecisionFinder.judgesSubmission(line, Optional.of(PROPOSAL))).isFalse();
  }

  @Test
  void aPassiveAboutThePastIsNoVerdict(CoreNlpAnnotator nlp) {
    assertThat(DecisionFinder.statusOf(parse(nlp, "The old flag was merged in 2019."))).isEmpty();
    assertThat(DecisionFinder.statusOf(parse(nlp, "The request was rejected last year.")))
        .isEmpty();
  }

  @Test
  void onlyNacksRejectSupportKeepsItProposed() {
    Trailer nack = trailer("Nacked-by", "B");
    Trailer ack = trailer("Acked-by", "C");
    assertThat(ReviewTrailers.nackedOnly(List.of(nack, trailer("Nacked-by", "D")))).isTrue();
    assertThat(ReviewTrailers.nackedOnly(List.of(nack, ack))).isFalse();
    assertThat(ReviewTrailers.nackedOnly(List.of(ack))).isFalse();
    assertThat(ReviewTrailers.nackedOnly(List.of())).isFalse();
  }

  private static Trailer trailer(String tag, String who) {
    return new Trailer(LineSpan.of(1, 1), 0, tag + ": " + who + " <x@example.org>", tag,
        Participant.named(who));
  }
}
