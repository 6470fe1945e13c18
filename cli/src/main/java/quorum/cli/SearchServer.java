package quorum.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import quorum.index.QuorumIndex;

/**
 * Answers {@code quorum search} for one index from one long-lived process: a search run in its
 * own process pays for the JVM's start and for loading and compiling the search path every
 * time (about 400 ms of a 450 ms small search, bench/RESULTS.md); here that is paid once, and
 * the index stays open between searches (each search reopens only what ingest committed since,
 * so it sees new mail). Each request runs the same {@link SearchCommand} a local search runs
 * and prints byte for byte the same. Requests are answered one after the other; a search takes
 * milliseconds once warm. Where it listens, and how a search and the server know each other,
 * is {@link ServeEndpoint}'s.
 */
final class SearchServer implements AutoCloseable {
  /** How long a connection may take to prove it is this user's search before it is dropped. */
  private static final int TOKEN_WAIT_MILLIS = 5_000;

  private final Path index;
  private final Path endpointFile;
  private final Duration idleLimit;
  private final ServerSocket listener;
  private final ServeEndpoint endpoint;
  private volatile long lastActivity = System.nanoTime();
  private volatile boolean idledOut;
  private volatile int served;
  /** The index, open between searches; only the accept loop's thread touches it. */
  private QuorumIndex open;

  /**
   * Listens on a free loopback port and publishes it in {@code endpointFile}, replacing a file
   * left by a server that was killed but never a live server's. {@code idleLimit} zero: never
   * stop for idleness.
   */
  SearchServer(Path realIndex, Path endpointFile, Duration idleLimit) throws IOException, AlreadyServedException {
    this.index = realIndex;
    this.endpointFile = endpointFile;
    this.idleLimit = idleLimit;
    if (answers(endpointFile)) {
      throw new AlreadyServedException(endpointFile);
    }
    Files.deleteIfExists(endpointFile);
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    endpoint = ServeEndpoint.fresh(listener.getLocalPort());
    try {
      endpoint.publish(endpointFile);
    } catch (FileAlreadyExistsException raced) {
      listener.close();
      throw new AlreadyServedException(endpointFile);  // another server published first
    } catch (IOException | RuntimeException e) {
      listener.close();
      throw e;
    }
  }

  /** Another server already answers for the index. */
  static final class AlreadyServedException extends Exception {
    AlreadyServedException(Path endpointFile) {
      super("another quorum serve already answers for " + endpointFile);
    }
  }

  /**
   * Whether a live server answers at the endpoint in {@code file}. One that accepts but is busy
   * with a long search counts as live; one that answers with the wrong token, or nobody at the
   * port, does not.
   */
  static boolean answers(Path file) {
    Optional<ServeEndpoint> e = ServeEndpoint.read(file);
    if (e.isEmpty()) {
      return false;
    }
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), e.get().port()), 2_000);
      probe.setSoTimeout(2_000);
      ServeEndpoint.send(probe.getOutputStream(), e.get().clientToken());
      return ServeEndpoint.receives(probe.getInputStream(), e.get().serverToken());
    } catch (SocketTimeoutException busy) {
      return true;
    } catch (IOException gone) {
      return false;
    }
  }

  /** Answers requests until {@link #close} or the idle limit; returns how many it answered. */
  int serve() throws IOException {
    Thread watch = idleLimit.isZero() ? null : startIdleWatch();
    try {
      while (true) {
        Socket client;
        try {
          client = listener.accept();
        } catch (SocketException closed) {
          if (listener.isClosed()) {
            return served;  // closed while waiting, or between two clients
          }
          continue;  // a connection reset before it was accepted
        }
        lastActivity = System.nanoTime();
        try (client) {
          if (answer(client)) {
            served++;
          }
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
      closeIndex();
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

  /** Answers one connection; false when it was not a search of this user's (nothing is said). */
  private boolean answer(Socket client) throws IOException {
    client.setTcpNoDelay(true);  // frames are flushed whole: no waiting for more to send
    client.setSoTimeout(TOKEN_WAIT_MILLIS);
    DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
    try {
      if (!ServeEndpoint.receives(in, endpoint.clientToken())) {
        return false;
      }
    } catch (SocketTimeoutException silent) {
      return false;  // a connection that says nothing must not hold up the searches behind it
    }
    client.setSoTimeout(0);
    ServeEndpoint.send(out, endpoint.serverToken());
    SearchRequest request = SearchRequest.readFrom(in);
    if (request == null || !request.build().equals(SearchRequest.currentBuild())
        || !request.index().equals(index) || !Charset.isSupported(request.charset())) {
      ServedFrames.refuse(out);
      return false;
    }
    Charset charset = Charset.forName(request.charset());
    PrintWriter stdout = writer(out, ServedFrames.OUT, charset);
    PrintWriter stderr = writer(out, ServedFrames.ERR, charset);
    int code = Terminal.styledAs(request.styled(), () -> run(request.command(), stdout, stderr));
    stdout.flush();
    stderr.flush();
    ServedFrames.exit(out, code);
    return true;
  }

  /**
   * Runs a search on the open index, opening it first when needed. A failure is reported as a
   * local search reports it, and the index is opened afresh for the next search (it may have
   * been removed, moved or rewritten).
   */
  private int run(SearchCommand c, PrintWriter out, PrintWriter err) {
    try {
      if (open != null && !Files.isDirectory(index)) {
        closeIndex();  // removed: opening it again reports that as a local search would
      }
      if (open == null) {
        open = QuorumIndex.open(index);
      }
      return c.search(open, out);
    } catch (Exception e) {
      out.flush();
      closeIndex();
      return Main.reportFailure(e, err, false);
    }
  }

  private void closeIndex() {
    if (open != null) {
      try {
        open.close();
      } catch (Exception e) {
        // nothing to save: it was only read
      }
      open = null;
    }
  }

  private static PrintWriter writer(DataOutputStream socket, byte kind, Charset charset) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new ServedFrames.FrameOutput(socket, kind), charset)), false);
  }

  /**
   * Removes the endpoint file, so searches run in their own process again, then stops
   * listening. In that order: {@link #serve} returns when the listener closes, and its caller
   * may count on the file being gone by then.
   */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(endpointFile);
    } finally {
      listener.close();
    }
  }
}
