package quorum.analysis.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import quorum.analysis.AnalysisException;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.position.IssueRegistry;
import quorum.analysis.position.StanceModel;
import quorum.analysis.position.StanceRows;
import quorum.analysis.question.Asked;
import quorum.analysis.question.QuestionFinder;
import quorum.mail.Discussion;
import quorum.mail.Stance;

/**
 * Trains the learned stance reader ({@link StanceModel}) from gold files: every own-text
 * sentence of each gold thread is a row, labelled with the stance of the gold position whose
 * evidence it matches (same participant, most of the shorter side's content words shared),
 * else "none". Defers counts as neutral (it is rare). Features seen in fewer than
 * {@link Options#minThreads} threads are dropped, so nothing tied to one thread is learned.
 * Deterministic: the same files give the same model text, byte for byte.
 */
public final class StanceTrainer {
  /** Labels, "none" first, as the model file lists them. */
  public static final List<String> LABELS = List.of("none", "support", "oppose", "concern",
      "conditional", "neutral");

  /**
   * @param sigma the Gaussian prior's width (smaller: weights kept nearer zero)
   * @param noneBias added to the "none" score at run time (higher: fewer stances read)
   * @param minThreads a feature must occur in at least this many threads
   */
  public record Options(double sigma, double noneBias, int minThreads, StanceModel.Use use) {
    public static final Options DEFAULT = new Options(1.0, 0.0, 4, StanceModel.Use.GAPS);
  }

  /** One labelled sentence. */
  record Example(String thread, String label, List<String> features) {}

  /** The trained model's text and how many rows of each label it learned from. */
  public record Result(String model, Map<String, Integer> rows, int features) {}

  private final AnnotationCache annotations;

  public StanceTrainer(AnnotationCache annotations) {
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

  /** The labelled sentences of one gold file's thread. */
  List<Example> examples(Path goldFile, GoldThreads threads) throws AnalysisException {
    Gold gold = Gold.read(goldFile);
    Discussion d = threads.of(goldFile, gold);
    ThreadView view = ThreadView.of(d, annotations::sentences);
    List<Asked> asked = new QuestionFinder().find(view);
    IssueRegistry issues = new IssueRegistry(view, asked);
    List<Example> out = new ArrayList<>();
    String thread = goldFile.getFileName().toString();
    for (StanceRows.Row r : StanceRows.of(view, asked, issues)) {
      out.add(new Example(thread, labelOf(r, gold), r.features()));
    }
    return out;
  }

  /**
   * The gold stance of the position whose evidence the row's sentence matches: the same
   * participant, at least two content words shared (all of them for a shorter sentence),
   * and at least 0.6 of the smaller side's words.
   */
  static String labelOf(StanceRows.Row r, Gold gold) {
    Set<String> words = Words.content(r.sentence().text());
    if (words.isEmpty()) {
      return "none";
    }
    for (Gold.GoldPosition p : gold.positions()) {
      if (!Evaluator.sameName(r.turn().author(), p.participant())) {
        continue;
      }
      Set<String> ev = Words.content(p.evidence());
      int shared = Words.overlap(words, ev);
      if (shared >= Math.min(2, words.size())
          && shared >= 0.6 * Math.min(words.size(), ev.size())) {
        Optional<Stance> st = Stance.parseLoose(p.stance());
        if (st.isPresent()) {
          return label(st.get());
        }
      }
    }
    return "none";
  }

  private static String label(Stance s) {
    return s == Stance.DEFERS ? "neutral" : s.label();
  }

  /** A logistic regression on the rows, as the model file's text. */
  static Result fit(List<Example> rows, Options options, int files) {
    Map<String, Set<String>> threadsOf = new HashMap<>();
    for (Example e : rows) {
      e.features().forEach(f -> threadsOf.computeIfAbsent(f, k -> new HashSet<>()).add(e.thread()));
    }
    Dataset<String, String> data = new Dataset<>();
    // every label is in the index, in LABELS order, whatever the rows hold
    LABELS.forEach(l -> data.labelIndex().add(l));
    Map<String, Integer> counts = new LinkedHashMap<>();
    LABELS.forEach(l -> counts.put(l, 0));
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
    Map<String, double[]> byFeature = new TreeMap<>();
    for (int fi = 0; fi < c.featureIndex().size(); fi++) {
      double[] v = new double[LABELS.size()];
      for (int li = 0; li < LABELS.size(); li++) {
        int at = c.labelIndex().indexOf(LABELS.get(li));
        v[li] = at < 0 ? 0 : w[fi][at];
      }
      byFeature.put(c.featureIndex().get(fi), v);
    }
    String comment = "quorum stance model: logistic regression (CoreNLP LinearClassifier), "
        + "rebuilt by quorum train-stance\n" + files + " gold files, " + rows.size()
        + " sentences: " + counts + "\nsigma " + options.sigma() + ", features in at least "
        + options.minThreads() + " threads";
    String text = StanceModel.format(LABELS, options.noneBias(), options.use(), byFeature, comment);
    return new Result(text, counts, byFeature.size());
  }
}
