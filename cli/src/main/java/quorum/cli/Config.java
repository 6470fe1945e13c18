package quorum.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The optional configuration file, {@code $XDG_CONFIG_HOME/quorum/config} (else
 * {@code ~/.config/quorum/config}): Java properties whose keys are option names without dashes,
 * read by Picocli's PropertiesDefaultProvider, so it only changes defaults and the command line
 * always wins. Example: {@code index = /srv/quorum/index} and {@code limit = 50}. Nothing is
 * needed: without the file every default works.
 */
final class Config {
  private Config() {}

  static Optional<Path> file(Map<String, String> env, Path home) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : home.resolve(".config");
    Path f = base.resolve("quorum").resolve("config");
    return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
  }
}
