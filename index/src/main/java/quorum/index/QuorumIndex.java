package quorum.index;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import quorum.index.internal.DefaultZoneClock;
import quorum.index.internal.IndexCodec;
import quorum.index.internal.Searches;
import quorum.index.internal.SeriesHistories;
import quorum.index.internal.StoredThreads;
import quorum.index.internal.ThreadIds;
import quorum.index.query.LuceneQueryTranslator;
import quorum.index.query.QueryNode;
import quorum.index.query.QueryParser;
import quorum.index.schema.Schema;
import quorum.mail.MessageKey;

/**
 * A quorum index in a directory on disk: the entry point for adding mail
 * ({@link #writer()}) and for searching ({@link #search}, {@link #searchByThread},
 * {@link #threads}). Searches see the last commit; any number of processes may search while one
 * writes. Close it (try-with-resources).
 *
 * <pre>{@code
 * try (QuorumIndex index = QuorumIndex.create(dir);
 *      IndexWriterSession session = index.writer()) {
 *   for (Path file : inputs) {
 *     session.addAll(new Ingester(IngestOptions.LENIENT).ingest(List.of(file)).discussions());
 *     session.commit();
 *   }
 * }
 * }</pre>
 */
public final class QuorumIndex implements AutoCloseable {
  /**
   * New documents after which a writer session commits by itself (it also commits after each
   * input file). Each commit writes everything buffered as a segment on the adding thread, so
   * a 100 000-message mbox committed every 10 000 documents ended as ten segments that every
   * search opens one by one, and its flushes ran in line with the adds; between commits the
   * session writes segments on its flusher thread instead. A crash loses at most this many
   * documents' work, about half a minute of an ingest.
   */
  public static final int DEFAULT_COMMIT_EVERY = 100_000;

  /**
   * The writer's RAM buffer: twice {@link IndexWriterSession#FLUSH_AHEAD_BYTES}, so a full
   * buffer is written beside the adding thread, which goes on with a fresh one.
   */
  static final int RAM_BUFFER_MB = 128;

  private final Path dir;
  private final Directory directory;
  private final QueryParser parser;
  private DirectoryReader reader;

  private QuorumIndex(Path dir, Directory directory, Clock clock) {
    this.dir = dir;
    this.directory = directory;
    this.parser = new QueryParser(clock);
  }

  /** Opens the index at {@code dir}, creating the directory (user-only permissions) if needed. */
  public static QuorumIndex create(Path dir) throws IndexException {
    return create(dir, new DefaultZoneClock());
  }

