package quorum.ingest.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A task's own failure reaches the waiting thread as the task threw it. */
class FuturesTest {
  @Test
  void returnsTheResultAndRethrowsAnUncheckedFailureAsItWas() {
    assertThat(Futures.join(CompletableFuture.completedFuture("x"), "testing")).isEqualTo("x");
    IllegalArgumentException bad = new IllegalArgumentException("bad input");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(bad), "testing")).isSameAs(bad);
    OutOfMemoryError oom = new OutOfMemoryError("heap");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(oom), "testing")).isSameAs(oom);
  }

  @Test
  void wrapsACheckedFailureAndSaysWhatWasAwaitedWhenInterrupted() {
    IOException io = new IOException("disk");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(io), "testing"))
        .isInstanceOf(IllegalStateException.class).hasCause(io);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Futures.join(new CompletableFuture<String>(), "parsing"))
          .isInstanceOf(IllegalStateException.class).hasMessage("interrupted while parsing");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
