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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quorum.analysis.eval.AnswerTrainer;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.question.AnswerModel;

/**
 * {@code quorum train-answers}: builds the learned answered/open reader from gold files (for
 * the project's developers). Held-out files (a {@code holdout.txt} beside or above them) are
 * always left out, as {@code train-stance} leaves them out.
 */
@Command(name = "train-answers",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Train the learned answered/open reader from gold labels (quorum-gold/1) and",
        "write the model file. Held-out gold files are never used."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum train-answers corpus/ --out answers.tsv",
        "  quorum eval corpus/x.gold.json   # with QUORUM_JAVA_OPTS=-Dquorum.answer.model=answers.tsv"})
final class TrainAnswersCommand implements Callable<Integer> {
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
      description = "how far past zero the model's score must be to overturn the rules' verdict (0: the model decides everywhere; default: ${DEFAULT-VALUE})")
  double margin;

  @Option(names = "--min-threads", defaultValue = "4",
      description = "keep features seen in at least this many threads (default: ${DEFAULT-VALUE})")
  int minThreads;

  @Option(names = "--scope", defaultValue = "all",
      description = "all: the model may decide every question; responded: only those someone responded to (default: ${DEFAULT-VALUE})")
  AnswerModel.Scope scope;

  @Override
  public Integer call() throws Exception {
    List<Path> files = TrainStanceCommand.trainingFiles(golds);
    PrintWriter w = spec.commandLine().getOut();
    if (files.isEmpty()) {
      w.println("no gold files to train on");
      w.flush();
      return ExitCodes.USAGE;
    }
    AnswerTrainer trainer = new AnswerTrainer(
        new AnnotationCache(new CoreNlpAnnotator(), Optional.of(AnalyzeCommand.cacheDir())));
    AnswerTrainer.Result r = trainer.train(files, new AnswerTrainer.Options(sigma, margin,
        minThreads, scope));
    Files.writeString(out, r.model(), StandardCharsets.UTF_8);
    w.println("trained on " + files.size() + " gold files, questions " + r.rows() + ", "
        + r.features() + " features -> " + out);
    w.flush();
    return ExitCodes.OK;
  }
}
