package quorum.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import quorum.index.IndexLocation;

/** The {@code --index DIR} option shared by every command that uses the index. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR",
      description = "index directory (default: $QUORUM_INDEX, else $XDG_DATA_HOME/quorum, "
          + "else ~/.local/share/quorum)")
  Path index;

  Path resolve() {
    return IndexLocation.resolve(Optional.ofNullable(index), System.getenv(),
        Path.of(System.getProperty("user.home")));
  }
}
