package quorum.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import quorum.analysis.decision.DecisionFinder;
import quorum.analysis.decision.NormativeDecisions;
import quorum.analysis.decision.RefusedPoints;
import quorum.analysis.decision.UndecidedPoints;
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
   * order. Up to {@link #AHEAD} threads per core ahead of the one being handed over are in
   * work on an {@link AnalysisPool} (one worker per core and one more: with one per core the
   * workers were busy about two thirds of the time, against nine tenths for a plain
   * pipeline's): each message's annotation is a task, longest text first, and a thread's
   * finders are a task too, run as soon as its last message is annotated, so that the finders
   * of several threads, and the last messages of a run, share the cores instead of waiting for
   * one another. This thread only reads the result cache and hands results over.
   */
  public void analyzeAll(List<Discussion> threads, BiConsumer<Discussion, ThreadAnalysis> each) {
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (AnalysisPool pool = new AnalysisPool(cores + 1)) {
      Deque<Pending> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < threads.size(); i++) {
        while (next < threads.size() && next - i < AHEAD * cores) {
          inFlight.add(start(threads.get(next++), pool));
        }
        Pending p = inFlight.poll();
        // the pipeline's or a finder's own failure, as a one-by-one analyze would have thrown it
        each.accept(p.thread(), Futures.join(p.analysis(), "analysing"));
      }
    }
  }

  /** Threads whose messages are annotated ahead, per core, in {@link #analyzeAll}. */
  static final int AHEAD = 4;

  /** A thread in {@link #analyzeAll} and its analysis, from the cache or in work. */
  private record Pending(Discussion thread, Future<ThreadAnalysis> analysis) {}

  /** The analysis of {@code d}: its cached result, or its messages and then its finders queued. */
  private Pending start(Discussion d, AnalysisPool pool) {
    Optional<String> key = results.keyOf(d);
    Optional<ThreadAnalysis> cached = key.flatMap(results::get);
    if (cached.isPresent()) {
      return new Pending(d, CompletableFuture.completedFuture(cached.get()));
    }
    Map<MessageKey, CompletableFuture<Annotated>> annotating = new HashMap<>();
    for (Message m : d.messages()) {
      String text = ThreadView.ownText(m);
      if (!text.isBlank()) {
        annotating.put(m.key(), CompletableFuture.supplyAsync(
            () -> new Annotated(text, cache.sentences(m.key(), text)), pool.at(text.length())));
      }
    }
    CompletableFuture<ThreadAnalysis> analysis = CompletableFuture
        .allOf(annotating.values().toArray(CompletableFuture[]::new))
        .thenApplyAsync(done -> {
          Map<MessageKey, Annotated> annotated = new HashMap<>();
          annotating.forEach((k, f) -> annotated.put(k, f.join()));
          ThreadAnalysis a = find(d, annotated);
          key.ifPresent(k -> results.put(k, a));
          return a;
        }, pool.at(AnalysisPool.FIRST));
    return new Pending(d, analysis);
  }

  /** The finders on {@code d}, whose messages' own texts are annotated in {@code annotated}. */
  private ThreadAnalysis find(Discussion d, Map<MessageKey, Annotated> annotated) {
    ThreadView view = ThreadView.of(d, (key, text) -> {
      Annotated a = annotated.get(key);
      return a != null && a.text.equals(text) ? a.sentences : cache.sentences(key, text);
    });
    List<Asked> asked = questions.find(view);
    IssueRegistry issues = new IssueRegistry(view, asked);
    PositionFinder.Found found = positions.findBoth(view, asked, issues);
    List<Position> pos = found.ruled();
    List<Decision> dec = decisions.find(view, asked, issues);
    List<Question> qs = new ArrayList<>();
    asked.forEach(a -> qs.add(a.question()));
    List<MessageRef> refs = new ArrayList<>();
    for (Message m : d.messages()) {
      refs.add(new MessageRef(m.key(), m.from(), m.date(), d.tree().parentOf(m.key()), m.provenance()));
    }
    List<NormativeUse> norms = normative.find(view);
    NormativeDecisions.Result withDebates = normativeDecisions.add(issues.issues(), dec, norms);
    Set<String> suggestions = new HashSet<>();
    issues.issues().stream().filter(issues::suggestion).forEach(i -> suggestions.add(i.id()));
    List<Decision> withOpen = UnsettledIssues.add(withDebates.issues(), pos,
        withDebates.decisions(), asked, view.root().map(t -> t.author()), suggestions,
        DecisionFinder.opensTopic(view, issues));
    List<Decision> withRefused = RefusedPoints.apply(withDebates.issues(), pos, withOpen, asked,
        d, view.root().map(t -> t.author()));
    UnusedIssues.Result used = UnusedIssues.drop(withDebates.issues(), pos, found.all(),
        withRefused);
    return new ThreadAnalysis(d.subject(), refs, qs, used.issues(), used.positions(),
        UndecidedPoints.add(used.issues(), used.decisions()), norms, normative.strengthChanges(view),
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
