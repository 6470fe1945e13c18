package quorum.analysis.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import quorum.analysis.internal.ModelBytes;
import quorum.analysis.internal.ModelNumbers;
import quorum.mail.Stance;

/**
 * A learned stance reader: a multinomial logistic regression over {@link StanceFeatures},
 * trained from the development gold labels by {@code quorum train-stance} (CoreNLP's
 * LinearClassifier) and shipped as the text resource {@value #RESOURCE}. It reads the
 * sentences that take a side only through their argument ("that would break every
 * out-of-tree user"), where the hand-written rules of {@link StanceReader} read nothing.
 *
 * <p>The file: a {@code labels} line (the first label is "none", no stance), a
 * {@code use} line ({@link Use}: how it combines with the rules), a {@code none-bias} line (added to the "none" score: how sure the model must be before it
 * reads a stance), then one line per feature with its weight per label, tab-separated. The
 * system property {@value #OVERRIDE} names another file (or {@code none}: no model), for
 * experiments; the analysis cache's code fingerprint covers the model in use.
 */
public final class StanceModel {
  /** The shipped model, on the classpath beside this class. */
  public static final String RESOURCE = "stance-model.tsv";

  /** System property: a model file to use instead of the shipped one, or "none". */
  public static final String OVERRIDE = "quorum.stance.model";

  /** How the model and the hand-written rules combine. */
  public enum Use {
    /** The model reads only sentences on which the rules read nothing. */
    GAPS,
    /** The model's reading wins wherever it reads a stance; the rules fill in the rest. */
    FIRST;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<String> labels;
  private final double noneBias;
  private final Use use;
  private final Map<String, double[]> weights;

  StanceModel(List<String> labels, double noneBias, Use use, Map<String, double[]> weights) {
    this.labels = List.copyOf(labels);
    this.noneBias = noneBias;
    this.use = use;
    this.weights = Map.copyOf(weights);
  }

  /** The stance of a sentence the rules read {@code ruled} on, the model and rules combined. */
  public Optional<Stance> combine(Optional<Stance> ruled,
      java.util.function.Supplier<List<String>> features) {
    if (use == Use.GAPS) {
      return ruled.isPresent() ? ruled : read(features.get());
    }
    return read(features.get()).or(() -> ruled);
  }

  private static final class Holder {
    static final Optional<StanceModel> INSTANCE = load();
  }

  /** The model in use: the override's, else the shipped one; empty when there is none. */
  public static Optional<StanceModel> inUse() {
    return Holder.INSTANCE;
  }

  /** The bytes of the model in use (empty when none), for the code fingerprint. */
  public static byte[] bytesInUse() {
    return ModelBytes.inUse(OVERRIDE, StanceModel.class, RESOURCE);
  }

  private static Optional<StanceModel> load() {
    byte[] b = bytesInUse();
    return b.length == 0 ? Optional.empty()
        : Optional.of(parse(new String(b, StandardCharsets.UTF_8)));
  }

  /** Reads a model file's text. */
  public static StanceModel parse(String text) {
    List<String> labels = null;
    double bias = 0;
    Use use = Use.GAPS;
    Map<String, double[]> w = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("labels")) {
          labels = List.of(f).subList(1, f.length);
        } else if (f[0].equals("use")) {
          use = Use.valueOf(f[1].toUpperCase(Locale.ROOT));
        } else if (f[0].equals("none-bias")) {
          bias = Double.parseDouble(f[1]);
        } else {
          double[] v = new double[f.length - 1];
          for (int i = 1; i < f.length; i++) {
            v[i - 1] = Double.parseDouble(f[i]);
          }
          w.put(f[0], v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (labels == null || !labels.get(0).equals("none")) {
      throw new IllegalArgumentException("stance model: no labels line starting with none");
    }
    return new StanceModel(labels, bias, use, w);
  }

  /** Writes a model file's text (weights rounded to four decimals, features in the given order). */
  public static String format(List<String> labels, double noneBias, Use use,
      Map<String, double[]> weights, String comment) {
    StringBuilder sb = new StringBuilder();
    comment.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
    sb.append("labels\t").append(String.join("\t", labels)).append('\n');
    sb.append("use\t").append(use.label()).append('\n');
    sb.append("none-bias\t").append(number(noneBias)).append('\n');
    weights.forEach((f, v) -> {
      StringBuilder line = new StringBuilder(f);
      boolean any = false;
      for (double x : v) {
        String n = number(x);
        any |= !n.equals("0");
        line.append('\t').append(n);
      }
      if (any) {
        sb.append(line).append('\n');
      }
    });
    return sb.toString();
  }

  private static String number(double x) {
    return ModelNumbers.decimal(x);
  }


  /** The stance these features read, or empty when "none" scores highest. */
  public Optional<Stance> read(List<String> features) {
    double[] score = scores(features);
    int best = 0;
    for (int i = 1; i < score.length; i++) {
      if (score[i] > score[best]) {
        best = i;
      }
    }
    return best == 0 ? Optional.empty() : Stance.parseLoose(labels.get(best));
  }

  /** Each label's score (the "none" one with the bias added). */
  double[] scores(List<String> features) {
    double[] score = new double[labels.size()];
    score[0] = noneBias;
    for (String f : features) {
      double[] v = weights.get(f);
      if (v != null) {
        for (int i = 0; i < score.length; i++) {
          score[i] += v[i];
        }
      }
    }
    return score;
  }

  public List<String> labels() {
    return labels;
  }
}
