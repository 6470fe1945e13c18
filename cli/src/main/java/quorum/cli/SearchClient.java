package quorum.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The search side of {@link ServeCommand}: when a server answers for the index, a search hands
 * it the parsed command and copies its output, instead of opening the index and running the
 * search path cold in its own process. Without a server, or when it refuses (another build of
 * quorum, another index), the caller runs the search itself; either way the output is the same.
 */
final class SearchClient {
  private SearchClient() {}

  /**
   * The served search's exit code after its output was written to {@code out} and {@code err};
   * empty when no server took the search (nothing was written then).
   */
  static OptionalInt search(SearchCommand c, Path endpointDirectory, boolean styled, String charset,
      OutputStream out, OutputStream err) {
    Path index = c.indexOption.resolve();
    Path file = ServeEndpoint.fileOf(index, endpointDirectory).orElse(null);
    ServeEndpoint endpoint = file == null ? null : ServeEndpoint.read(file).orElse(null);
    if (endpoint == null) {
      return OptionalInt.empty();
    }
    ServedFrames.Relayed r;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
      socket.setTcpNoDelay(true);  // the request goes out whole, at once
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream toServer = socket.getOutputStream();
      ServeEndpoint.send(toServer, endpoint.clientToken());
      if (!ServeEndpoint.receives(in, endpoint.serverToken())) {
        return OptionalInt.empty();  // not our server (its port was taken by another process)
      }
      SearchRequest request = SearchRequest.of(c, index.toRealPath(), styled, charset);
      request.writeTo(new DataOutputStream(new BufferedOutputStream(toServer)));
      r = ServedFrames.relay(new DataInputStream(in), out, err);
    } catch (IOException | RuntimeException e) {
      // nobody at the port (a server that was killed left its file), or the request did not go
      // out: nothing was written yet
      return OptionalInt.empty();
    }
    switch (r.ending()) {
      case EXITED:
      case OUTPUT_CLOSED:  // as a local search ends when its output is closed
        return OptionalInt.of(r.exitCode());
      case CUT_OFF:
        new PrintStream(err, true, StandardCharsets.UTF_8).println("quorum: the search server of "
            + index + " stopped in the middle of this search; run it again");
        return OptionalInt.of(ExitCodes.TEMPFAIL);
      default:
        return OptionalInt.empty();  // refused, or gone before it wrote anything
    }
  }

  /**
   * {@link #search} for {@code quorum search} itself: this user's endpoint directory, this
   * terminal, standard output and error. {@code QUORUM_SERVE=0} keeps every search in its own
   * process.
   */
  static OptionalInt search(SearchCommand c) {
    Path directory = ServeEndpoint.directory(System.getenv());
    if ("0".equals(System.getenv("QUORUM_SERVE")) || !Files.isDirectory(directory)) {
      return OptionalInt.empty();  // where no server ever ran, a search pays one file lookup
    }
    String charset = SearchFastPath.stdoutCharset().name();
    PrintStream out = new PrintStream(new BufferedOutputStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), 64 * 1024), false);
    OptionalInt code = search(c, directory, Terminal.styled(), charset, out, System.err);
    out.flush();
    return code;
  }
}
