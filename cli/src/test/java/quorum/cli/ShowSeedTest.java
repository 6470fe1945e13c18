package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quorum.testing.CorpusLocator;

/**
 * {@code quorum show --json} on the seed thread (a flattened web-archive copy) against its
 * human gold labels: one thread, six messages, the right authors, parents and dates.
 */
class ShowSeedTest {
  private static final String SEED = "bpf-kfunc-stability-2023-01-17";
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void seedShowsOneThreadOfSixMessagesMatchingGold() throws Exception {
    Path seed = CorpusLocator.corpus(SEED + ".txt");
    JsonNode gold = json.readTree(CorpusLocator.corpus(SEED + ".gold.json").toFile());

    CliRunner r = CliRunner.run("show", "--json", seed.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode out = json.readTree(r.out());
    assertThat(out.get("schema").asText()).isEqualTo("quorum/1");
    assertThat(out.get("threads")).hasSize(1);
    JsonNode messages = out.get("threads").get(0).get("messages");
    JsonNode goldMessages = gold.get("messages");
    assertThat(messages).hasSize(goldMessages.size());

    // map our ids to gold keys by position (both oldest first), then compare parents by key
    Map<String, String> goldKeyOf = new HashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      goldKeyOf.put(messages.get(i).get("id").asText(), goldMessages.get(i).get("key").asText());
    }
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode ours = messages.get(i);
      JsonNode want = goldMessages.get(i);
      authors.add(ours.get("author").get("name").asText());
      assertThat(ours.get("author").get("name").asText()).as("author of " + want.get("key"))
          .isEqualTo(want.get("author").asText());
      String parent = ours.get("parent").isNull() ? null : goldKeyOf.get(ours.get("parent").asText());
      assertThat(parent).as("parent of " + want.get("key"))
          .isEqualTo(want.get("parent").isNull() ? null : want.get("parent").asText());
      assertThat(ours.get("author").get("inferred").asBoolean()).as("inferred " + want.get("key"))
          .isEqualTo(want.has("author_source"));
      String goldDate = want.get("date").isNull() ? null : want.get("date").asText();
      if (goldDate != null && goldDate.contains("T")) {
        assertThat(ours.get("date").asText()).as("date of " + want.get("key")).startsWith(goldDate);
      }
    }
    assertThat(authors).containsExactly("Toke Høiland-Jørgensen", "Stanislav Fomichev",
        "Toke Høiland-Jørgensen", "Stanislav Fomichev", "Alexei Starovoitov", "Stanislav Fomichev");
    assertThat(messages.get(5).get("origin").asText()).isEqualTo("mail");
    assertThat(messages.get(0).get("origin").asText()).isEqualTo("quoted");
    assertThat(messages.get(5).get("text").asText())
        .startsWith("Exactly why I'm going to support whatever decision");
    assertThat(messages.get(4).get("text").asText()).contains("git grep bpf_jit_supports_kfunc_call")
        .doesNotContain("Exactly why");
  }

  @Test
  void seedTreeTextIsIndentedOneLevelPerReply() {
    CliRunner r = CliRunner.run("show", CorpusLocator.corpus(SEED + ".txt").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).contains("[6 messages]");
    assertThat(lines.get(1)).startsWith("* Toke Høiland-Jørgensen");
    assertThat(lines.get(6)).startsWith("          └─ Stanislav Fomichev (inferred)");
  }
}
