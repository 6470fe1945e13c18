package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  @Test
  void replacesTheTargetAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("sub/report.html");
    AtomicFile.write(target, "one");
    AtomicFile.write(target, "two");
    assertThat(target).hasContent("two");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }
}
