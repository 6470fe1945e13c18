package quorum.index.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import quorum.index.ThreadSummary;
import quorum.index.schema.Fields;
import quorum.index.schema.ThreadSubject;
import quorum.mail.Participant;

/**
 * Thread-level views computed from message documents: which documents form a thread (one pass
 * over the thread doc values) and the thread's summary (from their stored fields). Nothing is
 * stored per thread, so a merge of threads is only a doc-value update.
 */
public final class ThreadCatalog {
  private ThreadCatalog() {}

  /** The thread id of every document, per leaf, or -1 when missing. */
  public static long threadOf(IndexReader reader, int globalDoc) throws IOException {
    for (LeafReaderContext ctx : reader.leaves()) {
      if (globalDoc >= ctx.docBase && globalDoc < ctx.docBase + ctx.reader().maxDoc()) {
        NumericDocValues dv = ctx.reader().getNumericDocValues(Fields.THREAD);
        return dv != null && dv.advanceExact(globalDoc - ctx.docBase) ? dv.longValue() : -1;
      }
    }
    return -1;
  }

  /** Global doc ids of the live documents of each requested thread. */
  public static Map<Long, List<Integer>> members(IndexReader reader, Set<Long> threads)
      throws IOException {
    Map<Long, List<Integer>> out = new HashMap<>();
    // every document's thread is compared: a sorted array of the wanted ids, not a set of
    // boxed ones, keeps that to a few comparisons per document (it was a fifth of a search
    // for four threads among 100 000 messages)
    long[] wanted = threads.stream().mapToLong(Long::longValue).sorted().toArray();
    if (wanted.length == 0) {
      return out;
    }
    long min = wanted[0];
    long max = wanted[wanted.length - 1];
    for (LeafReaderContext ctx : reader.leaves()) {
      NumericDocValues dv = ctx.reader().getNumericDocValues(Fields.THREAD);
      Bits live = ctx.reader().getLiveDocs();
      if (dv == null) {
        continue;
      }
      for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
        long t = dv.longValue();
        if (t >= min && t <= max && (live == null || live.get(d))
            && Arrays.binarySearch(wanted, t) >= 0) {
          out.computeIfAbsent(t, k -> new ArrayList<>()).add(ctx.docBase + d);
        }
      }
    }
    return out;
  }

  /** Summaries of the given threads, keyed by thread id. */
  public static Map<Long, ThreadSummary> summaries(IndexReader reader, Set<Long> threads)
      throws IOException {
    Map<Long, List<Integer>> members = members(reader, threads);
    int[] docs = members.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    ResultRows.Row[] rows = ResultRows.load(reader, docs);
    Map<Long, ThreadSummary> out = new HashMap<>();
    int at = 0;
    for (Map.Entry<Long, List<Integer>> e : members.entrySet()) {
      List<Document> thread = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        thread.add(rows[at++].toDocument());
      }
      out.put(e.getKey(), summarize(e.getKey(), thread));
    }
    return out;
  }

  /**
   * One person often writes from two addresses, or appears by name alone in a quote attribution;
   * the same display name counts once.
   */
  private static boolean seenName(Collection<Participant> people, Participant p) {
    return !p.name().isBlank() && people.stream().anyMatch(q -> q.name().equalsIgnoreCase(p.name()));
  }

  static ThreadSummary summarize(long thread, List<Document> docs) {
    List<Document> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing((Document d) -> date(d).orElse(Instant.MAX))
        .thenComparing(d -> d.get(Fields.PROVENANCE), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(d -> d.get(Fields.KEY)));
    Map<String, Participant> people = new LinkedHashMap<>();
    TreeSet<Integer> versions = new TreeSet<>();
    Optional<Instant> first = Optional.empty();
    Optional<Instant> last = Optional.empty();
    int quotedOnly = 0;
    List<ThreadSubject.Member> members = new ArrayList<>(sorted.size());
    for (Document d : sorted) {
      boolean quoted = Fields.PROVENANCE_QUOTED.equals(d.get(Fields.PROVENANCE));
      quotedOnly += quoted ? 1 : 0;
      members.add(member(d));
      Participant p = Participant.of(orEmpty(d.get(Fields.FROM_NAME)), d.get(Fields.FROM_ADDRESS));
      if (!p.isUnknown() && !seenName(people.values(), p)) {
        String id = p.address().orElse(p.name()).toLowerCase(Locale.ROOT);
        people.putIfAbsent(id, p);
      }
      Optional<Instant> t = date(d);
      if (t.isPresent()) {
        first = first.isEmpty() ? t : first;
        last = t;
      }
      IndexableField v = d.getField(Fields.SERIES_VERSION);
      if (v != null && v.numericValue() != null) {
        versions.add(v.numericValue().intValue());
      }
    }
    return new ThreadSummary(ThreadIds.format(thread), ThreadSubject.of(members),
        new ArrayList<>(people.values()), docs.size(), quotedOnly, first, last,
        new ArrayList<>(versions));
  }

  /** What {@link ThreadSubject} reads of a document (as {@link ResultRows.Row#toDocument} gives it). */
  static ThreadSubject.Member member(Document d) {
    Optional<Instant> t = date(d);
    return new ThreadSubject.Member(t.isPresent(), t.map(Instant::toEpochMilli).orElse(0L),
        d.get(Fields.PROVENANCE), d.get(Fields.KEY), d.get(Fields.SUBJECT));
  }

  static Optional<Instant> date(Document d) {
    IndexableField f = d.getField(Fields.DATE);
    return f == null || f.numericValue() == null ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(f.numericValue().longValue()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Collects the thread ids of all matching documents. */
  public static CollectorManager<ThreadCollector, Set<Long>> threadCollector() {
    return new CollectorManager<>() {
      @Override
      public ThreadCollector newCollector() {
        return new ThreadCollector();
      }

      @Override
      public Set<Long> reduce(Collection<ThreadCollector> collectors) {
        Set<Long> all = new HashSet<>();
        collectors.forEach(c -> all.addAll(c.threads));
        return all;
      }
    };
  }

  /** A collector of thread ids. */
  public static final class ThreadCollector extends SimpleCollector {
    final Set<Long> threads = new HashSet<>();
    private NumericDocValues dv;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      dv = context.reader().getNumericDocValues(Fields.THREAD);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (dv != null && dv.advanceExact(doc)) {
        threads.add(dv.longValue());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
