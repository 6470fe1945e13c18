package quorum.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
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
  static OptionalInt search(SearchCommand c, Path socketDirectory, boolean styled, String charset,
      OutputStream out, OutputStream err) {
    Path index = c.indexOption.resolve();
    Path socket = SearchSocket.of(index, socketDirectory).orElse(null);
    if (socket == null || !Files.exists(socket)) {
      return OptionalInt.empty();
    }
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (IOException | RuntimeException stale) {
      return OptionalInt.empty();  // a socket left by a server that was killed
    }
    ServedFrames.Relayed r;
    try (channel) {
      SearchRequest request = SearchRequest.of(c, index.toRealPath(), styled, charset);
      request.writeTo(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
      r = ServedFrames.relay(
          new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024)), out, err);
    } catch (IOException e) {
      return OptionalInt.empty();  // the request did not go out: nothing was written yet
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
   * {@link #search} for {@code quorum search} itself: this user's socket directory, this
   * terminal, standard output and error. {@code QUORUM_SERVE=0} keeps every search in its own
   * process.
   */
  static OptionalInt search(SearchCommand c) {
    Path directory = SearchSocket.directory(System.getenv());
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
