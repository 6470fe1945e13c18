package quorum.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.position.StanceModel;
import quorum.analysis.testing.S;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.mail.Stance;

/**
 * The stance trainer on a tiny invented thread: it labels each own-text sentence with the
 * stance of the gold position whose evidence it matches, learns to read those stances back,
 * and writes the same model text every time.
 */
class StanceTrainerTest {
  static final Sentence SOUNDS_GREAT = S.of("That sounds great to me.",
      "That|DT|that sounds|VBZ|sound great|JJ|great to|IN|to me|PRP|I .|.|.",
      "nsubj(2,1) root(0,2) xcomp(2,3) case(5,4) obl:to(2,5) punct(2,6)");
  static final Sentence DONT_THINK_GOOD_IDEA = S.of("I don't think this is a good idea.",
      "I|PRP|I do|VBP|do n't|RB|not think|VB|think this|DT|this is|VBZ|be a|DT|a good|JJ|good idea|NN|idea .|.|.",
      "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) nsubj(9,5) cop(9,6) det(9,7) amod(9,8) ccomp(4,9) punct(4,10)");
  static final Sentence WRONG_LAYER = S.of("This is the wrong layer to fix it.",
      "This|DT|this is|VBZ|be the|DT|the wrong|JJ|wrong layer|NN|layer to|TO|to fix|VB|fix it|PRP|it .|.|.",
      "nsubj(5,1) cop(5,2) det(5,3) amod(5,4) root(0,5) mark(7,6) acl:to(5,7) obj(7,8) punct(5,9)");
  static final Sentence TESTED_ON_ARM = S.of("I tested it on two arm boards.",
      "I|PRP|I tested|VBD|test it|PRP|it on|IN|on two|CD|two arm|NN|arm boards|NNS|board .|.|.",
      "nsubj(2,1) root(0,2) obj(2,3) case(7,4) nummod(7,5) compound(7,6) obl:on(2,7) punct(2,8)");

  private static final String PROPOSAL = "We propose to move the timeout knob into sysfs.";

  private static String message(int n, String from, String parent, String body) {
    return "From " + from + "@example.org Mon Feb 20 21:1" + n + ":00 2023\n"
        + "From: " + from + " <" + from + "@example.org>\n"
        + "Subject: " + (parent == null ? "" : "Re: ") + "[RFC] move the timeout knob\n"
        + "Date: Mon, 20 Feb 2023 21:1" + n + ":00 +0000\n"
        + "Message-ID: <m" + n + "@example.org>\n"
        + (parent == null ? "" : "In-Reply-To: <" + parent + "@example.org>\n")
        + "\n" + body + "\n\n";
  }

  /** A proposal and four replies: two support, two oppose, one sentence takes no side. */
  private static Path thread(Path dir) throws Exception {
    String mbox = message(0, "olga", null, PROPOSAL)
        + message(1, "ann", "m0", "> " + PROPOSAL + "\n\n" + SOUNDS_GREAT.text())
        + message(2, "bob", "m0", "> " + PROPOSAL + "\n\n" + DONT_THINK_GOOD_IDEA.text())
        + message(3, "carl", "m0", "> " + PROPOSAL + "\n\n" + WRONG_LAYER.text() + " "
            + TESTED_ON_ARM.text())
        + message(4, "dora", "m0", "> " + PROPOSAL + "\n\n" + SOUNDS_GREAT.text());
    Files.writeString(dir.resolve("knob.mbox"), mbox);
    String gold = """
        {"schema": "quorum-gold/1", "source": "knob.mbox", "thread_subject": "move the timeout knob",
         "messages": [{"key": "m0", "author": "olga", "parent": null},
                      {"key": "m1", "author": "ann", "parent": "m0"},
                      {"key": "m2", "author": "bob", "parent": "m0"},
                      {"key": "m3", "author": "carl", "parent": "m0"},
                      {"key": "m4", "author": "dora", "parent": "m0"}],
         "issues": {"knob": "move the timeout knob into sysfs"},
         "positions": [
           {"participant": "ann", "issue": "knob", "stance": "support", "in": "m1", "evidence": "That sounds great to me."},
           {"participant": "bob", "issue": "knob", "stance": "oppose", "in": "m2", "evidence": "I don't think this is a good idea."},
           {"participant": "carl", "issue": "knob", "stance": "opposes", "in": "m3", "evidence": "This is the wrong layer to fix it."},
           {"participant": "dora", "issue": "knob", "stance": "support", "in": "m4", "evidence": "That sounds great to me."}]}
        """;
    Path g = dir.resolve("knob.gold.json");
    Files.writeString(g, gold);
    return g;
  }

  private static StanceTrainer trainer() {
    return new StanceTrainer(new AnnotationCache(new ScriptedAnnotator(SOUNDS_GREAT,
        DONT_THINK_GOOD_IDEA, WRONG_LAYER, TESTED_ON_ARM), Optional.empty()));
  }

  private static final StanceTrainer.Options TINY =
      new StanceTrainer.Options(1.0, 0.0, 1, StanceModel.Use.GAPS);

  @Test
  void eachSentenceTakesTheStanceOfTheGoldEvidenceItMatches(@TempDir Path dir) throws Exception {
    Path g = thread(dir);
    List<StanceTrainer.Example> rows = trainer().examples(g, new GoldThreads());
    assertThat(rows).extracting(StanceTrainer.Example::label)
        .containsExactly("support", "oppose", "oppose", "none", "support");
  }

  @Test
  void learnsToReadTheLabelledStancesBack(@TempDir Path dir) throws Exception {
    Path g = thread(dir);
    StanceTrainer.Result r = trainer().train(List.of(g), TINY);
    assertThat(r.rows()).containsEntry("support", 2).containsEntry("oppose", 2)
        .containsEntry("none", 1);
    StanceModel m = StanceModel.parse(r.model());
    List<StanceTrainer.Example> rows = trainer().examples(g, new GoldThreads());
    assertThat(m.read(rows.get(0).features())).contains(Stance.SUPPORT);
    assertThat(m.read(rows.get(1).features())).contains(Stance.OPPOSE);
    assertThat(m.read(rows.get(3).features())).isEmpty();
  }

  @Test
  void theSameGoldGivesTheSameModelByteForByte(@TempDir Path dir) throws Exception {
    Path g = thread(dir);
    assertThat(trainer().train(List.of(g), TINY).model())
        .isEqualTo(trainer().train(List.of(g), TINY).model());
  }

  @Test
  void aFeatureSeenInTooFewThreadsIsNotLearned() {
    List<StanceTrainer.Example> rows = List.of(
        new StanceTrainer.Example("a.gold.json", "support", List.of("bias", "lem=great", "lem=knob")),
        new StanceTrainer.Example("b.gold.json", "support", List.of("bias", "lem=great")),
        new StanceTrainer.Example("a.gold.json", "none", List.of("bias", "lem=knob")));
    String model = StanceTrainer.fit(rows, new StanceTrainer.Options(1.0, 0.0, 2,
        StanceModel.Use.GAPS), 2).model();
    assertThat(model).contains("\nlem=great\t").doesNotContain("lem=knob");
  }

  @Test
  void featuresNameTheRulesReadingThePlaceAndTheLemmas(@TempDir Path dir) throws Exception {
    Path g = thread(dir);
    assertThat(trainer().examples(g, new GoldThreads()).get(0).features())
        .contains("bias", "quoted", "rule=support", "lem=sound");
  }
}
