package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigTest {
  @Test
  void noConfigFileMeansNoProvider(@TempDir Path home) {
    assertThat(Config.file(Map.of(), home)).isEmpty();
  }

  @Test
  void xdgConfigHomeWinsOverHome(@TempDir Path dir) throws Exception {
    Path xdg = Files.createDirectories(dir.resolve("xdg/quorum"));
    Files.writeString(xdg.resolve("config"), "limit=3\n");
    Files.createDirectories(dir.resolve("home/.config/quorum"));
    Files.writeString(dir.resolve("home/.config/quorum/config"), "limit=4\n");
    assertThat(Config.file(Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString()), dir.resolve("home")))
        .contains(xdg.resolve("config"));
    assertThat(Config.file(Map.of(), dir.resolve("home")))
        .contains(dir.resolve("home/.config/quorum/config"));
  }

  @Test
  void configChangesDefaultsAndTheCommandLineStillWins(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("config");
    Files.writeString(cfg, "index=" + dir.resolve("from-config") + "\n");
    CommandLine cli = Main.newCommandLine();
    cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(cfg.toFile()));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.execute("threads");
    assertThat(err.toString()).contains(dir.resolve("from-config").toString());
    err.getBuffer().setLength(0);
    cli = Main.newCommandLine();
    cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(cfg.toFile()));
    cli.setErr(new PrintWriter(err));
    cli.execute("threads", "--index", dir.resolve("given").toString());
    assertThat(err.toString()).contains(dir.resolve("given").toString()).doesNotContain("from-config");
  }
}
