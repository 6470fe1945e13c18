package quorum.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The raw measurements of one run: {@code key<TAB>value} lines, as the script and the in-JVM
 * steps print them. A key may repeat (one search latency per run); lines that are not
 * key-value pairs are ignored.
 */
public final class Raw {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  public static Raw read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  public static Raw parse(List<String> lines) {
    Raw raw = new Raw();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        raw.values.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>())
            .add(line.substring(tab + 1).strip());
      }
    }
    return raw;
  }

  public Optional<String> text(String key) {
    List<String> v = values.get(key);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** The last value of {@code key} as a number, if present and numeric. */
  public OptionalDouble number(String key) {
    Optional<String> t = text(key);
    if (t.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(t.get()));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** Every numeric value of {@code key}, sorted ascending. */
  public double[] samples(String key) {
    List<String> v = values.getOrDefault(key, List.of());
    double[] out = v.stream().mapToDouble(s -> {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }).filter(d -> !Double.isNaN(d)).toArray();
    Arrays.sort(out);
    return out;
  }

  /** Nearest-rank percentile of sorted samples ({@code p} in 0..100), if any. */
  public static OptionalDouble percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return OptionalDouble.of(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
  }
}
