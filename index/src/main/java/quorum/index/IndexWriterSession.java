package quorum.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quorum.ingest.concurrent.Futures;
import quorum.index.internal.LuceneDocuments;
import quorum.index.internal.ParallelAdds;
import quorum.index.internal.QuoteMatches;
import quorum.index.internal.ThreadIds;
import quorum.index.internal.ThreadLinker;
import quorum.index.internal.ThreadSubjects;
import quorum.index.schema.Fields;
import quorum.index.schema.MessageMapper;
import quorum.index.schema.Schema;
import quorum.index.schema.ThreadSubject;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;

/**
 * Adds discussions to the index while holding its write lock. Identity is the message key
 * (Message-ID, or the synthetic content-hash key): a message already indexed counts as a
 * duplicate and is not written again, except that real mail replaces a quote-only node of the
 * same key. Threads are kept linked across ingests by {@link ThreadLinker}, through real
 * Message-IDs only. A quote-only node whose key (a hash of author and quoted text) is already
 * indexed in another thread is counted as a duplicate and stays where it was first seen.
 *
 * <p>Across ingests, a quote-only node and the mail it stands for are one message even when
 * their keys differ ({@link QuoteMatches}: same author, and the quoted text, the minute or the
 * header chain agree, within the threads the discussion links to): new real mail replaces the
 * indexed quote-only node (counted as upgraded), and a new quote-only node of mail, or of a
 * quote-only node, already indexed is not written (a duplicate; replies hang under the indexed
 * key). A reply indexed earlier keeps its stored parent key (nothing reads it yet).
 *
 * <p>Crash safety: nothing is visible to readers until {@link #commit()}; a commit is atomic, so
 * a process killed at any point leaves the last commit, and re-adding the same input brings the
 * index to the state of an uninterrupted run. Call {@link #commit()} after each input file; the
 * session also commits by itself every {@code commitEvery} new documents, and on
 * {@link #close()}.
 *
 * <p>Decisions (thread ids, duplicates, upgrades) are taken in input order on the calling
 * thread; the documents are built and inverted by {@link ParallelAdds} on threads of their
 * own, so their order in the index varies between runs while the documents do not.
 */
