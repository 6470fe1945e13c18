package quorum.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import quorum.index.schema.Fields;

/**
 * Keeps thread ids consistent while messages arrive in any order, across ingests.
 *
 * <p>Each message document carries its thread id as an updatable doc value and the keys it
 * points at ({@link Fields#REFS}: In-Reply-To, References, reply-tree parent). A discussion
 * being added is linked to every existing thread that holds one of its keys or references, or
 * that references one of its keys (replies that arrived before their parent), or that shares a
 * reference with it (siblings under a parent never seen). When that is more than one thread,
 * the threads are merged: the smallest id wins and the documents of the others get the new id
 * through {@link IndexWriter#updateNumericDocValue}, without reindexing. Because the winner does
 * not depend on arrival order within a run, re-running the same input converges.
 *
 * <p>Lookups go to a near-real-time reader of the writer plus an in-memory table of what was
 * added since that reader was opened; {@link #refresh()} (after each commit, and before a
 * merge relabels documents) reopens the reader and clears the table.
 */
public final class ThreadLinker implements Closeable {
  /** A message already in the index (or added in this session). */
  public record Existing(long thread, boolean quotedOnly) {}

  private final IndexWriter writer;
  private DirectoryReader reader;
  private final Map<String, Existing> pendingKeys = new HashMap<>();
  private final Map<String, Set<Long>> pendingRefs = new HashMap<>();
  private final Map<Long, Long> renamed = new HashMap<>();

  public ThreadLinker(IndexWriter writer) throws IOException {
    this.writer = writer;
    this.reader = DirectoryReader.open(writer);
  }

  /** The message with this key, if indexed (committed, or added in this session). */
  public Optional<Existing> existing(String key) throws IOException {
    Existing p = pendingKeys.get(key);
    if (p != null) {
      return Optional.of(new Existing(resolve(p.thread()), p.quotedOnly()));
    }
    for (LeafReaderContext ctx : reader.leaves()) {
      for (int doc : docs(ctx.reader(), Fields.KEY, key)) {
        String prov = ctx.reader().storedFields().document(doc, Set.of(Fields.PROVENANCE))
            .get(Fields.PROVENANCE);
        return Optional.of(new Existing(resolve(thread(ctx.reader(), doc)),
            Fields.PROVENANCE_QUOTED.equals(prov)));
      }
    }
    return Optional.empty();
  }

  /** Threads linked to a discussion with these message keys and references. */
  public Set<Long> linkedThreads(Collection<String> keys, Collection<String> refs)
      throws IOException {
    Set<String> all = new HashSet<>(keys);
    all.addAll(refs);
    Set<Long> threads = new HashSet<>();
    for (String k : all) {
      Existing p = pendingKeys.get(k);
      if (p != null) {
        threads.add(resolve(p.thread()));
      }
      for (long t : pendingRefs.getOrDefault(k, Set.of())) {
        threads.add(resolve(t));
      }
      for (LeafReaderContext ctx : reader.leaves()) {
        for (int doc : docs(ctx.reader(), Fields.KEY, k)) {
          threads.add(resolve(thread(ctx.reader(), doc)));
        }
        for (int doc : docs(ctx.reader(), Fields.REFS, k)) {
          threads.add(resolve(thread(ctx.reader(), doc)));
        }
      }
    }
    return threads;
  }

  /** Records a document just given to the writer. */
  public void added(String key, long thread, boolean quotedOnly, Collection<String> refs) {
    pendingKeys.put(key, new Existing(thread, quotedOnly));
    for (String r : refs) {
      pendingRefs.computeIfAbsent(r, x -> new HashSet<>()).add(thread);
    }
  }

  /** Moves every document of thread {@code from} into thread {@code to}; returns how many. */
  public int relabel(long from, long to) throws IOException {
    refresh();
    List<String> keys = new ArrayList<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      NumericDocValues dv = leaf.getNumericDocValues(Fields.THREAD);
      Bits live = leaf.getLiveDocs();
      if (dv == null) {
        continue;
      }
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        if (dv.longValue() == from && (live == null || live.get(doc))) {
          keys.add(leaf.storedFields().document(doc, Set.of(Fields.KEY)).get(Fields.KEY));
        }
      }
    }
    for (String k : keys) {
      writer.updateNumericDocValue(new Term(Fields.KEY, k), Fields.THREAD, to);
    }
    renamed.put(from, to);
    return keys.size();
  }

  /** A reader that sees every document given to the writer so far (reopened if needed). */
  public DirectoryReader currentReader() throws IOException {
    if (!pendingKeys.isEmpty()) {
      refresh();
    }
    return reader;
  }

  /** Reopens the reader on everything the writer has, and forgets the in-memory table. */
  public void refresh() throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer, true);
    if (fresh != null) {
      reader.close();
      reader = fresh;
    }
    pendingKeys.clear();
    pendingRefs.clear();
    renamed.clear();
  }

  private long resolve(long thread) {
    long t = thread;
    for (int guard = 0; guard <= renamed.size(); guard++) {
      Long next = renamed.get(t);
      if (next == null) {
        return t;
      }
      t = next;
    }
    throw new IllegalStateException("thread rename cycle at " + thread);
  }

  private static long thread(LeafReader leaf, int doc) throws IOException {
    NumericDocValues dv = leaf.getNumericDocValues(Fields.THREAD);
    if (dv == null || !dv.advanceExact(doc)) {
      throw new IllegalStateException("document " + doc + " has no thread id");
    }
    return dv.longValue();
  }

  /** Live documents of one leaf that hold {@code value} in {@code field}. */
  private static List<Integer> docs(LeafReader leaf, String field, String value)
      throws IOException {
    Terms terms = leaf.terms(field);
    if (terms == null) {
      return List.of();
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(new BytesRef(value))) {
      return List.of();
    }
    Bits live = leaf.getLiveDocs();
    List<Integer> out = new ArrayList<>(1);
    PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
      if (live == null || live.get(d)) {
        out.add(d);
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
