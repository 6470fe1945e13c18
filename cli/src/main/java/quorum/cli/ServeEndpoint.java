package quorum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the search server of an index listens ({@link ServeCommand}), and the secrets that let
 * a search and its server trust each other: a small file named after the index's real path, in
 * a directory only its user may enter ({@code $XDG_RUNTIME_DIR/quorum}, else
 * {@code <tmpdir>/quorum-<user>}). It holds a loopback TCP port and two random tokens.
 *
 * <p>Why TCP and not a Unix-domain socket: in JDK 17 a Unix-domain client pays about 40 ms at
 * its first connect (the selector provider's service lookup, and a {@code SecureRandom} that
 * {@code UnixDomainSockets} seeds however it is used), a quarter of a served small search
 * (bench/RESULTS.md); a plain {@code java.net.Socket} needs neither. What the socket file's
 * permissions gave, the tokens give: the client proves it could read the file before the server
 * answers anything, then the server proves it before the client sends its search, so neither
 * another user's connection nor a process that took the port of a dead server learns anything.
 *
 * @param port the server's port on the loopback address
 * @param clientToken what a search sends first
 * @param serverToken what the server answers to a right {@code clientToken}
 */
record ServeEndpoint(int port, byte[] clientToken, byte[] serverToken) {
  static final int TOKEN_BYTES = 16;
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

  /** A new endpoint for a server listening on {@code port}, with fresh tokens. */
  static ServeEndpoint fresh(int port) {
    SecureRandom random = new SecureRandom();
    byte[] client = new byte[TOKEN_BYTES];
    byte[] server = new byte[TOKEN_BYTES];
    random.nextBytes(client);
    random.nextBytes(server);
    return new ServeEndpoint(port, client, server);
  }

  /** The directory of the endpoint files. */
  static Path directory(Map<String, String> env) {
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()) {
      return Path.of(runtime, "quorum");
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "quorum-" + System.getProperty("user.name"));
  }

  /** The endpoint file of {@code index} in {@code directory}; empty when the index does not exist. */
  static Optional<Path> fileOf(Path index, Path directory) {
    try {
      return Optional.of(directory.resolve(name(index.toRealPath())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A 64-bit FNV-1a hash of the real path: cheap at every search's start (a message digest
   * would load the security providers). The server checks the index a request names, so a
   * collision only means the search runs in its own process.
   */
  static String name(Path realIndex) {
    long h = 0xcbf29ce484222325L;
    String s = realIndex.toString();
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    String hex = Long.toHexString(h);  // not String.format: its Formatter is some 30 classes to load
    return "0".repeat(16 - hex.length()) + hex + ".endpoint";
  }

  /**
   * The endpoint in {@code file}; empty when there is none or it cannot be read as one (written
   * by another version, say). Parsed by hand: a search reads it at start, before anything else.
   */
  static Optional<ServeEndpoint> read(Path file) {
    String[] parts;
    try {
      parts = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim().split(" ");
    } catch (IOException e) {
      return Optional.empty();
    }
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      int port = Integer.parseInt(parts[0]);
      byte[] client = hexBytes(parts[1]);
      byte[] server = hexBytes(parts[2]);
      if (port < 1 || port > 65535 || client == null || server == null) {
        return Optional.empty();
      }
      return Optional.of(new ServeEndpoint(port, client, server));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes this endpoint to {@code file}, readable by this user alone, all at once: written
   * beside it, then linked into place, which fails when the file exists (another server
   * started at the same moment).
   */
  void publish(Path file) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    Files.deleteIfExists(part);
    Files.createFile(part, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
    try {
      Files.writeString(part, port + " " + hex(clientToken) + " " + hex(serverToken) + "\n", StandardCharsets.US_ASCII);
      Files.createLink(file, part);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** Sends {@code token}. */
  static void send(OutputStream out, byte[] token) throws IOException {
    out.write(token);
    out.flush();
  }

  /** Whether the next bytes on {@code in} are {@code expected}, compared in constant time. */
  static boolean receives(InputStream in, byte[] expected) throws IOException {
    byte[] got = in.readNBytes(expected.length);
    return MessageDigest.isEqual(got, expected);
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return s.toString();
  }

  private static byte[] hexBytes(String s) {
    if (s.length() != TOKEN_BYTES * 2) {
      return null;
    }
    byte[] bytes = new byte[TOKEN_BYTES];
    for (int i = 0; i < bytes.length; i++) {
      int hi = Character.digit(s.charAt(2 * i), 16);
      int lo = Character.digit(s.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      bytes[i] = (byte) (hi << 4 | lo);
    }
    return bytes;
  }

  /**
   * Creates the directory for the server, or checks that an existing one is a directory of this
   * user's that nobody else may enter; anything else is refused rather than published in.
   */
  static Path createDirectory(Path directory) throws IOException {
    if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(directory.getParent());
      try {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another server made it a moment ago: checked below like any existing one
      }
    }
    if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(directory + " is not a directory");
    }
    String owner = Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).getName();
    if (!owner.equals(System.getProperty("user.name"))) {
      throw new IOException(directory + " belongs to " + owner + ", not to this user");
    }
    Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
    return directory;
  }
}
