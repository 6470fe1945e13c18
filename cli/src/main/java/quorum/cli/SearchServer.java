package quorum.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Answers {@code quorum search} for one index from one long-lived process: a search run in its
 * own process pays for the JVM's start and for loading and compiling the search path every
 * time (about 400 ms of a 450 ms small search, bench/RESULTS.md); here that is paid once. Each
 * request runs the same {@link SearchCommand} a local search runs, on a fresh reader of the
 * index, so it sees what ingest committed since and prints byte for byte the same. Requests are
 * answered one after the other; a search takes milliseconds once warm.
 */
final class SearchServer implements AutoCloseable {
  private final Path index;
  private final Path socket;
  private final Duration idleLimit;
  private final ServerSocketChannel channel;
  private volatile long lastActivity = System.nanoTime();
  private volatile boolean idledOut;
  private volatile int served;

  /**
   * Binds the socket, replacing a stale one (left by a server that was killed) but never a live
   * one. {@code idleLimit} zero: never stop for idleness.
   */
  SearchServer(Path realIndex, Path socket, Duration idleLimit) throws IOException, AlreadyServedException {
    this.index = realIndex;
    this.socket = socket;
    this.idleLimit = idleLimit;
    if (Files.exists(socket)) {
      if (answers(socket)) {
        throw new AlreadyServedException(socket);
      }
      Files.delete(socket);
    }
    channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.bind(UnixDomainSocketAddress.of(socket));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Another server already listens on the socket. */
  static final class AlreadyServedException extends Exception {
    AlreadyServedException(Path socket) {
      super("another quorum serve already answers on " + socket);
    }
  }

  private static boolean answers(Path socket) {
    try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Answers requests until {@link #close} or the idle limit; returns how many it answered. */
  int serve() throws IOException {
    Thread watch = idleLimit.isZero() ? null : startIdleWatch();
    try {
      while (true) {
        SocketChannel client;
        try {
          client = channel.accept();
        } catch (ClosedChannelException closed) {
          return served;  // closed while waiting, or between two clients
        }
        lastActivity = System.nanoTime();
        try (client) {
          answer(client);
          served++;
        } catch (IOException gone) {
          // the client went away mid-answer (its output was closed, say `| head`): nothing to
          // answer any more, and the next client is unaffected
        }
        lastActivity = System.nanoTime();
      }
    } finally {
      if (watch != null) {
        watch.interrupt();
      }
    }
  }

  /** How many searches it answered so far. */
  int answered() {
    return served;
  }

  boolean idledOut() {
    return idledOut;
  }

  private Thread startIdleWatch() {
    Thread t = new Thread(() -> {
      try {
        while (true) {
          long idle = System.nanoTime() - lastActivity;
          long left = idleLimit.toNanos() - idle;
          if (left <= 0) {
            idledOut = true;
            close();
            return;
          }
          Thread.sleep(Math.max(1, left / 1_000_000));
        }
      } catch (InterruptedException | IOException stopped) {
        // the server stopped first
      }
    }, "quorum-serve-idle");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void answer(SocketChannel client) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
    SearchRequest request = SearchRequest.readFrom(in);
    if (request == null || !request.build().equals(SearchRequest.currentBuild())
        || !request.index().equals(index) || !Charset.isSupported(request.charset())) {
      ServedFrames.refuse(out);
      return;
    }
    Charset charset = Charset.forName(request.charset());
    PrintWriter stdout = writer(out, ServedFrames.OUT, charset);
    PrintWriter stderr = writer(out, ServedFrames.ERR, charset);
    int code;
    try {
      code = Terminal.styledAs(request.styled(), () -> SearchFastPath.run(request.command(), stdout, stderr));
    } catch (Exception e) {
      stdout.flush();
      code = Main.reportFailure(e, stderr, false);
    }
    stdout.flush();
    stderr.flush();
    ServedFrames.exit(out, code);
  }

  private static PrintWriter writer(DataOutputStream socket, byte kind, Charset charset) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new ServedFrames.FrameOutput(socket, kind), charset)), false);
  }

  /**
   * Removes the socket, so searches run in their own process again, then stops listening. In
   * that order: {@link #serve} returns when the channel closes, and its caller may count on the
   * socket being gone by then.
   */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(socket);
    } finally {
      channel.close();
    }
  }
}
