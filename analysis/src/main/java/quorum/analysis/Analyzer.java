package quorum.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import quorum.analysis.decision.DecisionFinder;
import quorum.analysis.decision.NormativeDecisions;
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
   * before by the same code (see {@link ResultCache}), else afresh (and then stored there).
   */
  public ThreadAnalysis analyze(Discussion d) {
    Optional<String> key = results.keyOf(d);
    Optional<ThreadAnalysis> cached = key.flatMap(results::get);
    if (cached.isPresent()) {
      return cached.get();
    }
    ThreadAnalysis a = analyzeAfresh(d);
    key.ifPresent(k -> results.put(k, a));
    return a;
  }

  /**
   * The analyses of {@code threads}, handed to {@code each} with their thread, in the threads'
   * order. Threads are
   * analysed several at a time: most threads are short, and one thread's messages alone leave
   * a core idle while its longest message is parsed; a window of {@link #WINDOW} threads per
   * core keeps both busy and bounds how many finished analyses wait for an earlier one.
   */
  public void analyzeAll(List<Discussion> threads, BiConsumer<Discussion, ThreadAnalysis> each) {
    int window = WINDOW * Math.max(1, Runtime.getRuntime().availableProcessors());
    for (int from = 0; from < threads.size(); from += window) {
      List<Discussion> part = threads.subList(from, Math.min(threads.size(), from + window));
      // parallel streams keep the encounter order in toList()
      List<ThreadAnalysis> done = part.parallelStream().map(this::analyze).toList();
      for (int i = 0; i < part.size(); i++) {
        each.accept(part.get(i), done.get(i));
      }
    }
  }

  /** Threads in flight per core in {@link #analyzeAll}. */
  static final int WINDOW = 4;

  private ThreadAnalysis analyzeAfresh(Discussion d) {
    Map<MessageKey, Annotated> annotated = annotateAll(d);
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
    UnusedIssues.Result used = UnusedIssues.drop(withDebates.issues(), pos,
        withDebates.decisions());
    return new ThreadAnalysis(d.subject(), refs, qs, used.issues(), used.positions(),
        used.decisions(), norms, normative.strengthChanges(view),
        DecisionFinder.anySettled(used.decisions()),
        thermometer.measure(view, used.positions(), asked));
  }

  /** One message's own text and its sentences. */
  private record Annotated(String text, List<Sentence> sentences) {}

  /**
   * Annotates the own text of every message, messages in parallel (each is independent, and
   * the pipeline is thread-safe), so the language pipeline uses every core.
   */
  private Map<MessageKey, Annotated> annotateAll(Discussion d) {
    Map<MessageKey, Annotated> out = new ConcurrentHashMap<>();
    d.messages().parallelStream().forEach(m -> {
      String text = ThreadView.ownText(m);
      if (!text.isBlank()) {
        out.put(m.key(), new Annotated(text, cache.sentences(m.key(), text)));
      }
    });
    return out;
  }

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
