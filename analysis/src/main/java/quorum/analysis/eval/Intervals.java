package quorum.analysis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * How far an overall figure could move with a different sample of threads: a 95 % percentile
 * bootstrap over files. Each resample draws as many files as were scored, with replacement,
 * sums their counts as the overall line does, and computes every figure; the interval is the
 * 2.5th to 97.5th percentile of those. With a held-out set of a dozen threads a difference of
 * a few points between two runs is often inside it, and a reader should know that. The seed is
 * fixed, so the same files give the same intervals on every run.
 */
public final class Intervals {
  /** One overall figure and how to compute it from summed counts. */
  public record Figure(String name, ToDoubleFunction<Scores> value) {}

  /** The figures the overall line reports, in its order. */
  public static final List<Figure> FIGURES = List.of(
      new Figure("questions F1", Scores::questionF1),
      new Figure("answered/open accuracy", Scores::statusAccuracy),
      new Figure("question form accuracy", Scores::formAccuracy),
      new Figure("stance accuracy", Scores::stanceAccuracy),
      new Figure("decision F1", Scores::decisionF1),
      new Figure("normative keyword recall", Scores::normativeRecall),
      new Figure("reply-tree parent accuracy", Scores::parentAccuracy));

  /** A figure's interval. */
  public record Interval(Figure figure, double low, double high) {}

  public static final int RESAMPLES = 2000;
  private static final long SEED = 20_261_126L;

  private Intervals() {}

  /** The 95 % bootstrap interval of every figure over {@code perFile} (at least two files). */
  public static List<Interval> of(List<Scores> perFile) {
    if (perFile.size() < 2) {
      throw new IllegalArgumentException("an interval over files needs at least two files");
    }
    SplittableRandom random = new SplittableRandom(SEED);
    double[][] values = new double[FIGURES.size()][RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      Scores sum = Scores.ZERO;
      for (int i = 0; i < perFile.size(); i++) {
        sum = sum.plus(perFile.get(random.nextInt(perFile.size())));
      }
      for (int f = 0; f < FIGURES.size(); f++) {
        values[f][r] = FIGURES.get(f).value().applyAsDouble(sum);
      }
    }
    List<Interval> out = new ArrayList<>();
    for (int f = 0; f < FIGURES.size(); f++) {
      double[] v = values[f];
      Arrays.sort(v);
      out.add(new Interval(FIGURES.get(f), v[(int) (0.025 * (RESAMPLES - 1))],
          v[(int) Math.ceil(0.975 * (RESAMPLES - 1))]));
    }
    return out;
  }

  /** One line per figure: its name and the interval. */
  public static String format(List<Interval> intervals) {
    StringBuilder sb = new StringBuilder();
    for (Interval i : intervals) {
      sb.append(String.format(Locale.ROOT, "%-28s %.3f to %.3f%n", i.figure().name(), i.low(),
          i.high()));
    }
    return sb.toString();
  }
}
