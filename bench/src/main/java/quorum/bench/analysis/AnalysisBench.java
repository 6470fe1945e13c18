package quorum.bench.analysis;

import com.sun.management.OperatingSystemMXBean;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.SentenceAnnotator;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

/**
 * Analysis throughput on the same own text: the texts quorum's {@link Analyzer} hands to its
 * annotator are recorded (by a recording annotator that annotates nothing), then run through a
 * plain CoreNLP pipeline with the same annotators, on one thread and on every core, and
 * quorum's analyzer runs the same threads (as {@code quorum analyze} does, with a disk cache),
 * the last two in alternating rounds: a cold first one, then warm ones compared by their medians;
 * and finally the largest thread is analysed twice, the second time by a fresh analyzer on the
 * first one's cache, as a second {@code quorum analyze} run would. Prints {@code analysis.*}.
 */
public final class AnalysisBench {
  /**
   * CoreNLP's standard pipeline for what quorum's annotates: quorum runs the same steps, but
   * its dependency step builds only the enhanced++ graph of CoreNLP's depparse (the one the
   * finders read; SharedPipeline, EnhancedParseAnnotator), the plain pipeline all five.
   */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse";

  private AnalysisBench() {}

  /** Three warm rounds. */
  public static void run(Path mbox, Path cacheRoot, int maxMessages, PrintStream out)
      throws IOException, IngestException, InterruptedException {
    run(mbox, cacheRoot, maxMessages, 3, out);
  }

  public static void run(Path mbox, Path cacheRoot, int maxMessages, int warmRounds, PrintStream out)
      throws IOException, IngestException, InterruptedException {
    if (warmRounds < 1) {
      throw new IllegalArgumentException("at least one warm round: " + warmRounds);
    }
    List<Discussion> threads = select(new Ingester(IngestOptions.LENIENT).ingest(List.of(mbox))
        .discussions(), maxMessages);
    List<String> texts = recordTexts(threads);
    int messages = threads.stream().mapToInt(d -> d.messages().size()).sum();
    out.printf(Locale.ROOT, "analysis.threads\t%d%nanalysis.messages\t%d%nanalysis.texts\t%d%n",
        threads.size(), messages, texts.size());

    long t0 = System.nanoTime();
    StanfordCoreNLP plain = plainPipeline();
    out.printf(Locale.ROOT, "analysis.plain_load_s\t%.3f%n", seconds(t0));
    annotateAll(plain, texts.subList(0, Math.min(10, texts.size())), 1); // JIT warm-up
    long t1 = System.nanoTime();
    int sentences = annotateAll(plain, texts, 1);
    out.printf(Locale.ROOT, "analysis.sentences\t%d%nanalysis.plain_1t_s\t%.3f%n", sentences, seconds(t1));
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "analysis.cores\t%d%n", cores);
    // Rounds of the plain pipeline on every core and then quorum's analyzer (a fresh cache
    // each time). The first is cold for quorum (its own pipeline and code paths) while the plain
    // pipeline has already run every text twice (a first quorum round ran 1.27x its second on
    // the ksummit sample), so it is shown apart; the warm rounds after it are compared by
    // their medians, since on a shared machine one round's pair can be far off.
    SentenceAnnotator nlp = new CoreNlpAnnotator().warmUp();
    double[][] warm = new double[4][warmRounds]; // plain s, plain CPU s, quorum s, quorum CPU s
    StringBuilder ratios = new StringBuilder();
    for (int round = 0; round <= warmRounds; round++) {
      long t2 = System.nanoTime();
      long c2 = cpuNanos();
      annotateAll(plain, texts, cores);
      double plainS = seconds(t2);
      double plainCpu = cpuSeconds(c2);
      Analyzer quorum = new Analyzer(nlp, AnalysisOptions.DEFAULT.withCacheDir(fresh(cacheRoot, "all" + round)));
      long t3 = System.nanoTime();
      long c3 = cpuNanos();
      quorum.analyzeAll(threads, (d, a) -> { }); // as quorum analyze --all does
      double quorumS = seconds(t3);
      double quorumCpu = cpuSeconds(c3);
      if (round == 0) {
        out.printf(Locale.ROOT, "analysis.plain_nt_first_s\t%.3f%nanalysis.plain_nt_cpu_first_s\t%.3f%n"
            + "analysis.quorum_first_s\t%.3f%nanalysis.quorum_cpu_first_s\t%.3f%n", plainS, plainCpu, quorumS, quorumCpu);
      } else {
        double[] r = {plainS, plainCpu, quorumS, quorumCpu};
        for (int k = 0; k < r.length; k++) {
          warm[k][round - 1] = r[k];
        }
        ratios.append(ratios.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", plainS / quorumS));
      }
    }
    out.printf(Locale.ROOT, "analysis.warm_rounds\t%d%nanalysis.plain_nt_s\t%.3f%nanalysis.plain_nt_cpu_s\t%.3f%n"
        + "analysis.quorum_s\t%.3f%nanalysis.quorum_cpu_s\t%.3f%nanalysis.round_ratios\t%s%n", warmRounds,
        median(warm[0]), median(warm[1]), median(warm[2]), median(warm[3]), ratios);

    Discussion large = threads.stream().max(Comparator.comparingInt(d -> d.messages().size())).orElseThrow();
    Path cache = fresh(cacheRoot, "large");
    long t4 = System.nanoTime();
    new Analyzer(nlp, AnalysisOptions.DEFAULT.withCacheDir(cache)).analyze(large);
    double first = seconds(t4);
    double cached = median(5, () -> new Analyzer(nlp, AnalysisOptions.DEFAULT.withCacheDir(cache)).analyze(large));
    // a thread that changed (one new message, say) misses the whole-thread result and is
    // analysed again from the per-message annotations: the finders run, CoreNLP does not
    double annotationsOnly = median(3, () -> {
      deleteTree(cache.resolve("threads"));
      new Analyzer(nlp, AnalysisOptions.DEFAULT.withCacheDir(cache)).analyze(large);
    });
    out.printf(Locale.ROOT, "analysis.large_messages\t%d%nanalysis.first_s\t%.4f%nanalysis.cached_s\t%.4f%n"
        + "analysis.annotations_cached_s\t%.4f%n", large.messages().size(), first, cached, annotationsOnly);
  }

