package quorum.index.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import quorum.index.HitOptions;
import quorum.index.SearchHit;
import quorum.index.SearchResults;
import quorum.index.Snippet;
import quorum.index.ThreadHits;
import quorum.index.ThreadSummary;
import quorum.index.schema.Fields;
import quorum.index.schema.ResultLine;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/** Runs translated queries on one reader and builds the public result records. */
public final class Searches {
  /** What a snippet without a match shows the start of. */
  private static final Set<String> SNIPPET_FIELDS = Set.of(Fields.OWN, Fields.QUOTED, Fields.PATCH);

  /** Score, then newest first, then key: a total order, so output is deterministic. */
  static Sort rankOrder() {
    SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(SortField.FIELD_SCORE, date, new SortedSetSortField(Fields.KEY, false));
  }

  private final IndexReader reader;
  private final IndexSearcher searcher;

  public Searches(IndexReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    // each query runs once per reader here: Lucene's query cache would only track its use
    this.searcher.setQueryCache(null);
  }

  public SearchResults search(Query query, int limit) throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    long total = search(query, limit, HitOptions.FULL, hits::add);
    return new SearchResults(total, hits);
  }

  /** Hits grouped by thread; threads ordered by their best hit; at most {@code limit} threads. */
  public List<ThreadHits> searchByThread(Query query, int limit, HitOptions options)
      throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    hits(query, Math.min(10_000, Math.max(limit, 1) * 50), options, hits::add);
    Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
    for (SearchHit h : hits) {
      if (groups.size() < limit || groups.containsKey(h.thread())) {
        groups.computeIfAbsent(h.thread(), t -> new ArrayList<>()).add(h);
      }
    }
    Set<Long> ids = new LinkedHashSet<>();
    groups.keySet().forEach(t -> ids.add(ThreadIds.parse(t)));
    Map<Long, ThreadSummary> summaries = ThreadCatalog.summaries(reader, ids);
    List<ThreadHits> out = new ArrayList<>();
    for (Map.Entry<String, List<SearchHit>> e : groups.entrySet()) {
      out.add(new ThreadHits(summaries.get(ThreadIds.parse(e.getKey())), e.getValue()));
    }
    return out;
  }

  /** Threads with at least one matching message, most recently active first. */
  public List<ThreadSummary> threads(Query query, int limit) throws IOException {
    Set<Long> ids = searcher.search(query, ThreadCatalog.threadCollector());
    List<ThreadSummary> all = new ArrayList<>(ThreadCatalog.summaries(reader, ids).values());
    all.sort(Comparator.comparing((ThreadSummary t) -> t.last().orElse(Instant.MIN)).reversed()
        .thenComparing(ThreadSummary::thread));
    return all.subList(0, Math.max(0, Math.min(limit, all.size())));
  }

  /** Keys of a thread's messages, oldest first (undated last), then by key. */
  public List<MessageKey> messagesOf(long thread) throws IOException {
    List<Integer> docs = ThreadCatalog.members(reader, Set.of(thread)).getOrDefault(thread, List.of());
    StoredFields stored = reader.storedFields();
    List<Document> found = new ArrayList<>();
    for (int d : docs) {
      found.add(stored.document(d, Set.of(Fields.KEY, Fields.DATE)));
    }
    found.sort(Comparator.comparing((Document d) -> ThreadCatalog.date(d).orElse(Instant.MAX))
        .thenComparing(d -> d.get(Fields.KEY)));
    List<MessageKey> out = new ArrayList<>();
    found.forEach(d -> out.add(new MessageKey(d.get(Fields.KEY))));
    return out;
  }

  /**
   * Hands the best {@code limit} hits to {@code sink} in rank order and returns how many
   * messages matched in all. The result lines of all hits are read in one pass in document
   * order; snippets and thread subjects only as far as {@code options} asks.
   */
  public long search(Query query, int limit, HitOptions options, Consumer<SearchHit> sink)
      throws IOException {
    Ranking.Ranked ranked = Ranking.rank(searcher, query, limit);
    hits(query, ranked, options, sink);
    return ranked.total();
  }

  private void hits(Query query, int limit, HitOptions options, Consumer<SearchHit> sink)
      throws IOException {
    if (limit > 0) {
      hits(query, Ranking.rank(searcher, query, limit), options, sink);
    }
  }

  private void hits(Query query, Ranking.Ranked ranked, HitOptions options,
      Consumer<SearchHit> sink) throws IOException {
    int[] docIds = ranked.docs();
    ResultRows.Row[] rows = ranked.rows();
    int n = docIds.length;
    String[] threadSubjects = threadSubjects(docIds, rows, options);
    int withSnippet = Math.min(n, options.snippets());
    List<Snippet> snippets = snippets(query, Arrays.copyOf(docIds, withSnippet));
    for (int i = 0; i < n; i++) {
      ResultRows.Row r = rows[i];
      ResultLine line = r.line();
      String ts = threadSubjects[i];
      sink.accept(new SearchHit(new MessageKey(line.key()), ThreadIds.format(r.thread()),
          ts == null ? "" : ts, line.subject(),
          Participant.of(line.fromName(), line.fromAddress().isEmpty() ? null : line.fromAddress()),
          r.hasDate() ? Optional.of(Instant.ofEpochMilli(r.date())) : Optional.empty(),
          line.dateText().isEmpty() ? Optional.empty() : Optional.of(line.dateText()),
          Fields.PROVENANCE_QUOTED.equals(line.provenance()), ranked.scores()[i],
          i < withSnippet ? snippets.get(i) : Snippet.EMPTY));
    }
  }

  /**
   * The thread subject of each hit that needs one (every hit when {@code options} asks, else
   * those without a subject of their own), from the per-document value ingest keeps; null for
   * the others. A document without the value (none in an index of this schema version) gets its
   * thread's summary.
   */
  private String[] threadSubjects(int[] docIds, ResultRows.Row[] rows, HitOptions options)
      throws IOException {
    int n = docIds.length;
    int[] positions = new int[n];
    int wanted = 0;
    for (int i = 0; i < n; i++) {
      if (options.threadSubjects() || rows[i].subjectBlank()) {
        positions[wanted++] = i;
      }
    }
    String[] out = new String[n];
    if (wanted == 0) {
      return out;
    }
    int[] docs = new int[wanted];
    for (int k = 0; k < wanted; k++) {
      docs[k] = docIds[positions[k]];
    }
    String[] read = ThreadSubjects.read(reader, docs);
    Set<Long> missing = new LinkedHashSet<>();
    for (int k = 0; k < wanted; k++) {
      out[positions[k]] = read[k];
      if (read[k] == null) {
        missing.add(rows[positions[k]].thread());
      }
    }
    if (!missing.isEmpty()) {
      Map<Long, ThreadSummary> summaries = ThreadCatalog.summaries(reader, missing);
      for (int k = 0; k < wanted; k++) {
        if (read[k] == null) {
          ThreadSummary ts = summaries.get(rows[positions[k]].thread());
          out[positions[k]] = ts == null ? "" : ts.subject();
        }
      }
    }
    return out;
  }

  /** Snippets of {@code docIds}, from the highlighter and, without a match, the stored text. */
  private List<Snippet> snippets(Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    StoredFields stored = searcher.storedFields();
    List<Document> texts = new ArrayList<>();
    for (int d : docIds) {
      texts.add(stored.document(d, SNIPPET_FIELDS));
    }
    return new SnippetMaker(searcher).snippets(query, docIds, texts);
  }
}
