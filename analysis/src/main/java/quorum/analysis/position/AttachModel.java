package quorum.analysis.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import quorum.analysis.Issue;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ModelBytes;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Position;

/**
 * A learned attachment ranker: a logistic regression over {@link AttachFeatures} that scores
 * each issue a stance sentence may speak to, trained from the development gold labels by
 * {@code quorum train-attach} (CoreNLP's LinearClassifier) and shipped as the text resource
 * {@value #RESOURCE}. The hand-written chain's choice is one of its features; the ranker
 * moves a sentence to another issue only when that issue scores more than {@code margin}
 * above the chain's choice, so where it is unsure the chain decides.
 *
 * <p>The file: a {@code margin} line, then one line per feature with its weight (the log-odds
 * that the issue is the one spoken to), tab-separated. The system property {@value #OVERRIDE}
 * names another file (or {@code none}: the chain alone), for experiments; the analysis
 * cache's code fingerprint covers the model in use.
 */
public final class AttachModel implements Attacher {
  /** The shipped model, on the classpath beside this class. */
  public static final String RESOURCE = "attach-model.tsv";

  /** System property: a model file to use instead of the shipped one, or "none". */
  public static final String OVERRIDE = "quorum.attach.model";

  /** How the ranker's choice and the chain's combine. */
  public enum Use {
    /** The sentence moves to the ranker's choice. */
    MOVE,
    /** The sentence stays on the chain's choice and speaks to the ranker's choice too. */
    ADD
  }

  private final double margin;
  private final Use use;
  private final Map<String, Double> weights;

  AttachModel(double margin, Use use, Map<String, Double> weights) {
    this.margin = margin;
    this.use = use;
    this.weights = Map.copyOf(weights);
  }

  @Override
  public List<Issue> attach(ThreadView view, IssueRegistry reg, Turn t, Block b, Sentence s,
      Issue rule, List<Position> earlier) {
    if (namesItsIssue(reg, s)) {
      return List.of(rule);
    }
    return pick(AttachFeatures.of(view, reg, t, b, s, rule, earlier), rule);
  }

  /**
   * "I support this topic.", "NAK", "This patch looks fine", a point the sentence raises
   * itself: a sentence that names what it speaks to is on that alone, as the chain read it;
   * the ranker only weighs sentences whose issue the chain had to infer.
   */
  private static boolean namesItsIssue(IssueRegistry reg, Sentence s) {
    return IssueRegistry.namesTheProposal(s);
  }

  /** The issues a sentence with these candidates is put on, as {@link Use} says. */
  List<Issue> pick(Map<Issue, List<String>> candidates, Issue rule) {
    Issue best = choose(candidates, rule);
    if (best.equals(rule)) {
      return List.of(rule);
    }
    return use == Use.MOVE ? List.of(best) : List.of(rule, best);
  }

  /** The best-scoring candidate when it beats the chain's choice by more than the margin. */
  Issue choose(Map<Issue, List<String>> candidates, Issue rule) {
    Issue best = rule;
    double ruleScore = score(candidates.getOrDefault(rule, List.of()));
    double bestScore = ruleScore;
    for (Map.Entry<Issue, List<String>> e : candidates.entrySet()) {
      double sc = score(e.getValue());
      if (sc > bestScore) {
        best = e.getKey();
        bestScore = sc;
      }
    }
    return bestScore - ruleScore > margin ? best : rule;
  }

  /** The log-odds that the issue with these features is the one spoken to. */
  double score(List<String> features) {
    double sc = 0;
    for (String f : features) {
      sc += weights.getOrDefault(f, 0.0);
    }
    return sc;
  }

  private static final class Holder {
    static final Optional<AttachModel> INSTANCE = load();
  }

  /** The model in use: the override's, else the shipped one; empty when there is none. */
  public static Optional<AttachModel> inUse() {
    return Holder.INSTANCE;
  }

  /** The attacher in use: the model when there is one, else the chain alone. */
  public static Attacher attacherInUse() {
    return inUse().<Attacher>map(m -> m).orElse(RULES);
  }

  /** The bytes of the model in use (empty when none), for the code fingerprint. */
  public static byte[] bytesInUse() {
    return ModelBytes.inUse(OVERRIDE, AttachModel.class, RESOURCE);
  }

  private static Optional<AttachModel> load() {
    byte[] b = bytesInUse();
    return b.length == 0 ? Optional.empty()
        : Optional.of(parse(new String(b, StandardCharsets.UTF_8)));
  }

  /** Reads a model file's text. */
  public static AttachModel parse(String text) {
    double margin = 0;
    Use use = Use.MOVE;
    Map<String, Double> w = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalArgumentException("attach model: not feature<TAB>weight [" + line + "]");
        }
        if (f[0].equals("margin")) {
          margin = Double.parseDouble(f[1]);
        } else if (f[0].equals("use")) {
          use = Use.valueOf(f[1].toUpperCase(Locale.ROOT));
        } else {
          w.put(f[0], Double.parseDouble(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AttachModel(margin, use, w);
  }

  /** Writes a model file's text (weights to four decimals, features in the given order). */
  public static String format(double margin, Use use, Map<String, Double> weights,
      String comment) {
    StringBuilder sb = new StringBuilder();
    comment.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
    sb.append("margin\t").append(number(margin)).append('\n');
    sb.append("use\t").append(use.name().toLowerCase(Locale.ROOT)).append('\n');
    weights.forEach((f, v) -> {
      String n = number(v);
      if (!n.equals("0")) {
        sb.append(f).append('\t').append(n).append('\n');
      }
    });
    return sb.toString();
  }

  private static String number(double x) {
    String s = String.format(Locale.ROOT, "%.4f", x);
    int end = s.length();
    // trailing zeros, then a bare point, go (a loop: the regex "0+$" is quadratic on zeros)
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    s = s.substring(0, end);
    return s.equals("-0") ? "0" : s;
  }
}
