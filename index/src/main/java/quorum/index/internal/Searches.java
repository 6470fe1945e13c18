package quorum.index.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopFieldDocs;
import quorum.index.SearchHit;
import quorum.index.SearchResults;
import quorum.index.Snippet;
import quorum.index.ThreadHits;
import quorum.index.ThreadSummary;
import quorum.index.schema.Fields;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/** Runs translated queries on one reader and builds the public result records. */
public final class Searches {
  private static final Set<String> HIT_FIELDS = Set.of(Fields.KEY, Fields.SUBJECT,
      Fields.FROM_NAME, Fields.FROM_ADDRESS, Fields.DATE, Fields.DATE_TEXT, Fields.PROVENANCE,
      Fields.OWN, Fields.QUOTED, Fields.PATCH);

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
  }

  public SearchResults search(Query query, int limit) throws IOException {
    List<SearchHit> hits = hits(query, limit);
    return new SearchResults(searcher.count(query), hits);
  }

  /** Hits grouped by thread; threads ordered by their best hit; at most {@code limit} threads. */
  public List<ThreadHits> searchByThread(Query query, int limit) throws IOException {
    List<SearchHit> hits = hits(query, Math.min(10_000, Math.max(limit, 1) * 50));
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

  private List<SearchHit> hits(Query query, int limit) throws IOException {
    if (limit <= 0) {
      return List.of();
    }
    TopFieldDocs top = searcher.search(query, limit, rankOrder(), true);
    StoredFields stored = searcher.storedFields();
    int n = top.scoreDocs.length;
    int[] docIds = new int[n];
    List<Document> docs = new ArrayList<>();
    long[] threads = new long[n];
    Set<Long> threadSet = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      docIds[i] = top.scoreDocs[i].doc;
      docs.add(stored.document(docIds[i], HIT_FIELDS));
      threads[i] = ThreadCatalog.threadOf(reader, docIds[i]);
      threadSet.add(threads[i]);
    }
    Map<Long, ThreadSummary> summaries = ThreadCatalog.summaries(reader, threadSet);
    List<Snippet> snippets = new SnippetMaker(searcher).snippets(query, docIds, docs);
    List<SearchHit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = docs.get(i);
      ThreadSummary ts = summaries.get(threads[i]);
      out.add(new SearchHit(new MessageKey(d.get(Fields.KEY)), ThreadIds.format(threads[i]),
          ts == null ? "" : ts.subject(), orEmpty(d.get(Fields.SUBJECT)),
          Participant.of(orEmpty(d.get(Fields.FROM_NAME)), d.get(Fields.FROM_ADDRESS)),
          ThreadCatalog.date(d), Optional.ofNullable(d.get(Fields.DATE_TEXT)),
          Fields.PROVENANCE_QUOTED.equals(d.get(Fields.PROVENANCE)), sd.score,
          snippets.get(i)));
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

}
