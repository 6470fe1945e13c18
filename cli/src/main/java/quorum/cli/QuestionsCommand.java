package quorum.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.series.SeriesPosting;
import quorum.analysis.series.SeriesTracker;
import quorum.analysis.series.TrackedQuestion;
import quorum.index.IndexedThread;
import quorum.index.QuorumIndex;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.Participant;

/** {@code quorum questions}: the questions of every thread in the index, oldest first. */
@Command(name = "questions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The open-question tracker: every question asked in the index, oldest first, "
        + "with its thread, asker, date, age, status and Message-ID.",
        "Questions follow a proposal across its versions: one asked on v1 that v2's changelog "
            + "names, or whose quoted text v2 changed, is 'addressed-in-v2'; one asked again "
            + "takes the later asking's fate; one never answered is carried over, still open.",
        "The first run analyzes every thread (CoreNLP); what it found is kept in the index "
            + "folder (analysis/), so the next run only analyzes threads that changed."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum questions --open",
        "  quorum questions --open --since 2023-01-01 --by georg",
        "  quorum questions --json | jq '.questions[] | select(.carriedOver)'"})
final class QuestionsCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  IndexOption indexOption;

  @Option(names = "--open", description = "only questions still open across the proposal "
      + "(open or responded but not resolved, and not addressed in a later version)")
  boolean open;

  @Option(names = "--since", paramLabel = "DATE", description = "only questions asked on or "
      + "after DATE (YYYY-MM-DD, UTC)")
  String since;

  @Option(names = "--by", paramLabel = "NAME", description = "only questions whose asker's "
      + "name or address contains NAME (any case)")
  String by;

  @Option(names = "--json", description = "print JSON (schema quorum/1, see docs/json.md)")
  boolean json;

  @Option(names = "--no-cache", negatable = true, defaultValue = "true",
      description = "keep CoreNLP results per message, and each thread's analysis, in the cache "
          + "folder (default: on; $XDG_CACHE_HOME/quorum/nlp); what each thread yields is always kept in the index "
          + "folder")
  boolean cache;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    Optional<Instant> from = sinceInstant();
    List<SeriesPosting> postings = new ArrayList<>();
    PostingCache postingCache;
    try (QuorumIndex index = QuorumIndex.open(indexOption.resolve())) {
      postingCache = new PostingCache(index.directory().resolve("analysis"), version());
      List<String> ids = ThreadInputs.allThreads(index);
      Analyzer analyzer = null;
      try (ProgressBar bar = Progress.count("questions", " thread", ids.size(), !common.quiet)) {
        for (String id : ids) {
          Optional<IndexedThread> t = index.thread(id);
          if (t.isPresent()) {
            String key = postingCache.key(t.get());
            Optional<List<SeriesPosting>> hit = postingCache.get(key);
            if (hit.isPresent()) {
              postings.addAll(hit.get());
            } else {
              analyzer = analyzer != null ? analyzer : analyzer();
              List<SeriesPosting> found = analyze(id, t.get(), analyzer);
              postingCache.put(key, found);
              postings.addAll(found);
            }
          }
          bar.step();
        }
      }
    }
    List<TrackedQuestion> shown = new ArrayList<>();
    for (TrackedQuestion q : new SeriesTracker().track(postings)) {
      if (wanted(q, from)) {
        shown.add(q);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? QuestionsOutput.json(shown, clock.instant())
        : QuestionsOutput.text(shown, clock.instant()));
    out.flush();
    if (common.verbose) {
      spec.commandLine().getErr().printf("quorum: %d thread(s) analyzed, %d from the cache in %s%n",
          postingCache.misses(), postingCache.hits(), postingCache.directory());
      spec.commandLine().getErr().flush();
    }
    return ExitCodes.OK;
  }

  private Analyzer analyzer() {
    return new Analyzer(cache ? AnalysisOptions.DEFAULT.withCacheDir(AnalyzeCommand.cacheDir())
        : AnalysisOptions.DEFAULT);
  }

  private static List<SeriesPosting> analyze(String id, IndexedThread t, Analyzer analyzer) {
    List<SeriesPosting> out = new ArrayList<>();
    for (Discussion d : new Ingester(IngestOptions.LENIENT).assemble(t.messages()).discussions()) {
      out.add(SeriesPosting.of(id, d, analyzer.analyze(d)));
    }
    return out;
  }

  private boolean wanted(TrackedQuestion q, Optional<Instant> from) {
    if (open && !q.isOpen()) {
      return false;
    }
    if (from.isPresent()
        && q.question().asked().map(a -> a.isBefore(from.get())).orElse(true)) {
      return false;
    }
    return by == null || matches(q.question().asker(), by);
  }

  private static boolean matches(Participant p, String needle) {
    String n = needle.toLowerCase(Locale.ROOT);
    return p.name().toLowerCase(Locale.ROOT).contains(n)
        || p.address().map(a -> a.toLowerCase(Locale.ROOT).contains(n)).orElse(false);
  }

  private Optional<Instant> sinceInstant() {
    if (since == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(since.strip()).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--since wants a date as YYYY-MM-DD, not '" + since + "'");
    }
  }

  private static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Whole days from {@code asked} to {@code now}, never negative. */
  static long ageDays(Instant asked, Instant now) {
    return Math.max(0, Duration.between(asked, now).toDays());
  }
}
