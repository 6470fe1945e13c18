package quorum.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.eval.StanceTrainer;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.CoreNlpAnnotator;
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

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold files, or folders to search for *.gold.json")
  List<Path> golds;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
  Path out;

  @Option(names = "--sigma", defaultValue = "1.0", description = "the prior's width (default: ${DEFAULT-VALUE})")
  double sigma;

  @Option(names = "--none-bias", defaultValue = "0.0",
      description = "added to the no-stance score (higher: fewer stances read; default: ${DEFAULT-VALUE})")
  double noneBias;

  @Option(names = "--min-threads", defaultValue = "4",
      description = "keep features seen in at least this many threads (default: ${DEFAULT-VALUE})")
  int minThreads;

  @Option(names = "--use", defaultValue = "gaps",
      description = "gaps: the model reads only where the rules read nothing; first: the model wins where it reads a stance (default: ${DEFAULT-VALUE})")
  StanceModel.Use use;

  @Override
  public Integer call() throws Exception {
    List<Path> files = trainingFiles(golds);
    PrintWriter w = spec.commandLine().getOut();
    if (files.isEmpty()) {
      w.println("no gold files to train on");
      w.flush();
      return ExitCodes.USAGE;
    }
    StanceTrainer trainer = new StanceTrainer(
        new AnnotationCache(new CoreNlpAnnotator(), Optional.of(AnalyzeCommand.cacheDir())));
    StanceTrainer.Result r = trainer.train(files, new StanceTrainer.Options(sigma, noneBias,
        minThreads, use));
    Files.writeString(out, r.model(), StandardCharsets.UTF_8);
    w.println("trained on " + files.size() + " gold files, sentences " + r.rows() + ", "
        + r.features() + " features -> " + out);
    w.flush();
    return ExitCodes.OK;
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
