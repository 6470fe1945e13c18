package quorum.ingest.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.mail.Message;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;
import quorum.testing.PeerMail;

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
  void readsKsummitArchive() throws Exception {
    // PeerMail fails on any rejection or diagnostic while reading
    List<Message> all = PeerMail.ksummit();
    assertThat(all).hasSize(3115);
    assertThat(all).allSatisfy(m -> assertThat(m.key().isSynthetic()).isFalse());
    assertThat(all.stream().map(m -> m.key().value()).distinct()).hasSize(3112);
  }

  @Test
  void unescapesTheKsummitFromLines() throws Exception {
    // ksummit/README.md: 20 body lines matching ^>+From  were escaped by the archive (mboxrd).
    List<String> escaped = new ArrayList<>();
    for (int year = 2021; year <= 2026; year++) {
      Path mbox = CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox");
      try (Stream<String> lines = Files.lines(mbox, StandardCharsets.ISO_8859_1)) {
        lines.filter(l -> l.startsWith(">") && l.replaceFirst("^>+", "").startsWith("From "))
            .forEach(escaped::add);
      }
    }
    Set<String> bodyLines = new HashSet<>();
    PeerMail.ksummit().forEach(m -> m.body().lines().forEach(bodyLines::add));
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
