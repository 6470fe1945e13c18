package quorum.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the index lives when the user does not say: {@code --index DIR}, else
 * {@code $QUORUM_INDEX}, else {@code $XDG_DATA_HOME/quorum}, else {@code ~/.local/share/quorum}.
 */
public final class IndexLocation {
  private IndexLocation() {}

  public static Path resolve(Optional<Path> option, Map<String, String> env, Path home) {
    if (option.isPresent()) {
      return option.get();
    }
    String q = env.get("QUORUM_INDEX");
    if (q != null && !q.isBlank()) {
      return Path.of(q);
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "quorum");
    }
    return home.resolve(".local").resolve("share").resolve("quorum");
  }
}
