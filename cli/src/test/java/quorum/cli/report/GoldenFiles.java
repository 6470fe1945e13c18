package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import quorum.testing.CorpusLocator;

/**
 * Golden-file assertions (STYLE.md §8): output is compared byte for byte with
 * {@code cli/src/test/resources/golden/x.golden.ext}; on a difference (or when the golden is
 * missing) {@code x.actual.ext} is written beside it and the test fails. Run with
 * {@code -Dquorum.golden.update=true} to accept the current output on purpose.
 */
final class GoldenFiles {
  private GoldenFiles() {}

  static Path dir() {
    return CorpusLocator.root().resolve("cli/src/test/resources/golden");
  }

  static void assertMatches(String name, String ext, String actual) throws IOException {
    Path golden = dir().resolve(name + ".golden." + ext);
    Path actualFile = dir().resolve(name + ".actual." + ext);
    if (Boolean.getBoolean("quorum.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      Files.deleteIfExists(actualFile);
      return;
    }
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      Files.deleteIfExists(actualFile);
      return;
    }
    Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
    assertThat(expected)
        .as("%s differs from %s (or is missing); compare with %s, and regenerate on purpose with "
            + "-Dquorum.golden.update=true", actualFile, golden, actualFile)
        .isEqualTo(actual);
  }
}
