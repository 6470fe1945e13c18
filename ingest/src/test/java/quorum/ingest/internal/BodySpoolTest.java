package quorum.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodySpoolTest {
  @TempDir
  Path dir;

  @Test
  void readsBackEveryTextExactly() throws Exception {
    String big = "x".repeat(3 << 20); // larger than the write buffer
    String[] texts = {"", "plain ASCII\n> quoted\n", "Høiland-Jørgensen wrote: ✓ 𝄞", big,
        "lone high \uD800 and lone low \uDC00 surrogates", "after the big one"};
    try (BodySpool spool = BodySpool.in(dir)) {
      int[] handles = new int[texts.length];
      for (int i = 0; i < texts.length; i++) {
        handles[i] = spool.put(texts[i]);
        assertThat(spool.get(handles[0])).isEqualTo(texts[0]); // reads between writes
      }
      for (int i = texts.length - 1; i >= 0; i--) {
        assertThat(spool.get(handles[i])).isEqualTo(texts[i]);
      }
      assertThatThrownBy(() -> spool.get(texts.length)).isInstanceOf(IllegalArgumentException.class);
    }
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void deletesOnlyLeftoverSpools() throws Exception {
    Files.writeString(dir.resolve("quorum-bodies-123.spool"), "killed run");
    Files.writeString(dir.resolve("segments_1"), "not ours");
    BodySpool.deleteLeftovers(dir);
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(dir.resolve("segments_1"));
    }
  }
}
