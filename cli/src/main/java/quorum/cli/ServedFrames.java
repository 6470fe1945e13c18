package quorum.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The server's answer on the socket: frames of standard output, standard error, and last the
 * exit code, each a kind byte and a length, so the client can put every byte where the search
 * in its own process would have put it.
 */
final class ServedFrames {
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  /** The server does not answer this request (another build or index): search locally. */
  static final byte REFUSED = 4;

  private ServedFrames() {}

  /** A stream of one kind of frame, buffered so a long listing goes out in large frames. */
  static final class FrameOutput extends OutputStream {
    private final DataOutputStream socket;
    private final byte kind;
    private final byte[] buffer = new byte[32 * 1024];
    private int used;

    FrameOutput(DataOutputStream socket, byte kind) {
      this.socket = socket;
      this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
      if (used == buffer.length) {
        flush();
      }
      buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (used == buffer.length) {
          flush();
        }
        int n = Math.min(len, buffer.length - used);
        System.arraycopy(b, off, buffer, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    /** Sends what is buffered as one frame; stdout and stderr share the socket, hence the lock. */
    @Override
    public void flush() throws IOException {
      if (used == 0) {
        return;
      }
      synchronized (socket) {
        socket.writeByte(kind);
        socket.writeInt(used);
        socket.write(buffer, 0, used);
        socket.flush();
      }
      used = 0;
    }
  }

  static void exit(DataOutputStream socket, int code) throws IOException {
    synchronized (socket) {
      socket.writeByte(EXIT);
      socket.writeInt(code);
      socket.flush();
    }
  }

  static void refuse(DataOutputStream socket) throws IOException {
    synchronized (socket) {
      socket.writeByte(REFUSED);
      socket.writeInt(0);
      socket.flush();
    }
  }

  /** What the client made of the frames. */
  enum Ending {
    EXITED, REFUSED, CUT_OFF_BEFORE_OUTPUT, CUT_OFF,
    /** The client's own output was closed (a pipe into {@code head}, say). */
    OUTPUT_CLOSED
  }

  /** The frames' ending and, when the server exited, its exit code. */
  record Relayed(Ending ending, int exitCode) {}

  /** Copies frames to {@code out} and {@code err} until the exit code, a refusal or the end. */
  static Relayed relay(DataInputStream socket, OutputStream out, OutputStream err) {
    byte[] buffer = new byte[32 * 1024];
    boolean any = false;
    while (true) {
      byte kind;
      int length;
      try {
        kind = socket.readByte();
        length = socket.readInt();
        if (kind == OUT || kind == ERR) {
          if (length < 0 || length > buffer.length) {
            throw new IOException("a frame of " + length + " bytes");
          }
          socket.readFully(buffer, 0, length);
        }
      } catch (IOException e) {
        // the server was stopped or killed; before any output the search can still run here
        return new Relayed(any ? Ending.CUT_OFF : Ending.CUT_OFF_BEFORE_OUTPUT, ExitCodes.INTERNAL);
      }
      try {
        switch (kind) {
          case EXIT:
            out.flush();
            err.flush();
            return new Relayed(Ending.EXITED, length);
          case REFUSED:
            return new Relayed(any ? Ending.CUT_OFF : Ending.REFUSED, ExitCodes.INTERNAL);
          case OUT:
          case ERR:
            any = true;
            (kind == OUT ? out : err).write(buffer, 0, length);
            break;
          default:
            return new Relayed(any ? Ending.CUT_OFF : Ending.CUT_OFF_BEFORE_OUTPUT, ExitCodes.INTERNAL);
        }
      } catch (IOException closed) {
        return new Relayed(Ending.OUTPUT_CLOSED, ExitCodes.OK);
      }
    }
  }
}
