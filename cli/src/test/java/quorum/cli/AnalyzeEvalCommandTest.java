package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import quorum.testing.CorpusLocator;

/** {@code analyze} and {@code eval} end to end on the seed, with the real CoreNLP models. */
@Tag("nlp")
class AnalyzeEvalCommandTest {
  private static final String SEED = "bpf-kfunc-stability-2023-01-17";

  @Test
  void analyzeJsonCarriesQuestionsPositionsDecisionsAndNormativeKeywords() throws Exception {
    CliRunner r = CliRunner.run("analyze", "--json", "--no-cache",
        CorpusLocator.corpus(SEED + ".txt").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode thread = new ObjectMapper().readTree(r.out()).get("threads").get(0);
    assertThat(thread.get("questions")).hasSize(4);
    assertThat(thread.get("positions")).isNotEmpty();
    JsonNode must = null;
    for (JsonNode n : thread.get("normative")) {
      if (n.get("keyword").asText().equals("must") && n.get("place").asText().equals("added")) {
        must = n;
      }
    }
    assertThat(must).as("the lower-case must of the patch").isNotNull();
    assertThat(must.get("capitalized").asBoolean()).isFalse();
    assertThat(must.get("debated").asBoolean()).isTrue();
    assertThat(must.get("options").get(0).get("option").asText()).isEqualTo("MUST");
    assertThat(must.get("options").get(0).get("by").asText()).isEqualTo("Stanislav Fomichev");
  }

  @Test
  void evalPrintsEveryFigurePerFileAndOverall() {
    CliRunner r = CliRunner.run("eval", "--no-cache",
        CorpusLocator.corpus(SEED + ".gold.json").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("== overall (1 file)").contains("questions P/R/F1")
        .contains("answered/open accuracy").contains("stance accuracy").contains("decision P/R/F1")
        .contains("normative keyword recall").containsPattern("reply-tree parent accuracy +1.000");
  }

  @Test
  void evalSkipsHeldOutFilesUnlessAsked() {
    CliRunner r = CliRunner.run("eval", "--no-cache",
        CorpusLocator.corpus("ksummit-labels/embargoed-code-quality-2023.gold.json").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("no gold files to score (held-out files skipped");
  }
}
