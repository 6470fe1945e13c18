package quorum.ingest.flat;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quorum.testing.CorpusLocator;

/**
 * Fuzzes {@link FlattenedText#recover}. The input (UTF-8) is flattened first, as a web archive
 * does (every line break a space, one final newline kept), so every run reaches the recovery;
 * a flattened corpus file is a seed as it is.
 *
 * <p>Invariant (the class's own contract): recovery only turns spaces into newlines, so the
 * result has the same length and the same characters everywhere else, quote markers included;
 * and text that still has line breaks comes back unchanged.
 */
class FlattenedTextFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void onlyTurnsSpacesIntoNewlines(byte[] input) {
    check(new String(input, StandardCharsets.UTF_8));
  }

  /** The flattened corpus, as seeds in the default suite. */
  @ParameterizedTest
  @ValueSource(strings = {"gmail-style-doubled-markers.txt", "mixed-marker-styles.txt",
      "nested-writes-and-wrote.txt", "patch-review-inline.txt"})
  void recoversTheFlattenedCorpus(String name) throws IOException {
    check(Files.readString(CorpusLocator.corpus("flattened/" + name)));
  }

  private static void check(String text) {
    String ending = text.endsWith("\n") ? "\n" : "";
    String flat = text.substring(0, text.length() - ending.length())
        .replace('\r', ' ').replace('\n', ' ') + ending;

    String recovered = FlattenedText.recover(flat);

    assertThat(recovered).hasSameSizeAs(flat);
    for (int i = 0; i < flat.length(); i++) {
      char in = flat.charAt(i);
      char out = recovered.charAt(i);
      if (in != out) {
        assertThat(in == ' ' && out == '\n').as("char %d: [%s] became [%s]", i, in, out).isTrue();
      }
    }
    assertThat(recovered.replace('\n', ' ')).isEqualTo(flat.replace('\n', ' '));
    String withoutEnding = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
        : text.substring(0, text.length() - ending.length());
    if (withoutEnding.indexOf('\n') >= 0 || withoutEnding.indexOf('\r') >= 0) {
      assertThat(FlattenedText.recover(text)).as("text with line breaks is left alone")
          .isEqualTo(text);
    }
  }
}