  /** The median of {@code values} (the upper one of an even count). */
  static double median(double[] values) {
    double[] t = values.clone();
    java.util.Arrays.sort(t);
    return t[t.length / 2];
  }

  /** The median of {@code rounds} timings of {@code run}, in seconds. */
  static double median(int rounds, Runnable run) {
    double[] t = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      run.run();
      t[i] = seconds(start);
    }
    java.util.Arrays.sort(t);
    return t[rounds / 2];
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whole threads in reading order until {@code maxMessages} (at least one thread). */
  static List<Discussion> select(List<Discussion> all, int maxMessages) {
    List<Discussion> out = new ArrayList<>();
    int n = 0;
    for (Discussion d : all) {
      if (!out.isEmpty() && n + d.messages().size() > maxMessages) {
        continue;
      }
      out.add(d);
      n += d.messages().size();
    }
    return out;
  }

  /** The own texts quorum's analyzer would annotate, in order. */
  static List<String> recordTexts(List<Discussion> threads) {
    List<String> texts = new ArrayList<>();
    SentenceAnnotator recorder = text -> {
      if (!text.isBlank()) {
        texts.add(text);
      }
      return List.<Sentence>of();
    };
    Analyzer a = new Analyzer(recorder, AnalysisOptions.DEFAULT);
    threads.forEach(a::analyze);
    return texts;
  }

  static StanfordCoreNLP plainPipeline() {
    RedwoodConfiguration.current().clear().handlers(RedwoodConfiguration.Handlers.slf4j).apply();
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    return new StanfordCoreNLP(props);
  }

  /** Annotates every text with {@code threads} workers; returns the number of sentences. */
  static int annotateAll(StanfordCoreNLP p, List<String> texts, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> parts = new ArrayList<>();
      for (String t : texts) {
        parts.add(pool.submit(() -> {
          CoreDocument doc = new CoreDocument(t);
          p.annotate(doc);
          return doc.sentences().size();
        }));
      }
      int sentences = 0;
      for (Future<Integer> f : parts) {
        sentences += f.get();
      }
      return sentences;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("CoreNLP failed on a benchmark text", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path fresh(Path root, String name) throws IOException {
    Path dir = root.resolve(name);
    if (Files.exists(dir)) {
      try (var s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  /**
   * CPU time of this whole process (every thread, the collector and compiler included): on a
   * shared machine the wall times above depend on what else runs, the work done much less, so
   * the CPU seconds of the plain pipeline and of quorum's analyzer show the overhead apart from
   * how well both cores were used (wall seconds × cores against CPU seconds).
   */
  private static long cpuNanos() {
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
  }

  private static double cpuSeconds(long since) {
    return (cpuNanos() - since) / 1e9;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
