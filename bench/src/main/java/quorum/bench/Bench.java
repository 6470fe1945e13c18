package quorum.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quorum.bench.analysis.AnalysisBench;
import quorum.bench.ceiling.CeilingBench;
import quorum.bench.corpus.CorpusGenerator;
import quorum.bench.corpus.MailSink;
import quorum.bench.corpus.Replicator;
import quorum.bench.report.ResultsTable;

/**
 * Entry point of the harness's in-JVM steps, called by {@code bench/run}:
 * <pre>
 *   generate  --size N --out DIR [--seed S]          synthetic corpus: corpus.mbox, maildir/, sample.mbox, queries.tsv
 *   replicate --source DIR --size N --out DIR        real archive replicated with fresh Message-IDs
 *   ceiling   --mbox FILE --index DIR                plain Mime4J parse, then parse + Lucene index
 *   analysis  --mbox FILE --cache DIR [--messages M] [--rounds R]
 *                                                    quorum analysis vs plain CoreNLP (R warm rounds)
 *   table     --raw FILE --out FILE                  the results table
 * </pre>
 * Each measuring step prints {@code key<TAB>value} lines on stdout for the table.
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Bench generate|replicate|ceiling|analysis|table --option value ...");
      System.exit(2);
    }
    Map<String, String> o = options(Arrays.copyOfRange(args, 1, args.length));
    PrintStream out = System.out;
    switch (args[0]) {
      case "generate" -> generate(o, out);
      case "replicate" -> replicate(o, out);
      case "ceiling" -> CeilingBench.run(Path.of(need(o, "mbox")), Path.of(need(o, "index")), out);
      case "analysis" -> AnalysisBench.run(Path.of(need(o, "mbox")), Path.of(need(o, "cache")),
          Integer.parseInt(o.getOrDefault("messages", "150")), Integer.parseInt(o.getOrDefault("rounds", "3")), out);
      case "table" -> ResultsTable.write(Path.of(need(o, "raw")), Path.of(need(o, "out")), out);
      default -> {
        System.err.println("Bench: unknown step " + args[0]);
        System.exit(2);
      }
    }
    out.flush();
  }

  static void generate(Map<String, String> o, PrintStream out) throws IOException {
    Path dir = Path.of(need(o, "out"));
    int size = size(need(o, "size"));
    CorpusGenerator g = new CorpusGenerator(Long.parseLong(o.getOrDefault("seed", "20261125")));
    CorpusGenerator.Summary s;
    try (MailSink sink = new MailSink(dir.resolve("corpus.mbox"), dir.resolve("maildir"));
         MailSink sample = new MailSink(dir.resolve("sample.mbox"), null)) {
      s = g.generate(size, sink, sample, Integer.parseInt(o.getOrDefault("sample-threads", "40")));
    }
    List<String> q = g.queries();
    writeQueries(dir, q.get(0), q.get(1), q.get(2), q.get(3), q.get(4));
    out.printf(Locale.ROOT, "generated\t%d messages, %d threads, %.1f MB, %d damaged, %d duplicated%n",
        s.messages(), s.threads(), s.bytes() / 1e6, s.damaged(), s.duplicated());
  }

  static void replicate(Map<String, String> o, PrintStream out) throws IOException {
    Path dir = Path.of(need(o, "out"));
    int size = size(need(o, "size"));
    int originals;
    long bytes;
    try (MailSink sink = new MailSink(dir.resolve("corpus.mbox"), dir.resolve("maildir"))) {
      originals = Replicator.replicate(Path.of(need(o, "source")), size, sink);
      bytes = sink.bytes();
    }
    Path sample = Path.of(need(o, "source")).resolve(o.getOrDefault("sample", "ksummit-2021.mbox"));
    Files.copy(sample, dir.resolve("sample.mbox"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // words chosen from the archive: common, rare (a handful of messages per copy), a phrase,
    // the most active author, a busy month
    writeQueries(dir, "kernel", "bikeshedding", "code review", "rostedt@goodmis.org", "2025-02");
    out.printf(Locale.ROOT, "replicated\t%d messages from %d originals, %.1f MB%n", size, originals,
        bytes / 1e6);
  }

  private static void writeQueries(Path dir, String common, String rare, String phrase, String from,
      String month) throws IOException {
    String text = "common\t" + common + "\nrare\t" + rare + "\nphrase\t" + phrase + "\nfrom\t" + from
        + "\nmonth\t" + month + "\n";
    Files.writeString(dir.resolve("queries.tsv"), text, StandardCharsets.UTF_8);
  }

  /** "2k", "100k" or a plain number. */
  static int size(String s) {
    String t = s.toLowerCase(Locale.ROOT).strip();
    return t.endsWith("k") ? Integer.parseInt(t.substring(0, t.length() - 1)) * 1000 : Integer.parseInt(t);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }

  private static String need(Map<String, String> o, String key) {
    String v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key);
    }
    return v;
  }
}
