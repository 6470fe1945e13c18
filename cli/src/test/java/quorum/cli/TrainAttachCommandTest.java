package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quorum train-attach never trains on a held-out gold file. */
class TrainAttachCommandTest {
  @Test
  void onlyHeldOutGoldFilesLeaveNothingToTrainOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.gold.json"), "{}");
    Files.writeString(dir.resolve("holdout.txt"), "# held out\na.gold.json\n");
    CliRunner r = CliRunner.run("train-attach", "--out", dir.resolve("m.tsv").toString(),
        dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).contains("no gold files");
    assertThat(dir.resolve("m.tsv")).doesNotExist();
  }
}
