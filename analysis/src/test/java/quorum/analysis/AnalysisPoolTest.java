package quorum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The analysis pool takes the waiting task of highest rank first, ties in submission order. */
class AnalysisPoolTest {
  @Test
  void runsFindersFirstThenTheLongestMessages() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    try (AnalysisPool pool = new AnalysisPool(1)) {
      // the one worker is busy until released, so everything below waits in the queue
      CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> await(release), pool.at(0));
      List<CompletableFuture<Void>> all = List.of(
          CompletableFuture.runAsync(() -> ran.add("short"), pool.at(40)),
          CompletableFuture.runAsync(() -> ran.add("long"), pool.at(1_300)),
          CompletableFuture.runAsync(() -> ran.add("finders"), pool.at(AnalysisPool.FIRST)),
          CompletableFuture.runAsync(() -> ran.add("middle, first"), pool.at(400)),
          CompletableFuture.runAsync(() -> ran.add("middle, second"), pool.at(400)));
      release.countDown();
      busy.get(10, TimeUnit.SECONDS);
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }
    assertThat(ran).containsExactly("finders", "long", "middle, first", "middle, second", "short");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
