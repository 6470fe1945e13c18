package quorum.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the search server of an index listens ({@link ServeCommand}): a Unix-domain socket
 * named after the index's real path, in a directory only its user may enter
 * ({@code $XDG_RUNTIME_DIR/quorum}, else {@code <tmpdir>/quorum-<user>}). So a search finds the
 * server of its own index with one file lookup and no registry, and no other user can connect.
 */
final class SearchSocket {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private SearchSocket() {}

  /** The directory of the sockets. */
  static Path directory(Map<String, String> env) {
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()) {
      return Path.of(runtime, "quorum");
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "quorum-" + System.getProperty("user.name"));
  }

  /** The socket of {@code index} in {@code directory}; empty when the index does not exist. */
  static Optional<Path> of(Path index, Path directory) {
    try {
      return Optional.of(directory.resolve(name(index.toRealPath())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A 64-bit FNV-1a hash of the real path: short enough for the 107 bytes a socket path may
   * have, and cheap at every search's start (a message digest would load the security
   * providers). The server checks the index a request names, so a collision only means the
   * search runs in its own process.
   */
  static String name(Path realIndex) {
    long h = 0xcbf29ce484222325L;
    String s = realIndex.toString();
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    String hex = Long.toHexString(h);  // not String.format: its Formatter is some 30 classes to load
    return "0".repeat(16 - hex.length()) + hex + ".sock";
  }

  /**
   * Creates the directory for the server, or checks that an existing one is a directory of this
   * user's that nobody else may enter; anything else is refused rather than listened in.
   */
  static Path createDirectory(Path directory) throws IOException {
    if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(directory.getParent());
      try {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
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
    Files.setPosixFilePermissions(directory, OWNER_ONLY);
    return directory;
  }
}
