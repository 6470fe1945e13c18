package quorum.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Turns one run's raw measurements into one Markdown table: quorum, notmuch, mu and the
 * ceiling side by side, with ratios. Rates and latencies compare as "times faster" (above 1
 * quorum is faster: peer time / quorum time); peak RSS and index size as quorum / other
 * (below 1 quorum uses less). A missing measurement (stage skipped, tool absent) prints "–".
 */
public final class ResultsTable {
  static final List<String> QUERY_KINDS = List.of("common", "rare", "phrase", "from", "month");
  private static final String NONE = "–";

  private final Raw raw;
  private final StringBuilder md = new StringBuilder();

  private ResultsTable(Raw raw) {
    this.raw = raw;
  }

  public static void write(Path rawFile, Path out, PrintStream console) throws IOException {
    String table = render(Raw.read(rawFile));
    Files.writeString(out, table, StandardCharsets.UTF_8);
    console.print(table);
  }

  public static String render(Raw raw) {
    return new ResultsTable(raw).build();
  }

  private String build() {
    md.append("## ").append(raw.text("corpus").orElse("corpus")).append(" — ")
        .append(raw.text("date").orElse("")).append("\n\n")
        .append("Machine: ").append(raw.text("machine").orElse("?")).append("; load average before ")
        .append(raw.text("load_before").orElse("?")).append(", after ")
        .append(raw.text("load_after").orElse("?")).append(". Corpus: ")
        .append(raw.text("messages").orElse("?")).append(" messages, ")
        .append(mb(raw.number("mbox_bytes"))).append(" MB mbox.\n\n")
        .append("| measurement | quorum | notmuch | mu | ceiling | × notmuch | × mu | × ceiling |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    ingestRows();
    searchRows();
    startRows();
    analysisRows();
    scalingRow();
    md.append("\n× columns: for rates and latencies, how many times faster quorum is (above 1 is"
        + " faster); for seconds, RSS and index size, quorum ÷ the other (below 1 is less). Search is"
        + " the whole CLI process printing every match, warm; the ceiling is a plain Mime4J parse"
        + " plus a plain Lucene IndexWriter in one JVM thread. \"`quorum serve` running\": the same"
        + " command while a warm `quorum serve` process of the index answers it (the search's own"
        + " process only starts the JVM and copies the output); the rows above run with no server.\n");
    return md.toString();
  }

  private void ingestRows() {
    double n = raw.number("messages").orElse(Double.NaN);
    OptionalDouble q = rate(n, "quorum.ingest_s");
    OptionalDouble nm = rate(n, "notmuch.ingest_s");
    OptionalDouble mu = rate(n, "mu.ingest_s");
    OptionalDouble ceil = rate(raw.number("ceiling.messages").orElse(n), "ceiling.index_s");
    row("ingest+index, messages/s", q, nm, mu, ceil, true, "%.0f");
    row("ingest+index, seconds", raw.number("quorum.ingest_s"), raw.number("notmuch.ingest_s"),
        raw.number("mu.ingest_s"), raw.number("ceiling.index_s"), false, "%.1f");
    OptionalDouble parse = rate(raw.number("ceiling.messages").orElse(n), "ceiling.parse_s");
    row("parse only, messages/s (ceiling: Mime4J)", OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.empty(), parse, true, "%.0f");
    row("peak RSS, MB", kbToMb("quorum.rss_kb"), kbToMb("notmuch.rss_kb"), kbToMb("mu.rss_kb"),
        kbToMb("ceiling.rss_kb"), false, "%.0f");
    row("index size, MB", mb2("quorum.index_bytes"), mb2("notmuch.index_bytes"), mb2("mu.index_bytes"),
        mb2("ceiling.index_bytes"), false, "%.0f");
  }

  private void searchRows() {
    for (String kind : QUERY_KINDS) {
      for (int p : new int[] {50, 95}) {
        String label = "search " + kind + " `" + raw.text("query." + kind).orElse("?") + "`, p" + p
            + " ms (hits q/n/m: " + hits(kind) + ")";
        row(label, latency("quorum", kind, p), latency("notmuch", kind, p), latency("mu", kind, p),
            OptionalDouble.empty(), true, "%.0f", true);
        markTimeouts(kind);
        OptionalDouble served = latency("served", kind, p);
        if (served.isPresent()) {
          row("&nbsp;&nbsp;the same, `quorum serve` running, p" + p + " ms", served,
              latency("notmuch", kind, p), latency("mu", kind, p), OptionalDouble.empty(), true, "%.0f", true);
        }
      }
    }
  }

  /** A query cut at the script's timeout shows its figure as a lower bound ("≥"). */
  private void markTimeouts(String kind) {
    int rowStart = md.lastIndexOf("\n", md.length() - 2) + 1;
    String row = md.substring(rowStart);
    String[] cells = row.split(" \\| ", -1);
    String[] tools = {"quorum", "notmuch", "mu"};
    boolean changed = false;
    for (int i = 0; i < tools.length; i++) {
      if (raw.text("timedout." + tools[i] + "." + kind).isPresent() && !cells[i + 1].equals(NONE)) {
        cells[i + 1] = "≥" + cells[i + 1];
        changed = true;
      }
    }
    if (changed) {
      md.setLength(rowStart);
      md.append(String.join(" | ", cells));
    }
  }

  private String hits(String kind) {
    return raw.text("hits.quorum." + kind).orElse("?") + "/" + raw.text("hits.notmuch." + kind).orElse("?")
        + "/" + raw.text("hits.mu." + kind).orElse("?");
  }

  private void startRows() {
    OptionalDouble version = Raw.percentile(raw.samples("start.quorum"), 50);
    OptionalDouble rare = latency("quorum", "rare", 50);
    OptionalDouble jvm = Raw.percentile(raw.samples("start.jvm"), 50);
    if (jvm.isPresent()) {
      md.append("| bare JVM start (`java -version`, same flags), p50 ms | ").append(fmt(jvm, "%.0f"))
          .append(" | | | | | | |\n");
    }
    md.append("| JVM start (`quorum --version`), p50 ms | ").append(fmt(version, "%.0f"))
        .append(" | | | | | | |\n");
    if (version.isPresent() && rare.isPresent()) {
      md.append("| start share of a small search (rare word, p50) | ")
          .append(String.format(Locale.ROOT, "%.0f%%", 100 * version.getAsDouble() / rare.getAsDouble()))
          .append(" | | | | | | |\n");
    }
  }

  private void analysisRows() {
    OptionalDouble sentences = raw.number("analysis.sentences");
    if (sentences.isEmpty()) {
      return;
    }
    double s = sentences.getAsDouble();
    double threads = raw.number("analysis.threads").orElse(Double.NaN);
    OptionalDouble q = rate(s, "analysis.quorum_s");
    OptionalDouble plain1 = rate(s, "analysis.plain_1t_s");
    OptionalDouble plainN = rate(s, "analysis.plain_nt_s");
    md.append("| analysis, sentences/s, median of ").append(raw.text("analysis.warm_rounds").orElse("the"))
        .append(" warm rounds (").append(raw.text("analysis.round_ratios").map(r -> "each " + r + "; ").orElse(""))
        .append("ceiling: plain CoreNLP, all ")
        .append(raw.text("analysis.cores").orElse("?")).append(" cores; ")
        .append(fmt(plain1, "%.1f")).append(" on one) | ").append(fmt(q, "%.1f"))
        .append(" | | | ").append(fmt(plainN, "%.1f")).append(" | | | ").append(ratio(q, plainN)).append(" |\n");
    // the rounds compared above are warm; the first, cold for quorum, is shown too
    OptionalDouble qFirst = rate(s, "analysis.quorum_first_s");
    OptionalDouble plainFirst = rate(s, "analysis.plain_nt_first_s");
    if (qFirst.isPresent() && plainFirst.isPresent()) {
      md.append("| analysis, sentences/s, first (cold) round | ").append(fmt(qFirst, "%.1f"))
          .append(" | | | ").append(fmt(plainFirst, "%.1f")).append(" | | | ")
          .append(ratio(qFirst, plainFirst)).append(" |\n");
    }
    // CPU seconds of the same warm rounds: the work quorum adds (or saves) apart from how
    // well it keeps the cores busy, which on a shared machine moves the wall times above a lot
    OptionalDouble qCpu = raw.number("analysis.quorum_cpu_s");
    OptionalDouble plainCpu = raw.number("analysis.plain_nt_cpu_s");
    if (qCpu.isPresent() && plainCpu.isPresent()) {
      md.append("| analysis, CPU seconds, median of the warm rounds (plain CoreNLP: the same texts) | ")
          .append(fmt(qCpu, "%.2f")).append(" | | | ").append(fmt(plainCpu, "%.2f")).append(" | | | ")
          .append(ratio(qCpu, plainCpu)).append(" |\n");
    }
    md.append("| analysis, threads/s (").append(String.format(Locale.ROOT, "%.0f", threads))
        .append(" threads, ").append(String.format(Locale.ROOT, "%.0f", s)).append(" sentences) | ")
        .append(fmt(rate(threads, "analysis.quorum_s"), "%.2f")).append(" | | | | | | |\n");
    OptionalDouble first = raw.number("analysis.first_s");
    OptionalDouble cached = raw.number("analysis.cached_s");
    md.append("| analysis of the largest thread (").append(raw.text("analysis.large_messages").orElse("?"))
        .append(" msgs): first / cached, ms | ").append(fmt(times(first, 1000), "%.0f")).append(" / ")
        .append(fmt(times(cached, 1000), "%.1f")).append(" (cached ").append(ratio(first, cached))
        .append("× faster) | | | | | | |\n");
    OptionalDouble annotations = raw.number("analysis.annotations_cached_s");
    if (annotations.isPresent()) {
      md.append("| the same thread changed (annotations cached, finders run), ms | ")
          .append(fmt(times(annotations, 1000), "%.1f")).append(" (")
          .append(ratio(first, annotations)).append("× faster than first) | | | | | | |\n");
    }
  }

  private void scalingRow() {
    OptionalDouble small = raw.number("scaling.small_s");
    OptionalDouble smallN = raw.number("scaling.small_messages");
    OptionalDouble big = raw.number("quorum.ingest_s");
    double n = raw.number("messages").orElse(Double.NaN);
    if (small.isEmpty() || smallN.isEmpty() || big.isEmpty()) {
      return;
    }
    double timeRatio = big.getAsDouble() / small.getAsDouble();
    double sizeRatio = n / smallN.getAsDouble();
    md.append(String.format(Locale.ROOT,
        "| scaling %.0f → %.0f messages: time ×%.2f for size ×%.1f (1.00 = linear) | %.2f | | | | | | |%n",
        smallN.getAsDouble(), n, timeRatio, sizeRatio, timeRatio / sizeRatio));
  }

  private OptionalDouble latency(String tool, String kind, int p) {
    return Raw.percentile(raw.samples("search." + tool + "." + kind), p);
  }

  private OptionalDouble rate(double count, String secondsKey) {
    OptionalDouble s = raw.number(secondsKey);
    return s.isPresent() && s.getAsDouble() > 0 && !Double.isNaN(count)
        ? OptionalDouble.of(count / s.getAsDouble()) : OptionalDouble.empty();
  }

  private OptionalDouble kbToMb(String key) {
    return times(raw.number(key), 1 / 1024.0);
  }

  private OptionalDouble mb2(String key) {
    return times(raw.number(key), 1 / 1e6);
  }

  private void row(String label, OptionalDouble q, OptionalDouble nm, OptionalDouble mu, OptionalDouble ceil,
      boolean higherIsBetter, String format) {
    row(label, q, nm, mu, ceil, higherIsBetter, format, false);
  }

  /** {@code latency}: smaller is better but ratios are still "times faster" (other / quorum). */
  private void row(String label, OptionalDouble q, OptionalDouble nm, OptionalDouble mu, OptionalDouble ceil,
      boolean speed, String format, boolean latency) {
    md.append("| ").append(label).append(" | ").append(fmt(q, format)).append(" | ").append(fmt(nm, format))
        .append(" | ").append(fmt(mu, format)).append(" | ").append(fmt(ceil, format)).append(" | ");
    for (OptionalDouble other : List.of(nm, mu, ceil)) {
      md.append(latency ? ratio(other, q) : ratio(q, other)).append(" | ");
    }
    md.setLength(md.length() - 1);
    md.append('\n');
  }

  private static String ratio(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() && b.getAsDouble() > 0
        ? String.format(Locale.ROOT, "%.2f", a.getAsDouble() / b.getAsDouble()) : NONE;
  }

  private static OptionalDouble times(OptionalDouble v, double factor) {
    return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * factor) : OptionalDouble.empty();
  }

  private static String fmt(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : NONE;
  }

  private static String mb(OptionalDouble bytes) {
    return fmt(times(bytes, 1 / 1e6), "%.0f");
  }
}
