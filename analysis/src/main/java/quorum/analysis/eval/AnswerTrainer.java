package quorum.analysis.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import quorum.analysis.AnalysisException;
import quorum.analysis.MessageRef;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.question.AnswerModel;
import quorum.analysis.question.AnswerRows;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Question;

/**
 * Trains the learned answered/open reader ({@link AnswerModel}) from gold files: each question
 * the rules find that {@link Evaluator} matches to a gold question is a row, labelled
 * "answered" when the gold says so and "open" for every other status (as the evaluator scores
 * it). Features seen in fewer than {@link Options#minThreads} threads are dropped, so nothing
 * tied to one thread is learned. Deterministic: the same files give the same model text, byte
 * for byte.
 */
public final class AnswerTrainer {
  static final String ANSWERED = "answered";
  static final String OPEN = "open";

  /**
   * @param sigma the Gaussian prior's width (smaller: weights kept nearer zero)
   * @param margin how far past zero the model's score must be to overturn the rules
   * @param minThreads a feature must occur in at least this many threads
   * @param scope which questions the model may decide
   */
  public record Options(double sigma, double margin, int minThreads, AnswerModel.Scope scope) {
    public static final Options DEFAULT = new Options(1.0, 0.0, 4, AnswerModel.Scope.ALL);
  }

  /** One labelled question. */
  record Example(String thread, String label, List<String> features) {}

  /** The trained model's text and how many rows of each label it learned from. */
  public record Result(String model, Map<String, Integer> rows, int features) {}

  private final AnnotationCache annotations;

  public AnswerTrainer(AnnotationCache annotations) {
    this.annotations = annotations;
  }

  /** Trains on {@code golds} (the caller leaves held-out files out). */
  public Result train(List<Path> golds, Options options) throws AnalysisException {
    List<Example> rows = new ArrayList<>();
    GoldThreads threads = new GoldThreads();
    for (Path g : golds) {
      rows.addAll(examples(g, threads));
    }
    return fit(rows, options, golds.size());
  }

  /** The labelled questions of one gold file's thread, in the gold's order. */
  List<Example> examples(Path goldFile, GoldThreads threads) throws AnalysisException {
    Gold gold = Gold.read(goldFile);
    Discussion d = threads.of(goldFile, gold);
    ThreadView view = ThreadView.of(d, annotations::sentences);
    List<AnswerRows.Row> found = AnswerRows.of(view);
    List<MessageRef> refs = new ArrayList<>();
    for (Message m : d.messages()) {
      refs.add(new MessageRef(m.key(), m.from(), m.date(), d.tree().parentOf(m.key()),
          m.provenance()));
    }
    Map<MessageKey, String> toGold = new HashMap<>();
    Evaluator.alignMessages(refs, gold.messages()).forEach((k, m) -> toGold.put(m.key(), k));
    List<Question> questions = found.stream().map(AnswerRows.Row::question).toList();
    int[] match = Evaluator.matchQuestions(questions, gold, toGold);
    String thread = goldFile.getFileName().toString();
    List<Example> out = new ArrayList<>();
    for (int gi = 0; gi < match.length; gi++) {
      if (match[gi] >= 0) {
        String label = Evaluator.goldAnswered(gold.questions().get(gi)) ? ANSWERED : OPEN;
        out.add(new Example(thread, label, found.get(match[gi]).features()));
      }
    }
    return out;
  }

  /** A logistic regression on the rows, as the model file's text. */
  static Result fit(List<Example> rows, Options options, int files) {
    Map<String, Set<String>> threadsOf = new HashMap<>();
    for (Example e : rows) {
      e.features().forEach(f -> threadsOf.computeIfAbsent(f, k -> new HashSet<>()).add(e.thread()));
    }
    Dataset<String, String> data = new Dataset<>();
    data.labelIndex().add(OPEN);
    data.labelIndex().add(ANSWERED);
    Map<String, Integer> counts = new TreeMap<>();
    for (Example e : rows) {
      List<String> kept = new ArrayList<>();
      for (String f : e.features()) {
        if (threadsOf.get(f).size() >= options.minThreads()) {
          kept.add(f);
        }
      }
      data.add(new BasicDatum<>(kept, e.label()));
      counts.merge(e.label(), 1, Integer::sum);
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(options.sigma());
    factory.setVerbose(false);
    LinearClassifier<String, String> c = factory.trainClassifier(data);
    double[][] w = c.weights();
    int yes = c.labelIndex().indexOf(ANSWERED);
    int no = c.labelIndex().indexOf(OPEN);
    Map<String, Double> byFeature = new TreeMap<>();
    for (int fi = 0; fi < c.featureIndex().size(); fi++) {
      // two labels: only the difference of their weights decides
      byFeature.put(c.featureIndex().get(fi), (yes < 0 ? 0 : w[fi][yes]) - (no < 0 ? 0 : w[fi][no]));
    }
    String comment = "quorum answered/open model: logistic regression (CoreNLP LinearClassifier), "
        + "rebuilt by quorum train-answers\n" + files + " gold files, " + rows.size()
        + " questions: " + counts + "\nsigma " + options.sigma() + ", features in at least "
        + options.minThreads() + " threads";
    String text = AnswerModel.format(options.margin(), options.scope(), byFeature, comment);
    return new Result(text, counts, byFeature.size());
  }
}
