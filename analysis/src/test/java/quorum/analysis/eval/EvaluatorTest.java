package quorum.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.analysis.AnalysisException;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.MessageRef;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.testing.SeedLike;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Stance;
import quorum.testing.CorpusLocator;

/** The scorer on the seed's gold, with a right prediction and one with known errors. */
class EvaluatorTest {
  private static final double EPS = 1e-9;
  private final Gold gold = read();
  private final ThreadAnalysis right =
      new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT).analyze(SeedLike.discussion());

  private static Gold read() {
    try {
      return Gold.read(CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.gold.json"));
    } catch (AnalysisException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void scoresTheRightPredictionFully() {
    Scores s = new Evaluator().score(right, gold);
    assertThat(s.questionF1()).isEqualTo(1.0);
    assertThat(s.statusAccuracy()).isEqualTo(1.0);
    assertThat(s.formAccuracy()).isEqualTo(1.0);
    assertThat(s.stanceAccuracy()).isEqualTo(1.0);
    assertThat(s.normativeRecall()).isEqualTo(1.0);
    assertThat(s.debatedCorrect()).isEqualTo(1);
    assertThat(s.parentAccuracy()).isEqualTo(1.0);
    // the proposal is reported as "proposed"; the gold lists only the two open issues
    assertThat(s.decisionPrecision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.decisionRecall()).isEqualTo(1.0);
    assertThat(s.decisionF1()).isCloseTo(0.8, within(EPS));
  }

  @Test
  void countsEachKnownError() {
    Scores s = new Evaluator().score(withErrors(right), gold);
    assertThat(s.questionsFound()).isEqualTo(4);
    assertThat(s.questionsMatched()).isEqualTo(3);
    assertThat(s.questionPrecision()).isCloseTo(0.75, within(EPS));
    assertThat(s.questionRecall()).isCloseTo(0.75, within(EPS));
    assertThat(s.statusAccuracy()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.stanceAccuracy()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(s.decisionPrecision()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(s.decisionRecall()).isCloseTo(0.5, within(EPS));
    assertThat(s.decisionF1()).isCloseTo(0.4, within(EPS));
    assertThat(s.normativeRecall()).isZero();
    assertThat(s.parentAccuracy()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(s.format()).contains("questions P/R/F1             0.750 / 0.750 / 0.750");
  }

  @Test
  void sumsScoresOverFiles() {
    Scores one = new Evaluator().score(right, gold);
    Scores two = one.plus(new Evaluator().score(withErrors(right), gold));
    assertThat(two.questionsGold()).isEqualTo(8);
    assertThat(two.questionRecall()).isCloseTo(7.0 / 8, within(EPS));
  }

  @Test
  void ingestsAThreadSplitAcrossTwoArchivesAsOneThread(@TempDir Path dir) throws Exception {
    String name = "widget-uapi-must-not-vs-should-not";
    String mbox = Files.readString(CorpusLocator.corpus("rfc-debates/" + name + ".mbox"));
    int half = mbox.indexOf("\nFrom ", mbox.length() / 2) + 1;
    Files.writeString(dir.resolve("list-2023.mbox"), mbox.substring(0, half));
    Files.writeString(dir.resolve("list-2024.mbox"), mbox.substring(half));
    String gold = Files.readString(CorpusLocator.corpus("rfc-debates/" + name + ".gold.json"));
    String source = "\"source\": \"" + name + ".mbox\"";
    assertThat(gold).contains(source);
    Path both = dir.resolve("both.gold.json");
    Files.writeString(both, gold.replace(source, "\"source\": [\"list-2023.mbox\", \"list-2024.mbox\"]"));
    Path first = dir.resolve("first.gold.json");
    Files.writeString(first, gold.replace(source, "\"source\": \"list-2023.mbox\""));
    Analyzer analyzer = new Analyzer(SeedLike.annotator(), AnalysisOptions.DEFAULT);

    Scores whole = new Evaluator().evaluate(both, analyzer).scores();
    Scores part = new Evaluator().evaluate(first, analyzer).scores();

    assertThat(Gold.read(both).sources()).containsExactly("list-2023.mbox", "list-2024.mbox");
    assertThat(whole.messagesMatched()).isEqualTo(whole.messagesGold());
    assertThat(whole.parentAccuracy()).isEqualTo(1.0);
    assertThat(part.messagesMatched()).isLessThan(part.messagesGold());
  }

  @Test
  void rejectsAFileThatIsNotGold(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("x.gold.json"), "{\"schema\":\"other\"}");
    assertThatThrownBy(() -> Gold.read(f)).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("not a quorum-gold/1 file");
  }

  @Test
  void matchesNamesWithoutAccents() {
    assertThat(Evaluator.sameName(Participant.named("Toke Hoiland-Jorgensen"), "Toke Høiland-Jørgensen")).isTrue();
    assertThat(Evaluator.sameName(Participant.named("Toke"), "Toke Høiland-Jørgensen")).isFalse();
  }

  /**
   * Known errors: the rhetorical question dropped and a spurious one added in m0; the first
   * question marked answered; Alexei's stance flipped to support; the helper-ban issue marked
   * agreed; the keyword marked capitalized; m4 hung under m1.
   */
  static ThreadAnalysis withErrors(ThreadAnalysis a) {
    List<Question> qs = new ArrayList<>(a.questions().subList(0, 3));
    Question q1 = qs.get(0);
    qs.set(0, new Question(q1.asker(), q1.about(), q1.form(), QuestionStatus.ANSWERED, q1.responses(), q1.evidence()));
    qs.add(new Question(Participant.named("Toke Høiland-Jørgensen"), "is anything spurious here",
        QuestionForm.DIRECT, QuestionStatus.OPEN, List.of(),
        Evidence.of(new MessageKey("m0"), LineSpan.of(1, 1), "is anything spurious here?")));
    List<Position> ps = new ArrayList<>();
    for (Position p : a.positions()) {
      ps.add(p.who().display().startsWith("Alexei")
          ? new Position(p.who(), p.issue(), Stance.SUPPORT, p.evidence()) : p);
    }
    List<Decision> ds = new ArrayList<>();
    for (Decision d : a.decisions()) {
      ds.add(d.issue().equals("i2")
          ? new Decision(d.issue(), DecisionStatus.AGREED, d.gist(), d.by(), d.evidence()) : d);
    }
    List<NormativeUse> ns = new ArrayList<>();
    for (NormativeUse k : a.normative()) {
      ns.add(new NormativeUse(k.asWritten(), k.keyword(), true, k.by(), k.strength(), k.place(),
          k.evidence(), k.debated(), k.options(), k.resolvedTo()));
    }
    List<MessageRef> ms = new ArrayList<>();
    for (MessageRef m : a.messages()) {
      ms.add(m.key().value().equals("m4")
          ? new MessageRef(m.key(), m.author(), m.date(), Optional.of(new MessageKey("m1")), m.provenance()) : m);
    }
    return new ThreadAnalysis(a.subject(), ms, qs, a.issues(), ps, ds, ns, a.strengthChanges(), true,
        a.temperature());
  }

  @Test
  void listsANormativeKeywordFoundButDebatedDifferentlyFromTheGold() {
    List<NormativeUse> flipped = new ArrayList<>();
    for (NormativeUse k : right.normative()) {
      flipped.add(new NormativeUse(k.asWritten(), k.keyword(), k.capitalized(), k.by(),
          k.strength(), k.place(), k.evidence(), !k.debated(), k.options(), k.resolvedTo()));
    }
    ThreadAnalysis a = new ThreadAnalysis(right.subject(), right.messages(), right.questions(),
        right.issues(), right.positions(), right.decisions(), flipped, right.strengthChanges(),
        right.decided(), right.temperature());
    assertThat(new Evaluator().misses(right, gold)).noneMatch(m -> m.startsWith("normative debated"));
    assertThat(new Evaluator().misses(a, gold)).anyMatch(m -> m.startsWith("normative debated: ")
        && m.contains("gold debated, found not debated"));
  }

  @Test
  void alignsIssuesTheSameWayOnEveryRunByGoldFileOrder() {
    // every gold issue ties with every other on the one found issue: the first in the file wins
    java.util.Map<String, String> gold = new java.util.LinkedHashMap<>();
    for (String k : List.of("zeta", "alpha", "mid", "beta", "omega", "gamma", "delta")) {
      gold.put(k, "stable driver probe order");
    }
    Gold g = new Gold(Path.of("x.gold.json"), List.of("x.mbox"), "x", List.of(), List.of(), gold, List.of(), List.of(), List.of());
    assertThat(g.issues().keySet()).containsExactly("zeta", "alpha", "mid", "beta", "omega", "gamma", "delta");
    quorum.analysis.Issue found = new quorum.analysis.Issue("i1", "stable driver probe order",
        quorum.analysis.Issue.Kind.POINT, Participant.of("A", "a@example.org"), new MessageKey("m"), "");
    assertThat(Evaluator.alignIssues(List.of(found), g.issues())).containsExactly(java.util.Map.entry("zeta", "i1"));
  }
}
