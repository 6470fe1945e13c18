package quorum.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.eval.StanceTrainer;
import quorum.analysis.position.StanceModel;

/**
 * {@code quorum train-stance}: rebuilds the learned stance reader from gold files (for the
 * project's developers; the shipped model is
 * {@code analysis/src/main/resources/quorum/analysis/position/stance-model.tsv}). Held-out
 * files (a {@code holdout.txt} beside or above them) are always left out.
 */
@Command(name = "train-stance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Train the learned stance reader from gold labels (quorum-gold/1) and write",
        "the model file. Held-out gold files are never used."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum train-stance corpus/ --out analysis/src/main/resources/quorum/analysis/position/stance-model.tsv",
        "  quorum eval corpus/x.gold.json   # with QUORUM_JAVA_OPTS=-Dquorum.stance.model=FILE"})
final class TrainStanceCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  TrainingRun run;

  @Option(names = "--none-bias", defaultValue = "0.0",
      description = "added to the no-stance score (higher: fewer stances read; default: ${DEFAULT-VALUE})")
  double noneBias;

  @Option(names = "--use", defaultValue = "gaps",
      description = "gaps: the model reads only where the rules read nothing; first: the model wins where it reads a stance (default: ${DEFAULT-VALUE})")
  StanceModel.Use use;

  @Override
  public Integer call() throws Exception {
    return run.run(spec, "sentences", (files, annotations) -> {
      StanceTrainer.Result r = new StanceTrainer(annotations).train(files,
          new StanceTrainer.Options(run.sigma, noneBias, run.minThreads, use));
      return new TrainingRun.Trained(r.model(), r.rows(), r.features());
    });
  }

  /** The gold files under {@code golds}, sorted, without any held-out one. */
  static List<Path> trainingFiles(List<Path> golds) throws java.io.IOException, quorum.ingest.IngestException {
    List<Path> files = new ArrayList<>();
    for (Path g : golds) {
      files.addAll(EvalCommand.expand(g));
    }
    Holdout holdout = Holdout.around(files);
    files.removeIf(holdout::contains);
    return files;
  }
}
