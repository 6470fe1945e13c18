package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quorum.analysis.testing.Fixtures;
import quorum.analysis.testing.SeedLike;
import quorum.analysis.testing.Threads;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.analysis.normative.NormativeOption;
import quorum.analysis.normative.NormativeUse;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Rfc2119;
import quorum.mail.Stance;

/** The whole analysis on the seed's exchange rebuilt by hand (no models). */
class AnalyzerTest {
  private final ThreadAnalysis a =
      new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT).analyze(SeedLike.discussion());

  @Test
  void findsTheFourQuestionsWithFormAndStatus() {
    assertThat(a.questions()).extracting(q -> q.evidence().in().value(), Question::form, Question::status)
        .containsExactly(
            tuple("m1", QuestionForm.DIRECT, QuestionStatus.RESPONDED_NOT_RESOLVED),
            tuple("m3", QuestionForm.SUGGESTION_AS_QUESTION, QuestionStatus.OPEN),
            tuple("m3", QuestionForm.INDIRECT, QuestionStatus.ANSWERED),
            tuple("m4", QuestionForm.RHETORICAL, QuestionStatus.ANSWERED));
  }

  @Test
  void aGoodQuestionReplyAndARepeatedAskDoNotSettleIt() {
    Question ban = a.questions().get(0);
    assertThat(ban.responses()).extracting(r -> r.in().value(), r -> r.resolves())
        .containsExactly(tuple("m2", false), tuple("m5", false));
    assertThat(a.questions().get(2).responses()).extracting(r -> r.in().value(), r -> r.resolves())
        .containsExactly(tuple("m4", true));
    assertThat(a.questions().get(3).responses()).extracting(r -> r.in().value(), r -> r.resolves())
        .containsExactly(tuple("m5", true));
  }

  @Test
  void readsEachParticipantsStancePerIssue() {
    Map<String, String> issueOf = a.issues().stream().collect(Collectors.toMap(Issue::id, Issue::text));
    assertThat(a.issues()).extracting(Issue::kind).containsExactly(Issue.Kind.PROPOSAL,
        Issue.Kind.QUESTION, Issue.Kind.QUESTION, Issue.Kind.QUESTION);
    assertThat(a.positions()).extracting(p -> p.who().display(), p -> issueOf.get(p.issue()).substring(0, 12),
        Position::stance).containsExactlyInAnyOrder(
            tuple("Toke Høiland-Jørgensen", "bpf/docs: do", Stance.SUPPORT),
            tuple("Toke Høiland-Jørgensen", "To clarify, ", Stance.NEUTRAL),
            tuple("Stanislav Fomichev", "Might be wor", Stance.SUPPORT),
            tuple("Stanislav Fomichev", "The only thi", Stance.CONCERN),
            tuple("Alexei Starovoitov", "The only thi", Stance.OPPOSE),
            tuple("Stanislav Fomichev", "To clarify, ", Stance.DEFERS));
  }

  @Test
  void saysNothingWasDecided() {
    assertThat(a.decided()).isFalse();
    assertThat(a.decisions()).extracting(Decision::issue, Decision::status).containsExactly(
        tuple("i1", DecisionStatus.PROPOSED), tuple("i2", DecisionStatus.OPEN),
        tuple("i3", DecisionStatus.OPEN));
  }

  @Test
  void findsTheLowerCaseMustAndTheMustVersusShouldDebate() {
    NormativeUse k = a.normative().stream().filter(n -> n.place() == NormativeUse.Place.ADDED)
        .filter(n -> n.keyword().equals(Optional.of(Rfc2119.MUST))).findFirst().orElseThrow();
    assertThat(k.capitalized()).isFalse();
    assertThat(k.evidence().in().value()).isEqualTo("m0");
    assertThat(k.debated()).isTrue();
    assertThat(k.options()).extracting(NormativeOption::option).containsExactly("MUST", "SHOULD");
    assertThat(k.options()).allMatch(r -> r.by().display().equals("Stanislav Fomichev"));
  }

  @Test
  void gradesTheWeakenedRewording() {
    assertThat(a.strengthChanges()).singleElement().satisfies(c -> {
      assertThat(c.beforeGrade()).isEqualTo(5);
      assertThat(c.afterGrade()).isEqualTo(2);
      assertThat(c.after()).contains("may need to");
    });
  }

  @Test
  void appliedThanksSettlesTheProposal() {
    ThreadAnalysis applied = new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT).analyze(
        new Threads("[PATCH] x").message("p0", "A", null, Threads.own(Fixtures.THIS_PATCH_ADDS.text()),
            Threads.patch("+Callers may pass NULL.")).message("p1", "B", "p0",
            Threads.quote("Callers may pass NULL."), Threads.own(Fixtures.APPLIED_THANKS.text()),
            Threads.trailer("Acked-by", "C")).build());
    assertThat(applied.decided()).isTrue();
    assertThat(applied.decisions()).extracting(Decision::issue, Decision::status)
        .containsExactly(tuple("i1", DecisionStatus.AGREED));
    assertThat(applied.positions()).extracting(p -> p.who().display(), Position::stance)
        .contains(tuple("C", Stance.SUPPORT));
  }

  @Test
  void printsTheIssueSchemaAsAJsonTree() {
    Map<String, Object> tree = AnalysisJson.tree(a);
    assertThat(tree).containsKeys("subject", "questions", "issues", "positions", "decisions", "normative");
    assertThat(AnalysisText.summary(a)).contains("No decision was reached.").contains("defers");
  }
}