  /** As {@link #create(Path)}; relative dates in queries ({@code d:2.weeks.ago..}) use {@code clock}. */
  public static QuorumIndex create(Path dir, Clock clock) throws IndexException {
    Path d = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(d) && !Files.isDirectory(d)) {
        throw new IndexException(IndexException.Kind.IO, d + " is not a directory");
      }
      if (!Files.exists(d)) {
        if (d.getParent() != null) {
          Files.createDirectories(d.getParent());
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.createDirectory(d,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectory(d);
        }
      }
      QuorumIndex index = new QuorumIndex(d, FSDirectory.open(d), clock);
      index.checkSchema();
      return index;
    } catch (IOException e) {
      throw new IndexException(IndexException.Kind.IO, "cannot create index at " + d + ": " + e, e);
    }
  }

  /** Opens an existing index; {@link IndexException.Kind#MISSING} when there is none. */
  public static QuorumIndex open(Path dir) throws IndexException {
    return open(dir, new DefaultZoneClock());
  }

  public static QuorumIndex open(Path dir, Clock clock) throws IndexException {
    Path d = dir.toAbsolutePath().normalize();
    try {
      if (!Files.isDirectory(d) || !DirectoryReader.indexExists(FSDirectory.open(d))) {
        throw new IndexException(IndexException.Kind.MISSING,
            "no quorum index at " + d + "; run quorum ingest first");
      }
      QuorumIndex index = new QuorumIndex(d, FSDirectory.open(d), clock);
      index.checkSchema();
      return index;
    } catch (IOException e) {
      throw new IndexException(IndexException.Kind.IO, "cannot open index at " + d + ": " + e, e);
    }
  }

  public Path directory() {
    return dir;
  }

  /** Takes the write lock; {@link IndexException#isBusy()} when another process holds it. */
  public IndexWriterSession writer() throws IndexException {
    return writer(DEFAULT_COMMIT_EVERY);
  }

  public IndexWriterSession writer(int commitEvery) throws IndexException {
    return writer(commitEvery, IndexWriterSession.ADDING_THREADS);
  }

  /** As {@link #writer(int)}, with documents inverted on {@code addingThreads} threads. */
  IndexWriterSession writer(int commitEvery, int addingThreads) throws IndexException {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery=" + commitEvery);
    }
    IndexWriterConfig config = new IndexWriterConfig(Schema.perFieldAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        // Lucene 9.12's codec with Deflate-compressed stored fields (see IndexCodec)
        .setCodec(new IndexCodec());
    IndexWriter w = null;
    try {
      w = new IndexWriter(directory, config);
      return new IndexWriterSession(w, dir, commitEvery, addingThreads);
    } catch (LockObtainFailedException e) {
      throw new IndexException(IndexException.Kind.BUSY,
          "index at " + dir + " is in use by another quorum process", e);
    } catch (IOException e) {
      closeQuietly(w, e);
      throw failure("cannot write", e);
    }
  }

  /** Parses a query without running it (for validation and --explain). */
  public QueryNode parse(String query) throws QuerySyntaxException {
    return parser.parse(query);
  }

  /** The best {@code limit} messages for {@code query}. */
  public SearchResults search(String query, int limit) throws QuerySyntaxException, IndexException {
    return onLastCommit(query, new SearchResults(0, List.of()), "cannot search",
        (searches, q) -> searches.search(q, limit));
  }

  /**
   * Hands the best {@code limit} messages for {@code query} to {@code sink}, best first, with
   * snippets and thread subjects as far as {@code options} asks; returns how many matched in
   * all. For long result lists: no list of hits is built.
   */
  public long search(String query, int limit, HitOptions options, Consumer<SearchHit> sink)
      throws QuerySyntaxException, IndexException {
    return onLastCommit(query, 0L, "cannot search",
        (searches, q) -> searches.search(q, limit, options, sink));
  }

  /** Hits grouped by thread, at most {@code limit} threads, ordered by their best hit. */
  public List<ThreadHits> searchByThread(String query, int limit)
      throws QuerySyntaxException, IndexException {
    return searchByThread(query, limit, HitOptions.FULL);
  }

  /** As {@link #searchByThread(String, int)}, with snippets as far as {@code options} asks. */
  public List<ThreadHits> searchByThread(String query, int limit, HitOptions options)
      throws QuerySyntaxException, IndexException {
    return onLastCommit(query, List.of(), "cannot search",
        (searches, q) -> searches.searchByThread(q, limit, options));
  }

  /** Threads with a message matching {@code query} (blank: all), most recently active first. */
  public List<ThreadSummary> threads(String query, int limit)
      throws QuerySyntaxException, IndexException {
    return onLastCommit(query, List.of(), "cannot list threads in",
        (searches, q) -> searches.threads(q, limit));
  }

  /** A search over the last commit: {@code query} parsed and translated once. */
  private interface SearchOp<T> {
    T run(Searches searches, Query query) throws IOException;
  }

  /** Runs {@code op} on the last commit, or gives {@code beforeFirstCommit} when there is none. */
  private <T> T onLastCommit(String query, T beforeFirstCommit, String failing, SearchOp<T> op)
      throws QuerySyntaxException, IndexException {
    Query q = LuceneQueryTranslator.translate(query, parser.parse(query));
    try {
      DirectoryReader r = reader();
      return r == null ? beforeFirstCommit : op.run(new Searches(r), q);
    } catch (IOException e) {
      throw failure(failing, e);
    }
  }

  /**
   * Proposal history: the patch series whose messages match {@code query}, each with its
   * versions oldest first, linked by change-id, then by normalized series name and author.
   * The series with the best hit comes first; empty when no series matches.
   */
  public List<SeriesHistory> history(String query) throws QuerySyntaxException, IndexException {
    Query q = LuceneQueryTranslator.translate(query, parser.parse(query));
    try {
      DirectoryReader r = reader();
      return r == null ? List.of() : new SeriesHistories(r).find(q);
    } catch (IOException e) {
      throw failure("cannot read history from", e);
    } catch (java.io.UncheckedIOException e) {
      throw failure("cannot read history from", e.getCause());
    }
  }

  /** The keys of one thread's messages, oldest first; empty for an unknown thread id. */
  public List<MessageKey> messagesOf(String thread) throws IndexException {
    long id = ThreadIds.parse(thread);
    try {
      DirectoryReader r = reader();
      return r == null || id < 0 ? List.of() : new Searches(r).messagesOf(id);
    } catch (IOException e) {
      throw failure("cannot read", e);
    }
  }

  /**
   * The thread {@code ref} names, with its real messages as read: {@code ref} is a thread id
   * as {@link #threads} prints it (16 hex digits), or the Message-ID of any message in the
   * thread, with or without angle brackets. Empty when nothing matches.
   */
  public Optional<IndexedThread> thread(String ref) throws IndexException {
    try {
      DirectoryReader r = reader();
      return r == null ? Optional.empty() : new StoredThreads(r).find(ref);
    } catch (StoredThreads.MissingMessagesException e) {
      throw new IndexException(IndexException.Kind.INCOMPATIBLE, "index at " + dir
          + " was written by a quorum that did not store messages yet; move it away and "
          + "ingest again", e);
    } catch (IOException e) {
      throw failure("cannot read", e);
    } catch (java.io.UncheckedIOException e) {
      throw failure("cannot read", e.getCause());
    }
  }

  /** Documents in the last commit (real messages and quote-only nodes). */
  public int messageCount() throws IndexException {
    try {
      DirectoryReader r = reader();
      return r == null ? 0 : r.numDocs();
    } catch (IOException e) {
      throw failure("cannot read", e);
    }
  }

  /** The reader of the latest commit, or null before the first commit. */
  private DirectoryReader reader() throws IOException {
    if (reader == null) {
      if (!DirectoryReader.indexExists(directory)) {
        return null;
      }
      reader = DirectoryReader.open(directory);
    } else {
      DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
      if (fresh != null) {
        reader.close();
        reader = fresh;
      }
    }
    return reader;
  }

  private void checkSchema() throws IndexException {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return;
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      String v = data.get(IndexWriterSession.SCHEMA_KEY);
      if (!Integer.toString(Schema.VERSION).equals(v)) {
        throw new IndexException(IndexException.Kind.INCOMPATIBLE, "index at " + dir
            + " has schema version " + (v == null ? "(none: not a quorum index)" : v)
            + ", this quorum reads version " + Schema.VERSION + "; move it away and ingest again");
      }
    } catch (IOException e) {
      throw failure("cannot read", e);
    }
  }

  private IndexException failure(String what, IOException e) {
    if (e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return new IndexException(IndexException.Kind.CORRUPT,
          "index at " + dir + " is damaged (" + e.getMessage() + "); move it away and ingest again", e);
    }
    return new IndexException(IndexException.Kind.IO,
        what + " index at " + dir + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(IndexWriter w, IOException primary) {
    if (w != null) {
      try {
        w.close();
      } catch (IOException e) {
        primary.addSuppressed(e);
      }
    }
  }

  @Override
  public void close() throws IndexException {
    try {
      if (reader != null) {
        reader.close();
      }
      directory.close();
    } catch (IOException e) {
      throw failure("cannot close", e);
    }
  }

  /** For tests and tools: the index as one Lucene-free description. */
  @Override
  public String toString() {
    return "QuorumIndex[" + Objects.toString(dir) + "]";
  }
}
