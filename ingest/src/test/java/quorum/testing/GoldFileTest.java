package quorum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
  @Test
  void readsTheSeedGold() throws IOException {
    GoldFile g = GoldFile.read(CorpusLocator.corpus("bpf-kfunc-stability-2023-01-17.gold.json"));
    assertThat(g.messages()).extracting(GoldFile.Message::key)
        .containsExactly("m0", "m1", "m2", "m3", "m4", "m5");
    assertThat(g.message("m0").hasTime()).isTrue();
    assertThat(g.message("m1").date()).contains("2023-01-17");
    assertThat(g.message("m1").hasTime()).isFalse();
    assertThat(g.message("m5").date()).isEmpty();
    assertThat(g.message("m5").authorInferred()).isTrue();
    assertThat(g.message("m5").messageId()).isEmpty();
    assertThat(g.chainTo("m5")).containsExactly("m0", "m1", "m2", "m3", "m4", "m5");
    assertThat(g.issues()).containsKey("must-vs-should");
    assertThat(g.json().path("questions").size()).isEqualTo(4);
  }

  @Test
  void readsTheOptionalMessageIdAndOrigin(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.gold.json");
    Files.writeString(f, "{\"schema\":\"quorum-gold/1\",\"messages\":[{\"key\":\"m0\","
        + "\"author\":\"A\",\"date\":null,\"parent\":null,\"message_id\":\"a@b\","
        + "\"origin\":\"mail\",\"depth\":0}]}");
    GoldFile.Message m = GoldFile.read(f).message("m0");
    assertThat(m.messageId()).contains("a@b");
    assertThat(m.origin()).contains("mail");
    assertThat(m.depth()).contains(0);
    assertThat(m.parent()).isEmpty();
  }

  @Test
  void refusesAnotherSchema(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.gold.json");
    Files.writeString(f, "{\"schema\":\"other/2\",\"messages\":[]}");
    assertThatThrownBy(() -> GoldFile.read(f)).hasMessageContaining("schema is [other/2]");
  }
}
