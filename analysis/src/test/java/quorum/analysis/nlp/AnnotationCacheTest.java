package quorum.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.analysis.testing.Fixtures;
import quorum.analysis.testing.ScriptedAnnotator;
import quorum.mail.MessageKey;

class AnnotationCacheTest {
  private static final MessageKey KEY = new MessageKey("abc@example.org");
  private static final String TEXT = Fixtures.GOOD_QUESTION.text() + " " + Fixtures.FINE_EITHER_WAY.text();

  @Test
  void annotatesEachMessageOnceInMemory() {
    ScriptedAnnotator ann = new ScriptedAnnotator(Fixtures.GOOD_QUESTION, Fixtures.FINE_EITHER_WAY);
    AnnotationCache cache = new AnnotationCache(ann, Optional.empty());
    assertThat(cache.sentences(KEY, TEXT)).hasSize(2);
    assertThat(cache.sentences(KEY, TEXT)).hasSize(2);
    assertThat(ann.calls()).isEqualTo(1);
    assertThat(cache.hits()).isEqualTo(1);
  }

  @Test
  void aChangedTextIsAnnotatedAgain() {
    ScriptedAnnotator ann = new ScriptedAnnotator(Fixtures.GOOD_QUESTION, Fixtures.FINE_EITHER_WAY);
    AnnotationCache cache = new AnnotationCache(ann, Optional.empty());
    cache.sentences(KEY, TEXT);
    assertThat(cache.sentences(KEY, Fixtures.GOOD_QUESTION.text())).hasSize(1);
    assertThat(ann.calls()).isEqualTo(2);
  }

  @Test
  void aSecondProcessReadsTheDiskCache(@TempDir Path dir) throws Exception {
    ScriptedAnnotator first = new ScriptedAnnotator(Fixtures.GOOD_QUESTION, Fixtures.FINE_EITHER_WAY);
    var written = new AnnotationCache(first, Optional.of(dir)).sentences(KEY, TEXT);
    ScriptedAnnotator second = new ScriptedAnnotator();
    AnnotationCache again = new AnnotationCache(second, Optional.of(dir));
    assertThat(again.sentences(KEY, TEXT)).isEqualTo(written);
    assertThat(second.calls()).isZero();
  }

  @Test
  void anUnreadableCacheFileIsIgnored(@TempDir Path dir) throws Exception {
    ScriptedAnnotator ann = new ScriptedAnnotator(Fixtures.GOOD_QUESTION, Fixtures.FINE_EITHER_WAY);
    new AnnotationCache(ann, Optional.of(dir)).sentences(KEY, TEXT);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "{not json");
      }
    }
    AnnotationCache again = new AnnotationCache(ann, Optional.of(dir));
    assertThat(again.sentences(KEY, TEXT)).hasSize(2);
    assertThat(ann.calls()).isEqualTo(2);
  }

  @Test
  void theDiskFormGivesBackEverySentenceTokenAndEdge() throws Exception {
    AnnotationCache.Entry e = new AnnotationCache.Entry(KEY.value(), AnnotationCache.sha256(TEXT),
        List.of(Fixtures.GOOD_QUESTION, Fixtures.FINE_EITHER_WAY));
    assertThat(AnnotationCodec.decode(AnnotationCodec.encode(e))).isEqualTo(e);
  }

  @Test
  void aTruncatedCacheFileIsAnnotatedAgain(@TempDir Path dir) throws Exception {
    ScriptedAnnotator ann = new ScriptedAnnotator(Fixtures.GOOD_QUESTION, Fixtures.FINE_EITHER_WAY);
    new AnnotationCache(ann, Optional.of(dir)).sentences(KEY, TEXT);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 5));
      }
    }
    AnnotationCache again = new AnnotationCache(ann, Optional.of(dir));
    assertThat(again.sentences(KEY, TEXT)).hasSize(2);
    assertThat(ann.calls()).isEqualTo(2);
  }
}
