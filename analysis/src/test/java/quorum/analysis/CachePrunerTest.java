package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old versions' cached results go; the current, the recent and the newest few stay. */
class CachePrunerTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static Path version(Path threads, String name, Duration age) throws IOException {
    Path d = Files.createDirectories(threads.resolve(name));
    Files.writeString(d.resolve("abc.json"), "{}");
    Files.setLastModifiedTime(d, FileTime.from(NOW.minus(age)));
    return d;
  }

  @Test
  void removesAllButTheNewestOtherVersionsAndTheLegacyFiles(@TempDir Path cache) throws IOException {
    Path threads = Files.createDirectories(cache.resolve("threads"));
    Path current = version(threads, "current", Duration.ofDays(30));
    Path hourOld = version(threads, "v-hour", Duration.ofHours(1));
    Path[] days = new Path[6];
    for (int i = 0; i < days.length; i++) {
      days[i] = version(threads, "v-day" + (i + 2), Duration.ofDays(i + 2));
    }
    Path flatEntry = Files.writeString(threads.resolve("0123.json"), "{}");
    Path legacyAnnotation = Files.writeString(cache.resolve("feed.json"), "{}");
    Path annotation = Files.writeString(cache.resolve("feed.bin"), "x");

    CachePruner.prune(threads, "current", cache, NOW);

    // kept: the current one, then KEEP - 1 others by recency (the hour-old one among them)
    assertThat(current).exists();
    assertThat(hourOld).exists();
    assertThat(days[0]).exists();
    assertThat(days[1]).exists();
    for (int i = 2; i < days.length; i++) {
      assertThat(days[i]).doesNotExist();
    }
    assertThat(flatEntry).doesNotExist();
    assertThat(legacyAnnotation).doesNotExist();
    assertThat(annotation).exists();
  }

  @Test
  void keepsEveryVersionWrittenInTheLastDay(@TempDir Path cache) throws IOException {
    Path threads = Files.createDirectories(cache.resolve("threads"));
    for (int i = 0; i < 7; i++) {
      version(threads, "v" + i, Duration.ofMinutes(10 + i));
    }
    CachePruner.prune(threads, "current", cache, NOW);
    try (var s = Files.list(threads)) {
      assertThat(s.count()).isEqualTo(7);
    }
  }
}
