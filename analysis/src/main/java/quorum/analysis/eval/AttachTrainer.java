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
import java.util.Set;
import java.util.TreeMap;
import quorum.analysis.AnalysisException;
import quorum.analysis.Issue;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.position.AttachFeatures;
import quorum.analysis.position.AttachModel;
import quorum.analysis.position.Attacher;
import quorum.analysis.position.IssueRegistry;
import quorum.analysis.position.PositionFinder;
import quorum.analysis.position.StanceModel;
import quorum.analysis.question.Asked;
import quorum.analysis.question.QuestionFinder;
import quorum.mail.Discussion;

/**
 * Trains the learned attachment ranker ({@link AttachModel}) from gold files. Each sentence
 * on which the position finder reads a stance (the stance reader in use, the hand-written
 * chain attaching) and whose words match a gold position's evidence (same participant, see
 * {@link StanceTrainer#labelOf}) gives one row per candidate issue: "yes" for the found
 * issue the gold position's issue aligns to ({@link Evaluator#alignIssues}, against every
 * issue the registry formed), "no" for the others; a sentence whose gold issue is among no
 * candidate teaches nothing and is left out. Features seen in fewer than
 * {@link Options#minThreads} threads are dropped. Deterministic: the same files give the same
 * model text, byte for byte.
 */
public final class AttachTrainer {
  /**
   * @param sigma the Gaussian prior's width (smaller: weights kept nearer zero)
   * @param margin how much more than the chain's choice an issue must score to win
   * @param minThreads a feature must occur in at least this many threads
   */
  public record Options(double sigma, double margin, int minThreads, AttachModel.Use use) {
    public static final Options DEFAULT = new Options(1.0, 0.0, 4, AttachModel.Use.MOVE);
  }

  /** One candidate issue of one sentence, labelled. */
  record Example(String thread, boolean spokenTo, List<String> features) {}

  /** The trained model's text, how many sentences and rows it learned from, and features kept. */
  public record Result(String model, int sentences, int rows, int features) {}

  /** One attachment the finder made, with what the ranker would be shown. */
  private record Seen(Turn turn, Sentence sentence, Map<Issue, List<String>> candidates) {}

  private final AnnotationCache annotations;

  public AttachTrainer(AnnotationCache annotations) {
    this.annotations = annotations;
  }

  /** Trains on {@code golds} (the caller leaves held-out files out). */
  public Result train(List<Path> golds, Options options) throws AnalysisException {
    List<Example> rows = new ArrayList<>();
    GoldThreads threads = new GoldThreads();
    int[] sentences = {0};
    for (Path g : golds) {
      rows.addAll(examples(g, threads, sentences));
    }
    return fit(rows, options, golds.size(), sentences[0]);
  }

  private List<Example> examples(Path goldFile, GoldThreads threads, int[] sentences)
      throws AnalysisException {
    Gold gold = Gold.read(goldFile);
    Discussion d = threads.of(goldFile, gold);
    ThreadView view = ThreadView.of(d, annotations::sentences);
    List<Asked> asked = new QuestionFinder().find(view);
    IssueRegistry issues = new IssueRegistry(view, asked);
    List<Seen> seen = new ArrayList<>();
    Attacher recorder = (v, reg, t, b, s, rule, earlier) -> {
      seen.add(new Seen(t, s, AttachFeatures.of(v, reg, t, b, s, rule, earlier)));
      return List.of(rule);
    };
    new PositionFinder(StanceModel.inUse(), recorder).findBoth(view, asked, issues);
    Map<String, String> aligned = Evaluator.alignIssues(issues.issues(), gold.issues());
    String thread = goldFile.getFileName().toString();
    List<Example> out = new ArrayList<>();
    for (Seen x : seen) {
      Set<String> targets = targets(x, gold, aligned);
      if (x.candidates().keySet().stream().noneMatch(i -> targets.contains(i.id()))) {
        continue;
      }
      sentences[0]++;
      x.candidates().forEach((i, f) -> out.add(new Example(thread, targets.contains(i.id()), f)));
    }
    return out;
  }

  /** The found issues the gold positions whose evidence the sentence matches align to. */
  private static Set<String> targets(Seen x, Gold gold, Map<String, String> aligned) {
    Set<String> out = new HashSet<>();
    for (Gold.GoldPosition p : gold.positions()) {
      if (StanceTrainer.matchesEvidence(x.turn(), x.sentence(), p) && aligned.containsKey(p.issue())) {
        out.add(aligned.get(p.issue()));
      }
    }
    return out;
  }

  /** A logistic regression on the rows, as the model file's text. */
  static Result fit(List<Example> rows, Options options, int files, int sentences) {
    Map<String, Set<String>> threadsOf = new HashMap<>();
    for (Example e : rows) {
      e.features().forEach(f -> threadsOf.computeIfAbsent(f, k -> new HashSet<>()).add(e.thread()));
    }
    Dataset<String, String> data = new Dataset<>();
    data.labelIndex().add("no");
    data.labelIndex().add("yes");
    for (Example e : rows) {
      List<String> kept = new ArrayList<>();
      for (String f : e.features()) {
        if (threadsOf.get(f).size() >= options.minThreads()) {
          kept.add(f);
        }
      }
      data.add(new BasicDatum<>(kept, e.spokenTo() ? "yes" : "no"));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(options.sigma());
    factory.setVerbose(false);
    LinearClassifier<String, String> c = factory.trainClassifier(data);
    double[][] w = c.weights();
    int yes = c.labelIndex().indexOf("yes");
    int no = c.labelIndex().indexOf("no");
    Map<String, Double> byFeature = new TreeMap<>();
    for (int fi = 0; fi < c.featureIndex().size(); fi++) {
      // two labels: the log-odds of "yes" is the difference of their weights
      byFeature.put(c.featureIndex().get(fi), w[fi][yes] - (no < 0 ? 0 : w[fi][no]));
    }
    String comment = "quorum attachment ranker: logistic regression (CoreNLP LinearClassifier), "
        + "rebuilt by quorum train-attach\n" + files + " gold files, " + sentences
        + " sentences, " + rows.size() + " candidate rows\nsigma " + options.sigma()
        + ", features in at least " + options.minThreads() + " threads";
    String text = AttachModel.format(options.margin(), options.use(), byFeature, comment);
    return new Result(text, sentences, rows.size(), byFeature.size());
  }
}
