package quorum.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quorum.analysis.eval.AnswerTrainer;
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

  @Mixin
  TrainingRun run;

  @Option(names = "--margin", defaultValue = "0.0",
      description = "how far past zero the model's score must be to overturn the rules' verdict (0: the model decides everywhere; default: ${DEFAULT-VALUE})")
  double margin;

  @Option(names = "--scope", defaultValue = "all",
      description = "all: the model may decide every question; responded: only those someone responded to (default: ${DEFAULT-VALUE})")
  AnswerModel.Scope scope;

  @Override
  public Integer call() throws Exception {
    return run.run(spec, "questions", (files, annotations) -> {
      AnswerTrainer.Result r = new AnswerTrainer(annotations).train(files,
          new AnswerTrainer.Options(run.sigma, margin, run.minThreads, scope));
      return new TrainingRun.Trained(r.model(), r.rows(), r.features());
    });
  }

}
