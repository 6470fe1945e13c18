package quorum.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.CoreNlpAnnotator;

/**
 * What every {@code train-*} command takes and does around its trainer (a Picocli mixin): the
 * gold files with the held-out ones left out, the model file to write, the prior's width and
 * the feature floor; it runs the trainer on CoreNLP with the shared annotation cache, writes
 * the model and says what it trained on. Each command adds only its reader's own options.
 */
final class TrainingRun {
  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold files, or folders to search for *.gold.json")
  List<Path> golds;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
  Path out;

  @Option(names = "--sigma", defaultValue = "1.0", description = "the prior's width (default: ${DEFAULT-VALUE})")
  double sigma;

  @Option(names = "--min-threads", defaultValue = "4",
      description = "keep features seen in at least this many threads (default: ${DEFAULT-VALUE})")
  int minThreads;

  /** A trained model: its text, the rows it was trained on by label, its feature count. */
  record Trained(String model, Map<String, Integer> rows, int features) {}

  /** One reader's trainer, on the training files and the shared annotation cache. */
  @FunctionalInterface
  interface Trainer {
    Trained train(List<Path> files, AnnotationCache annotations) throws Exception;
  }

  /**
   * Trains on {@link #golds} (held-out files left out), writes the model to {@link #out} and
   * prints "trained on N gold files, {@code unit} ROWS, F features -> FILE"; USAGE when no
   * file is left to train on.
   */
  int run(CommandSpec spec, String unit, Trainer trainer) throws Exception {
    List<Path> files = TrainStanceCommand.trainingFiles(golds);
    PrintWriter w = spec.commandLine().getOut();
    if (files.isEmpty()) {
      w.println("no gold files to train on");
      w.flush();
      return ExitCodes.USAGE;
    }
    Trained r = trainer.train(files,
        new AnnotationCache(new CoreNlpAnnotator(), Optional.of(AnalyzeCommand.cacheDir())));
    Files.writeString(out, r.model(), StandardCharsets.UTF_8);
    w.println("trained on " + files.size() + " gold files, " + unit + " " + r.rows() + ", "
        + r.features() + " features -> " + out);
    w.flush();
    return ExitCodes.OK;
  }
}
