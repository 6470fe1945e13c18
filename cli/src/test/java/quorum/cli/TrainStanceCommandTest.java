package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quorum train-stance never trains on a held-out gold file. */
class TrainStanceCommandTest {
  @Test
  void heldOutGoldFilesAreLeftOut(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("real"));
    for (Path p : List.of(dir.resolve("a.gold.json"), sub.resolve("b.gold.json"),
        sub.resolve("c.gold.json"))) {
      Files.writeString(p, "{}");
    }
    Files.writeString(dir.resolve("holdout.txt"), "# held out\nreal/b.gold.json\n");
    Files.writeString(sub.resolve("holdout.txt"), "c.mbox\n");
    assertThat(TrainStanceCommand.trainingFiles(List.of(dir)))
        .containsExactly(dir.resolve("a.gold.json"));
    assertThat(TrainStanceCommand.trainingFiles(List.of(sub.resolve("b.gold.json"),
        dir.resolve("a.gold.json")))).containsExactly(dir.resolve("a.gold.json"));
  }

  @Test
  void noGoldToTrainOnIsAUsageError(@TempDir Path dir) {
    CliRunner r = CliRunner.run("train-stance", "--out", dir.resolve("m.tsv").toString(),
        dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).contains("no gold files");
  }
}
