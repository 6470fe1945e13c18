package quorum.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.mail.Discussion;
import quorum.testing.CorpusLocator;

/** Streaming (bodies spooled, discussions handed out one by one) gives what collecting gives. */
class IngesterTest {
  @TempDir
  Path spool;

  @Test
  void streamingGivesTheSameDiscussionsAsCollecting() throws Exception {
    checkSame(CorpusLocator.root().resolve("corpus"));
  }

  @Test
  void streamingGivesTheSameDiscussionsOnARealArchive() throws Exception {
    checkSame(CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-2023.mbox"));
  }

  private void checkSame(Path input) throws Exception {
    IngestResult collected = new Ingester(IngestOptions.LENIENT).ingest(List.of(input));
    List<Discussion> streamed = new ArrayList<>();
    IngestResult result = new Ingester(IngestOptions.LENIENT).stream(List.of(input), spool,
        read -> { }, streamed::add);
    assertThat(collected.discussions()).isNotEmpty();
    assertThat(streamed).isEqualTo(collected.discussions());
    assertThat(result.discussions()).isEmpty();
    assertThat(result.diagnostics()).isEqualTo(collected.diagnostics());
    assertThat(List.of(result.read(), result.accepted(), result.duplicates(), result.rejected()))
        .isEqualTo(List.of(collected.read(), collected.accepted(), collected.duplicates(),
            collected.rejected()));
    try (var left = Files.list(spool)) {
      assertThat(left).as("spool deleted").isEmpty();
    }
  }
}
