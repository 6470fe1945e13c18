package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import quorum.ingest.IngestOptions;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;

/**
 * Reads the peer corpora in ../shared/peer-corpora (notmuch's test corpora and the ksummit
 * archive): every file gives a message, nothing is rejected, nothing throws.
 */
class PeerCorporaReadTest {
  /** Folder and file count, from peer-corpora/notmuch/README.md ("files" column). */
  static Stream<Arguments> notmuchFolders() {
    return Stream.of(Arguments.of("lkml", 210), Arguments.of("default", 53),
        Arguments.of("broken", 4), Arguments.of("duplicate", 9), Arguments.of("html", 2),
        Arguments.of("threading", 12), Arguments.of("attachment", 2),
        Arguments.of("indexing", 2), Arguments.of("insert", 1), Arguments.of("mangling", 1));
  }

  @ParameterizedTest
  @MethodSource("notmuchFolders")
  void readsEveryNotmuchFile(String folder, int files) throws Exception {
    Path dir = CorpusLocator.sharedOrSkip("peer-corpora/notmuch/" + folder);
    CollectingVisitor c = CollectingVisitor.read(dir);
    assertThat(c.rejected).isEmpty();
    assertThat(c.messages).hasSize(files);
    assertThat(c.messages).allSatisfy(m -> assertThat(m.key().value()).isNotBlank());
  }

  @Test
  void readsKsummitArchiveAsMboxrd() throws Exception {
    CollectingVisitor c = new CollectingVisitor();
    MailReader reader = new MailReader(IngestOptions.LENIENT);
    for (int year = 2021; year <= 2026; year++) {
      reader.read(CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox"), c);
    }
    assertThat(c.rejected).isEmpty();
    assertThat(c.messages).hasSize(3115);
    assertThat(c.messages).allSatisfy(m -> {
      assertThat(m.key().value()).isNotBlank();
      assertThat(m.key().isSynthetic()).isFalse();
    });
    assertThat(c.diagnostics).isEmpty();
  }

  @Test
  void unescapesTheKsummitFromLines() throws Exception {
    // ksummit/README.md: 20 body lines matching ^>+From  were escaped by the archive (mboxrd).
    List<String> escaped = new ArrayList<>();
    Set<String> bodyLines = new HashSet<>();
    MailReader reader = new MailReader(IngestOptions.LENIENT);
    for (int year = 2021; year <= 2026; year++) {
      Path mbox = CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox");
      try (Stream<String> lines = Files.lines(mbox, StandardCharsets.ISO_8859_1)) {
        lines.filter(l -> l.matches(">+From .*")).forEach(escaped::add);
      }
      CollectingVisitor c = new CollectingVisitor();
      reader.read(mbox, c);
      c.messages.forEach(m -> m.body().lines().map(String::stripTrailing)
          .forEach(bodyLines::add));
    }
    assertThat(escaped).hasSize(20);
    for (String line : escaped) {
      // one '>' removed; the text is ASCII at the start, so compare the first 25 characters
      String original = line.substring(0, Math.min(line.length(), 26));
      String unescaped = original.substring(1);
      assertThat(bodyLines.stream().anyMatch(b -> b.startsWith(unescaped)))
          .as("a body line starts with [%s]", unescaped).isTrue();
      assertThat(bodyLines.stream().noneMatch(b -> b.startsWith(original)))
          .as("no body line keeps the escape [%s]", original).isTrue();
    }
  }
}
