package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatchTextTest {
  @Test
  void readsFilesAndChangedLines() {
    PatchText p = PatchText.of("diff --git a/kernel/bpf/verifier.c b/kernel/bpf/verifier.c\n"
        + "index 1..2 100644\n--- a/kernel/bpf/verifier.c\n+++ b/kernel/bpf/verifier.c\n"
        + "@@ -1,2 +1,2 @@\n context\n-old line\n+new line\n"
        + "diff --git a/new.rst b/new.rst\n--- /dev/null\n+++ b/new.rst\t2023-01-01\n+hello\n");
    assertThat(p.files()).containsExactly("kernel/bpf/verifier.c", "new.rst");
    assertThat(p.added()).containsExactly("new line", "hello");
    assertThat(p.removed()).containsExactly("old line");
  }
}
