package quorum.index.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import quorum.index.IndexedThread;
import quorum.index.schema.Fields;
import quorum.index.schema.MessageCodec;
import quorum.mail.Message;
import quorum.mail.MessageId;

/** Finds a thread by its id or by any Message-ID in it, and reads its stored messages. */
public final class StoredThreads {
  private static final Set<String> FIELDS = Set.of(Fields.KEY, Fields.DATE, Fields.MESSAGE,
      Fields.PROVENANCE);

  /**
   * Real mail without its stored message: the index was written by a quorum of the same
   * schema version from before messages were stored (the version was bumped once for two
   * fields that landed together).
   */
  public static final class MissingMessagesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private final IndexReader reader;

  public StoredThreads(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * The thread {@code ref} names: 16 hex digits as {@code quorum threads} prints them, else a
   * Message-ID ({@code <...>} or bare) of any message in it, real or known only from quotes.
   */
  public Optional<IndexedThread> find(String ref) throws IOException {
    long id = ThreadIds.parse(ref.strip());
    if (id >= 0) {
      Optional<IndexedThread> t = read(id);
      if (t.isPresent()) {
        return t;
      }
    }
    Optional<MessageId> mid = MessageId.parse(ref);
    if (mid.isEmpty()) {
      return Optional.empty();
    }
    TopDocs top = new IndexSearcher(reader).search(
        new TermQuery(new Term(Fields.KEY, mid.get().value())), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    long thread = ThreadCatalog.threadOf(reader, top.scoreDocs[0].doc);
    return thread < 0 ? Optional.empty() : read(thread);
  }

  /** The real messages of thread {@code id}, oldest first (undated last), then by key. */
  public Optional<IndexedThread> read(long id) throws IOException {
    List<Integer> docs = ThreadCatalog.members(reader, Set.of(id)).getOrDefault(id, List.of());
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    StoredFields stored = reader.storedFields();
    List<Document> found = new ArrayList<>();
    boolean realMail = false;
    for (int d : docs) {
      Document doc = stored.document(d, FIELDS);
      realMail |= !Fields.PROVENANCE_QUOTED.equals(doc.get(Fields.PROVENANCE));
      if (doc.getBinaryValue(Fields.MESSAGE) != null) {
        found.add(doc);
      }
    }
    if (realMail && found.isEmpty()) {
      throw new MissingMessagesException();
    }
    found.sort(Comparator.comparing((Document d) -> ThreadCatalog.date(d).orElse(Instant.MAX))
        .thenComparing(d -> d.get(Fields.KEY)));
    List<Message> messages = new ArrayList<>();
    for (Document d : found) {
      BytesRef b = d.getBinaryValue(Fields.MESSAGE);
      messages.add(MessageCodec.decode(BytesRef.deepCopyOf(b).bytes));
    }
    return Optional.of(new IndexedThread(ThreadIds.format(id), messages));
  }
}
