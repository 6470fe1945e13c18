package quorum.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.question.AnswerModel;
import quorum.analysis.testing.NlpExtension;

/**
 * The answered/open trainer on a tiny invented thread: each question the rules find and the
 * evaluator matches is a row labelled by the gold status (answered, or open for any other),
 * features tied to too few threads are dropped, and the same gold gives the same model text.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AnswerTrainerTest {
  private static String message(int n, String from, String parent, String body) {
    return "From " + from + "@example.org Mon Feb 20 21:1" + n + ":00 2023\n"
        + "From: " + from + " <" + from + "@example.org>\n"
        + "Subject: " + (parent == null ? "" : "Re: ") + "build: drop the autotools files?\n"
        + "Date: Mon, 20 Feb 2023 21:1" + n + ":00 +0000\n"
        + "Message-ID: <m" + n + "@example.org>\n"
        + (parent == null ? "" : "In-Reply-To: <" + parent + "@example.org>\n")
        + "\n" + body + "\n\n";
  }

  private static final String DROP = "Can we drop the autotools files in the next release?";
  private static final String WHO = "Who still builds with autotools today?";

  /** Two questions: the first answered, the second only asked back. */
  private static Path thread(Path dir) throws Exception {
    String mbox = message(0, "tomas", null, "The meson build covers every target now.\n\n"
            + DROP + "\n\n" + "Separately, the docs still mention the old scripts.\n\n" + WHO)
        + message(1, "aiko", "m0", "> " + DROP + "\n\nYes, the packagers I know all switched.\n\n"
            + "> " + WHO + "\n\nWhy does it matter who still builds with it?");
    Files.writeString(dir.resolve("autotools.mbox"), mbox);
    Path g = dir.resolve("autotools.gold.json");
    Files.writeString(g, """
        {"schema": "quorum-gold/1", "source": "autotools.mbox", "thread_subject": "drop the autotools files",
         "messages": [{"key": "m0", "author": "tomas", "parent": null},
                      {"key": "m1", "author": "aiko", "parent": "m0"}],
         "questions": [
           {"asker": "tomas", "in": "m0", "about": "Can we drop the autotools files in the next release?",
            "form": "direct", "status": "answered", "responses": []},
           {"asker": "tomas", "in": "m0", "about": "Who still builds with autotools today?",
            "form": "direct", "status": "responded-not-resolved", "responses": []}]}
        """);
    return g;
  }

  private static AnswerTrainer trainer(CoreNlpAnnotator nlp) {
    return new AnswerTrainer(new AnnotationCache(nlp, Optional.empty()));
  }

  private static final AnswerTrainer.Options TINY =
      new AnswerTrainer.Options(1.0, 0.0, 1, AnswerModel.Scope.ALL);

  @Test
  void eachMatchedQuestionIsLabelledByItsGoldStatus(@TempDir Path dir, CoreNlpAnnotator nlp)
      throws Exception {
    Path g = thread(dir);
    List<AnswerTrainer.Example> rows = trainer(nlp).examples(g, new GoldThreads());
    assertThat(rows).extracting(AnswerTrainer.Example::label).containsExactly("answered", "open");
    assertThat(rows.get(0).features()).contains("bias", "rule=answered");
    assertThat(rows).extracting(AnswerTrainer.Example::thread).containsOnly("autotools.gold.json");
  }

  @Test
  void theSameGoldGivesTheSameModelByteForByte(@TempDir Path dir, CoreNlpAnnotator nlp)
      throws Exception {
    Path g = thread(dir);
    AnswerTrainer.Result r = trainer(nlp).train(List.of(g), TINY);
    assertThat(r.rows()).containsEntry("answered", 1).containsEntry("open", 1);
    assertThat(r.model()).startsWith("# quorum answered/open model").contains("\nmargin\t0\n",
        "\nscope\tall\n", "\nbias\t");
    assertThat(trainer(nlp).train(List.of(g), TINY).model()).isEqualTo(r.model());
  }

  @Test
  void aFeatureSeenInTooFewThreadsIsNotLearned() {
    List<AnswerTrainer.Example> rows = List.of(
        new AnswerTrainer.Example("a.gold.json", "answered", List.of("bias", "first-opens=yes",
            "first-lem=autotools")),
        new AnswerTrainer.Example("b.gold.json", "answered", List.of("bias", "first-opens=yes")),
        new AnswerTrainer.Example("a.gold.json", "open", List.of("bias", "first-lem=autotools")));
    String model = AnswerTrainer.fit(rows, new AnswerTrainer.Options(1.0, 0.0, 2,
        AnswerModel.Scope.ALL), 2).model();
    assertThat(model).contains("\nfirst-opens=yes\t").doesNotContain("first-lem=autotools");
  }
}
