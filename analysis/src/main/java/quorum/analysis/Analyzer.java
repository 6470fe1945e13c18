package quorum.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import quorum.analysis.decision.DecisionFinder;
import quorum.analysis.decision.NormativeDecisions;
import quorum.analysis.decision.UnsettledIssues;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.nlp.AnnotationCache;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.SentenceAnnotator;
import quorum.analysis.normative.NormativeFinder;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.position.IssueRegistry;
import quorum.analysis.position.PositionFinder;
import quorum.analysis.position.UnusedIssues;
import quorum.analysis.question.Asked;
import quorum.analysis.question.QuestionFinder;
import quorum.analysis.temperature.Thermometer;
import quorum.ingest.concurrent.Futures;
import quorum.mail.Decision;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Position;
import quorum.mail.Question;

/**
 * Analyzes a discussion: annotates each message's own text (cached per message), then runs
 * the finders for questions, issues and positions, decisions and normative keywords, and
 * measures how contested the thread is. Issues nobody took a stand on and nothing settled are
 * dropped at the end ({@link UnusedIssues}).
 * With a cache folder, the whole result of a thread is
 * kept too, and an unchanged thread analysed again by the same code is read back from it
 * ({@link ResultCache}).
 * Create one and reuse it: the language pipeline is loaded once per JVM and the cache lives
 * here. Thread-safe.
 */
public final class Analyzer {
  private final AnnotationCache cache;
  private final ResultCache results;
  private final QuestionFinder questions = new QuestionFinder();
  private final PositionFinder positions = new PositionFinder();
  private final DecisionFinder decisions = new DecisionFinder();
  private final NormativeFinder normative = new NormativeFinder();
  private final NormativeDecisions normativeDecisions = new NormativeDecisions();
  private final Thermometer thermometer = new Thermometer();

  /** An analyzer on Stanford CoreNLP (models load on the first message analysed). */
  public Analyzer(AnalysisOptions options) {
    this(new CoreNlpAnnotator(), options);
  }

  /** An analyzer on any annotator (tests use hand-built sentences). */
  public Analyzer(SentenceAnnotator annotator, AnalysisOptions options) {
    Objects.requireNonNull(annotator, "annotator");
    this.cache = new AnnotationCache(annotator, options.cacheDir());
    this.results = new ResultCache(options.cacheDir(), annotator.getClass().getName());
  }

  /**
   * The analysis of {@code d}: from the cache folder when this thread, unchanged, was analysed
   * before by the same code (see {@link ResultCache}), else afresh (and then stored there),
   * its messages annotated in parallel as {@link #analyzeAll} does.
   */
  public ThreadAnalysis analyze(Discussion d) {
    List<ThreadAnalysis> out = new ArrayList<>(1);
    analyzeAll(List.of(d), (thread, a) -> out.add(a));
    return out.get(0);
  }

  /**
   * The analyses of {@code threads}, handed to {@code each} with their thread, in the threads'
   * order. The language pipeline works on the messages of up to {@link #AHEAD} threads per
   * core ahead of the one being handed over, one message per task on a pool of one worker per
   * core and one more (measured: with one per core the workers were busy about two thirds of
   * the time, against nine tenths for a plain pipeline's; the extra one fills the gaps), while
   * this thread runs the finders of each thread as its messages come back. Most
   * threads are short, so one thread at a time (even with its messages in parallel) left a
   * core idle while its longest message was parsed; and nesting parallel streams inside
   * parallel threads queued both cores' halves behind the common pool's one worker.
   */
  public void analyzeAll(List<Discussion> threads, BiConsumer<Discussion, ThreadAnalysis> each) {
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(cores + 1, r -> {
      Thread t = new Thread(r, "quorum-annotate");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Pending> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < threads.size(); i++) {
        while (next < threads.size() && next - i < AHEAD * cores) {
          inFlight.add(start(threads.get(next++), pool));
        }
        Pending p = inFlight.poll();
        each.accept(p.thread(), p.finish());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Threads whose messages are annotated ahead, per core, in {@link #analyzeAll}. */
  static final int AHEAD = 4;

  /** A thread in {@link #analyzeAll}: its cached result, or its messages being annotated. */
  private final class Pending {
    private final Discussion thread;
    private final Optional<String> key;
    private final Optional<ThreadAnalysis> cached;
    private final Map<MessageKey, Future<Annotated>> annotating = new HashMap<>();

    Pending(Discussion thread, Optional<String> key, Optional<ThreadAnalysis> cached) {
      this.thread = thread;
      this.key = key;
      this.cached = cached;
    }

    Discussion thread() {
      return thread;
    }

    ThreadAnalysis finish() {
      if (cached.isPresent()) {
        return cached.get();
      }
      Map<MessageKey, Annotated> annotated = new HashMap<>();
      annotating.forEach((k, f) -> annotated.put(k, result(f)));
      ThreadAnalysis a = find(thread, annotated);
      key.ifPresent(k -> results.put(k, a));
      return a;
    }
  }

  private Pending start(Discussion d, ExecutorService pool) {
    Optional<String> key = results.keyOf(d);
    Pending p = new Pending(d, key, key.flatMap(results::get));
    if (p.cached.isEmpty()) {
      for (Message m : d.messages()) {
        String text = ThreadView.ownText(m);
        if (!text.isBlank()) {
          p.annotating.put(m.key(), pool.submit(() -> new Annotated(text, cache.sentences(m.key(), text))));
        }
      }
    }
    return p;
  }

  private static <T> T result(Future<T> f) {
    // the pipeline's own failure, as a one-by-one analyze would have thrown it
    return Futures.join(f, "analysing");
  }


  /** The finders on {@code d}, whose messages' own texts are annotated in {@code annotated}. */
  private ThreadAnalysis find(Discussion d, Map<MessageKey, Annotated> annotated) {
    ThreadView view = ThreadView.of(d, (key, text) -> {
      Annotated a = annotated.get(key);
      return a != null && a.text.equals(text) ? a.sentences : cache.sentences(key, text);
    });
    List<Asked> asked = questions.find(view);
    IssueRegistry issues = new IssueRegistry(view, asked);
    List<Position> pos = positions.find(view, asked, issues);
    List<Decision> dec = decisions.find(view, asked, issues);
    List<Question> qs = new ArrayList<>();
    asked.forEach(a -> qs.add(a.question()));
    List<MessageRef> refs = new ArrayList<>();
    for (Message m : d.messages()) {
      refs.add(new MessageRef(m.key(), m.from(), m.date(), d.tree().parentOf(m.key()), m.provenance()));
    }
    List<NormativeUse> norms = normative.find(view);
    NormativeDecisions.Result withDebates = normativeDecisions.add(issues.issues(), dec, norms);
    List<Decision> withOpen = UnsettledIssues.add(withDebates.issues(), pos,
        withDebates.decisions(), asked);
    UnusedIssues.Result used = UnusedIssues.drop(withDebates.issues(), pos, withOpen);
    return new ThreadAnalysis(d.subject(), refs, qs, used.issues(), used.positions(),
        used.decisions(), norms, normative.strengthChanges(view),
        DecisionFinder.anySettled(used.decisions()),
        thermometer.measure(view, used.positions(), asked));
  }

  /** One message's own text and its sentences. */
  private record Annotated(String text, List<Sentence> sentences) {}

  /** Threads whose whole analysis came from the cache folder. */
  public int resultHits() {
    return results.hits();
  }

  /** Cache statistics: messages served from cache and messages annotated. */
  public int cacheHits() {
    return cache.hits();
  }

  public int cacheMisses() {
    return cache.misses();
  }
}
