package quorum.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars (me.tongfei:progressbar, a small, well-kept library rather than our own
 * terminal code). They draw on stderr only when stderr is an interactive terminal and the user
 * did not ask for quiet; otherwise they draw nothing, so pipes and logs stay clean.
 */
final class Progress {
  private Progress() {}

  /** A bar of unknown length that counts messages and shows messages/s. */
  static ProgressBar messages(String task, boolean wanted) {
    return build(new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
        .setUnit(" msg", 1).showSpeed(), wanted);
  }

  /** A bar over {@code total} items of the named unit. */
  static ProgressBar count(String task, String unit, long total, boolean wanted) {
    return build(new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1),
        wanted);
  }

  private static ProgressBar build(ProgressBarBuilder b, boolean wanted) {
    b.setUpdateIntervalMillis(250)
        .setStyle(Terminal.styled() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII);
    if (wanted && Terminal.interactive()) {
      b.setConsumer(new ConsoleProgressBarConsumer(System.err));
    } else {
      b.setConsumer(new ConsoleProgressBarConsumer(new PrintStream(OutputStream.nullOutputStream())));
    }
    return b.build();
  }
}
