package quorum.analysis.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
import quorum.analysis.internal.ThreadView;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * A learned answered/open reader: a logistic regression over {@link AnswerFeatures}, trained
 * from the development gold labels by {@code quorum train-answers} (CoreNLP's
 * LinearClassifier) and shipped as the text resource {@value #RESOURCE}. It weighs the
 * hand-written rules' verdict and reasons together with the thread's shape after the question,
 * so that no single rule decides alone.
 *
 * <p>The file: a {@code margin} line (the model overturns the rules' verdict only when its
 * score passes zero by this much: 0 lets it decide everywhere), a {@code scope} line
 * ({@link Scope}), then one line per feature with its weight towards "answered". The system
 * property {@value #OVERRIDE} names another file (or {@code none}: no model), for experiments;
 * the analysis cache's code fingerprint covers the model in use.
 */
public final class AnswerModel {
  /** The shipped model, on the classpath beside this class. */
  public static final String RESOURCE = "answer-model.tsv";

  /** System property: a model file to use instead of the shipped one, or "none". */
  public static final String OVERRIDE = "quorum.answer.model";

  /** Which questions the model may decide. */
  public enum Scope {
    /** Every question found. */
    ALL,
    /** Only questions someone responded to; one nobody took up stays open. */
    RESPONDED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final double margin;
  private final Scope scope;
  private final Map<String, Double> weights;

  AnswerModel(double margin, Scope scope, Map<String, Double> weights) {
    this.margin = margin;
    this.scope = scope;
    this.weights = Map.copyOf(weights);
  }

  private static final class Holder {
    static final Optional<AnswerModel> INSTANCE = load();
  }

  /** The model in use: the override's, else the shipped one; empty when there is none. */
  public static Optional<AnswerModel> inUse() {
    return Holder.INSTANCE;
  }

  /** The bytes of the model in use (empty when none), for the code fingerprint. */
  public static byte[] bytesInUse() {
    return ModelBytes.inUse(OVERRIDE, AnswerModel.class, RESOURCE);
  }

  private static Optional<AnswerModel> load() {
    byte[] b = bytesInUse();
    return b.length == 0 ? Optional.empty()
        : Optional.of(parse(new String(b, StandardCharsets.UTF_8)));
  }

  /** Reads a model file's text. */
  public static AnswerModel parse(String text) {
    double margin = 0;
    Scope scope = Scope.ALL;
    Map<String, Double> w = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalArgumentException("answer model: not a name and a value [" + line + "]");
        }
        if (f[0].equals("margin")) {
          margin = Double.parseDouble(f[1]);
        } else if (f[0].equals("scope")) {
          scope = Scope.valueOf(f[1].toUpperCase(Locale.ROOT));
        } else {
          w.put(f[0], Double.parseDouble(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnswerModel(margin, scope, w);
  }

  /** Writes a model file's text (weights rounded to four decimals, in the map's order). */
  public static String format(double margin, Scope scope, Map<String, Double> weights,
      String comment) {
    StringBuilder sb = new StringBuilder();
    comment.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
    sb.append("margin\t").append(number(margin)).append('\n');
    sb.append("scope\t").append(scope.label()).append('\n');
    weights.forEach((f, v) -> {
      String n = number(v);
      if (!n.equals("0")) {
        sb.append(f).append('\t').append(n).append('\n');
      }
    });
    return sb.toString();
  }

  private static String number(double x) {
    return ModelNumbers.decimal(x);
  }

  /** The score towards "answered" of these features (above zero: answered). */
  public double score(List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return z;
  }

  /** Whether a question the rules read {@code ruled} on is answered, model and rules combined. */
  boolean answered(boolean ruled, boolean responded, List<String> features) {
    if (scope == Scope.RESPONDED && !responded) {
      return ruled;
    }
    double z = score(features);
    return ruled ? z > -margin : z > margin;
  }

  /**
   * The questions the rules found in {@code view} with the status this model gives them. One
   * it reads as open keeps its responses, none settling; one it reads as answered with no
   * settling response has its first other participant's response settle it.
   */
  List<Asked> apply(ThreadView view, List<Asked> ruled) {
    List<Asked> out = new ArrayList<>(ruled.size());
    for (Asked a : ruled) {
      Question q = a.question();
      boolean was = q.status() == QuestionStatus.ANSWERED;
      boolean now = answered(was, !q.responses().isEmpty(), AnswerFeatures.of(view, a, ruled));
      if (now == was) {
        out.add(a);
        continue;
      }
      List<Response> rs = new ArrayList<>();
      boolean marked = false;
      for (Response r : q.responses()) {
        boolean settles = now && !marked && !r.by().sameAs(q.asker());
        marked |= settles;
        rs.add(new Response(r.by(), r.in(), settles, r.gist()));
      }
      QuestionStatus status = now ? QuestionStatus.ANSWERED
          : rs.isEmpty() ? QuestionStatus.OPEN : QuestionStatus.RESPONDED_NOT_RESOLVED;
      out.add(new Asked(new Question(q.asker(), q.about(), q.form(), status, rs, q.evidence()),
          a.turn(), a.block(), a.sentence()));
    }
    return out;
  }
}