public final class IndexWriterSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexWriterSession.class);
  /** Commit user-data key holding {@link Schema#VERSION}. */
  static final String SCHEMA_KEY = "quorum.schema";

  /**
   * Buffered index data at which the session writes a segment on its flusher thread. The
   * writer's own RAM buffer ({@link QuorumIndex}) is larger, so in a long ingest segments are
   * written beside the adding thread instead of in it (at a commit, which writes what is
   * buffered, or when the buffer fills); a small input never reaches it.
   */
  static final long FLUSH_AHEAD_BYTES = 64L << 20;

  /**
   * Threads that invert documents into the writer (one per core, at most four): the thread
   * calling {@link #add} decides what each message becomes (its thread, duplicates, upgrades)
   * in input order, and the writer's per-document work runs beside it on all cores.
   */
  static final int ADDING_THREADS = Math.max(1, Math.min(4,
      Runtime.getRuntime().availableProcessors()));

  private final IndexWriter writer;
  private final ThreadLinker linker;
  private final ParallelAdds adds;
  private final ExecutorService flusher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "quorum-index-flush");
    t.setDaemon(true);
    return t;
  });
  private Future<?> flushing = CompletableFuture.completedFuture(null);
  private final Path dir;
  private final int commitEvery;
  private int sinceCommit;
  /**
   * Threads whose members changed after their documents were written (a discussion joined an
   * indexed thread, threads merged, a message was not written): their subjects are set right
   * before the next commit ({@link ThreadSubjects#rewrite}).
   */
  private final Set<Long> subjectsToCheck = new HashSet<>();
  private AddResult total = AddResult.NONE;
  private boolean closed;

  IndexWriterSession(IndexWriter writer, Path dir, int commitEvery, int addingThreads)
      throws IOException {
    this.writer = writer;
    this.dir = dir;
    this.commitEvery = commitEvery;
    this.linker = new ThreadLinker(writer);
    this.adds = new ParallelAdds(writer, addingThreads);
  }

  /** Adds every message of one discussion (real and quote-only) to the index. */
  public AddResult add(Discussion d) throws IndexException {
    return add(PreparedDiscussion.none(d));
  }

  /**
   * As {@link #add(Discussion)}, using what was prepared ahead (on another thread, say); the
   * index ends up the same.
   */
  public AddResult add(PreparedDiscussion prepared) throws IndexException {
    ensureOpen();
    try {
      awaitFlush(false);
      AddResult r = addDiscussion(prepared);
      total = total.plus(r);
      if (flushing.isDone() && writer.ramBytesUsed() >= FLUSH_AHEAD_BYTES) {
        // IndexWriter is thread-safe: this writes the buffer the adding thread filled, which
        // goes on with a fresh one; segments keep the order their documents were added in
        flushing = flusher.submit(() -> {
          writer.flushNextBuffer();
          return null;
        });
      }
      sinceCommit += r.added() + r.quoteNodes();
      if (sinceCommit >= commitEvery) {
        commit();
      }
      return r;
    } catch (IOException e) {
      throw io("cannot add to", e);
    }
  }

  /** Adds several discussions; the counts are summed. */
  public AddResult addAll(List<Discussion> discussions) throws IndexException {
    AddResult sum = AddResult.NONE;
    for (Discussion d : discussions) {
      sum = sum.plus(add(d));
    }
    return sum;
  }

  /** Makes everything added so far durable and visible to new readers. */
  public void commit() throws IndexException {
    ensureOpen();
    try {
      // the adding threads write their segments side by side, then the commit finds them done
      adds.flushInParallel();
      awaitFlush(true);
      if (!subjectsToCheck.isEmpty()) {
        linker.refresh();
        long started = System.nanoTime();
        int rewritten = ThreadSubjects.rewrite(writer, linker.currentReader(), subjectsToCheck);
        LOG.debug("checked the subjects of {} threads, rewrote {} in {} ms",
            subjectsToCheck.size(), rewritten, (System.nanoTime() - started) / 1_000_000);
        subjectsToCheck.clear();
      }
      writer.setLiveCommitData(Map.of(SCHEMA_KEY, Integer.toString(Schema.VERSION)).entrySet());
      long started = System.nanoTime();
      writer.commit();
      linker.refresh();
      LOG.debug("committed {} new documents in {} ms", sinceCommit,
          (System.nanoTime() - started) / 1_000_000);
      sinceCommit = 0;
    } catch (IOException e) {
      throw io("cannot commit", e);
    }
  }

  /**
   * Rethrows what went wrong in the last background flush; with {@code wait}, waits for it to
   * end first.
   */
  private void awaitFlush(boolean wait) throws IOException {
    if (!wait && !flushing.isDone()) {
      return;
    }
    Futures.joinIo(flushing, "writing a segment");
  }

  /** Counts over the whole session. */
  public AddResult total() {
    return total;
  }

  private AddResult addDiscussion(PreparedDiscussion prepared) throws IOException {
    Discussion d = prepared.discussion();
    List<String> keys = new ArrayList<>();
    Set<String> refs = new LinkedHashSet<>();
    for (Message m : d.messages()) {
      if (m.provenance() != Provenance.QUOTED_ONLY) {
        keys.add(m.key().value());
      }
      refs.addAll(MessageMapper.refs(m, parent(d, m.key())));
    }
    for (ReplyNode n : d.tree().nodes().values()) {
      if (n.ghost() && !n.key().isSynthetic()) {
        refs.add(n.key().value());
      }
    }
    if (d.messages().isEmpty()) {
      return AddResult.NONE;
    }
    TreeSet<Long> linked = new TreeSet<>(linker.linkedThreads(keys, refs));
    if (!linked.isEmpty()) {
      // relabelling and quote matching reopen the reader, which must see every add so far
      adds.await();
    }
    long thread = linked.isEmpty() ? ThreadIds.of(firstKey(d)) : linked.first();
    // exact for a new thread of which every message is written; otherwise set right at commit
    String threadSubject = threadSubject(d);
    if (!linked.isEmpty()) {
      subjectsToCheck.add(thread);
    }
    int merged = 0;
    for (long other : linked.tailSet(thread, false)) {
      int moved = linker.relabel(other, thread);
      merged++;
      LOG.debug("merged thread {} ({} messages) into {}", ThreadIds.format(other), moved,
          ThreadIds.format(thread));
    }
    SameMessages same = linked.isEmpty() ? SameMessages.NONE : sameMessages(d, linked);
    int added = 0;
    int duplicates = 0;
    int upgraded = 0;
    int quoteNodes = 0;
    for (int i = 0; i < d.messages().size(); i++) {
      Message m = d.messages().get(i);
      String key = m.key().value();
      boolean quotedOnly = m.provenance() == Provenance.QUOTED_ONLY;
      Optional<ThreadLinker.Existing> old = linker.existing(key);
      if (old.isPresent() && (quotedOnly || !old.get().quotedOnly())
          || same.alias().containsKey(key)) {
        duplicates += quotedOnly ? 0 : 1;  // a quote seen again is no input message
        subjectsToCheck.add(thread);
        continue;
      }
      List<String> replaced = same.replaced().getOrDefault(key, List.of());
      if (old.isPresent() || !replaced.isEmpty()) {
        // a delete by key reaches only the documents already in the writer
        adds.await();
      }
      for (String q : replaced) {
        writer.deleteDocuments(new Term(Fields.KEY, q));
      }
      Optional<MessageKey> parent = parent(d, m.key()).map(p -> same.resolve(p));
      Optional<PreparedDiscussion.Doc> ahead = prepared.doc(i, parent);
      Supplier<Document> doc = () -> ahead.isPresent()
          ? LuceneDocuments.of(MessageMapper.withThread(ahead.get().doc(), thread, threadSubject))
          : LuceneDocuments.of(MessageMapper.map(m, parent, thread, threadSubject));
      if (old.isPresent()) {
        writer.updateDocument(new Term(Fields.KEY, key), doc.get());
      } else {
        // Not in the index nor added since the last refresh: a plain add, with no delete term
        // for the writer to buffer and apply at each flush, on an adding thread.
        adds.add(doc);
      }
      linker.added(key, thread, quotedOnly, MessageMapper.refs(m, parent));
      if (quotedOnly) {
        quoteNodes++;
      } else {
        added++;
        upgraded += old.isPresent() || !replaced.isEmpty() ? 1 : 0;
      }
    }
    return new AddResult(added, duplicates, upgraded, merged, quoteNodes);
  }

  /**
   * What a discussion holds that the linked threads already have under another key: its
   * quote-only nodes that stand for indexed mail (or repeat an indexed quote-only node), and
   * the indexed quote-only nodes its new real mail replaces.
   *
   * @param alias a quote-only key of the discussion to the indexed key it is the same as
   * @param replaced a real message's key to the indexed quote-only keys it replaces
   */
  private record SameMessages(Map<String, String> alias, Map<String, List<String>> replaced) {
    static final SameMessages NONE = new SameMessages(Map.of(), Map.of());

    MessageKey resolve(MessageKey k) {
      String a = alias.get(k.value());
      return a == null ? k : new MessageKey(a);
    }
  }

  private SameMessages sameMessages(Discussion d, Set<Long> linked) throws IOException {
    QuoteMatches matches = QuoteMatches.in(linker.currentReader(), linked);
    Map<String, String> alias = new HashMap<>();
    Map<String, List<String>> replaced = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Message m : d.messages()) {
      if (m.provenance() == Provenance.QUOTED_ONLY && m.key().isSynthetic()) {
        Optional<String> same = matches.realFor(m, repliedTo(d, m.key()), quoterRefs(d, m));
        if (same.isEmpty()) {
          same = matches.sameQuote(m);
        }
        same.ifPresent(k -> alias.put(m.key().value(), k));
      }
    }
    for (Message m : d.messages()) {
      if (m.provenance() != Provenance.QUOTED_ONLY && linker.existing(m.key().value()).isEmpty()) {
        List<String> quotes = new ArrayList<>(matches.quotesOf(m));
        quotes.removeIf(q -> !taken.add(q));
        if (!quotes.isEmpty()) {
          replaced.put(m.key().value(), quotes);
        }
      }
    }
    return new SameMessages(alias, replaced);
  }

  /** In-Reply-To ids of the discussion's real mail that hangs under {@code key}. */
  private static Set<String> repliedTo(Discussion d, MessageKey key) {
    Set<String> ids = new HashSet<>();
    for (Message m : d.messages()) {
      if (m.provenance() != Provenance.QUOTED_ONLY
          && d.tree().parentOf(m.key()).filter(key::equals).isPresent()) {
        m.inReplyTo().forEach(id -> ids.add(id.value()));
      }
    }
    return ids;
  }

  /** In-Reply-To and References of the real mail a quote-only node was quoted in. */
  private static Set<String> quoterRefs(Discussion d, Message quoted) {
    Set<String> ids = new HashSet<>();
    for (Message m : d.messages()) {
      if (m.provenance() != Provenance.QUOTED_ONLY && m.source().equals(quoted.source())) {
        m.inReplyTo().forEach(id -> ids.add(id.value()));
        m.references().forEach(id -> ids.add(id.value()));
      }
    }
    return ids;
  }

  private static Optional<MessageKey> parent(Discussion d, MessageKey key) {
    return d.tree().parentOf(key);
  }

  /** The subject of a thread of exactly the discussion's messages. */
  private static String threadSubject(Discussion d) {
    List<ThreadSubject.Member> members = new ArrayList<>(d.messages().size());
    for (Message m : d.messages()) {
      members.add(MessageMapper.member(m));
    }
    return ThreadSubject.of(members);
  }

  /** The key a new thread's id derives from: a root that is real mail, else any real mail. */
  private static String firstKey(Discussion d) {
    for (MessageKey root : d.tree().roots()) {
      Optional<Message> m = d.message(root);
      if (m.isPresent() && m.get().provenance() != Provenance.QUOTED_ONLY) {
        return root.value();
      }
    }
    for (Message m : d.messages()) {
      if (m.provenance() != Provenance.QUOTED_ONLY) {
        return m.key().value();
      }
    }
    return d.messages().get(0).key().value();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("writer session for " + dir + " is closed");
    }
  }

  private IndexException io(String what, IOException e) {
    return new IndexException(IndexException.Kind.IO,
        what + " index at " + dir + ": " + e.getMessage(), e);
  }

  /** Commits what was added and releases the write lock. */
  @Override
  public void close() throws IndexException {
    if (closed) {
      return;
    }
    try {
      commit();
    } finally {
      closed = true;
      flusher.shutdown(); // no interrupt: the writer waits for a running flush on close
      adds.close();
      try {
        linker.close();
        writer.close();
      } catch (IOException e) {
        throw io("cannot close", e);
      }
    }
  }
}
