package quorum.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.eval.AttachTrainer;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.position.AttachModel;

/**
 * {@code quorum train-attach}: rebuilds the learned attachment ranker from gold files (for
 * the project's developers; the shipped model is
 * {@code analysis/src/main/resources/quorum/analysis/position/attach-model.tsv}). Held-out
 * files (a {@code holdout.txt} beside or above them) are always left out.
 */
@Command(name = "train-attach",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Train the learned attachment ranker (which issue a stance sentence is on)",
        "from gold labels (quorum-gold/1) and write the model file. Held-out gold files are",
        "never used."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum train-attach corpus/ --out analysis/src/main/resources/quorum/analysis/position/attach-model.tsv",
        "  quorum eval corpus/x.gold.json   # with QUORUM_JAVA_OPTS=-Dquorum.attach.model=FILE"})
final class TrainAttachCommand implements Callable<Integer> {
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

  @Option(names = "--margin", defaultValue = "0.0",
      description = "how much more than the rules' choice an issue must score to win (higher: fewer moves; default: ${DEFAULT-VALUE})")
  double margin;

  @Option(names = "--min-threads", defaultValue = "4",
      description = "keep features seen in at least this many threads (default: ${DEFAULT-VALUE})")
  int minThreads;

  @Option(names = "--use", defaultValue = "move",
      description = "move: the sentence moves to the ranker's choice; add: it stays on the rules' choice and is put on the ranker's too (default: ${DEFAULT-VALUE})")
  AttachModel.Use use;

  @Override
  public Integer call() throws Exception {
    List<Path> files = TrainStanceCommand.trainingFiles(golds);
    PrintWriter w = spec.commandLine().getOut();
    if (files.isEmpty()) {
      w.println("no gold files to train on");
      w.flush();
      return ExitCodes.USAGE;
    }
    AttachTrainer trainer = new AttachTrainer(
        new AnnotationCache(new CoreNlpAnnotator(), Optional.of(AnalyzeCommand.cacheDir())));
    AttachTrainer.Result r = trainer.train(files, new AttachTrainer.Options(sigma, margin,
        minThreads, use));
    Files.writeString(out, r.model(), StandardCharsets.UTF_8);
    w.println("trained on " + files.size() + " gold files, " + r.sentences() + " sentences, "
        + r.rows() + " candidate rows, " + r.features() + " features -> " + out);
    w.flush();
    return ExitCodes.OK;
  }
}
