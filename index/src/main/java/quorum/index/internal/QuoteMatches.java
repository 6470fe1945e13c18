package quorum.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import quorum.index.schema.Fields;
import quorum.mail.Authored;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Patch;
import quorum.mail.Segment;

/**
 * Finds, across ingests, the quote-only node and the message it stands for, the way ingest's
 * quote-tree builder does within one run: same author, and the quoted lines are in the
 * message's own text (or, for two quotes of one message, mostly the same lines), or the
 * dates are the same minute, or a reply hung under the quote names the message in its
 * In-Reply-To. Only the documents of the threads a discussion is linked to are looked at.
 */
public final class QuoteMatches {
  /** Share of a quote's lines that must be found again, as in ingest's quote-tree builder. */
  static final double SAME_TEXT = 0.6;
  /** Documents read from one set of threads; more are left out (a runaway thread). */
  static final int MAX_DOCS = 5000;

  /** One indexed message as the matching sees it. */
  private record Indexed(String key, Participant author, Optional<Minute> minute,
      Set<String> lines, String text, boolean quoted) {}

  /**
   * When a message was sent, to the minute; {@code zoned} is false for an attribution date
   * written without a zone (in the quoter's zone, which it does not say), whose minute is then
   * the local time read as UTC.
   */
  private record Minute(long value, boolean zoned) {
    /** The same minute; a zone-less one matches the same wall-clock minute in any zone. */
    boolean same(Minute o) {
      if (zoned && o.zoned) {
        return value == o.value;
      }
      long delta = Math.abs(value - o.value);
      return delta <= 14 * 60 && delta % 15 == 0;
    }
  }

  private final IndexReader reader;
  private final List<Indexed> docs = new ArrayList<>();

  private QuoteMatches(IndexReader reader) {
    this.reader = reader;
  }

  /** The documents of {@code threads} in {@code reader}. */
  public static QuoteMatches in(IndexReader reader, Set<Long> threads) throws IOException {
    QuoteMatches m = new QuoteMatches(reader);
    if (threads.isEmpty()) {
      return m;
    }
    StoredFields stored = reader.storedFields();
    int read = 0;
    for (List<Integer> members : ThreadCatalog.members(reader, threads).values()) {
      for (int doc : members) {
        if (read++ >= MAX_DOCS) {
          return m;
        }
        m.docs.add(indexed(stored.document(doc)));
      }
    }
    return m;
  }

  /**
   * The real mail already indexed that the quote-only node {@code q} stands for: by the same
   * author, and named in the In-Reply-To of a reply hung under {@code q}, or holding the quoted
   * lines, or sent the same minute, or the only mail by that author that the quoting
   * message's own header chain names.
   *
   * @param repliedTo In-Reply-To ids of the discussion's real mail hung under {@code q}
   * @param quoterRefs In-Reply-To and References of the real mail {@code q} was quoted in
   */
  public Optional<String> realFor(Message q, Set<String> repliedTo, Set<String> quoterRefs) {
    Set<String> lines = lines(q);
    Optional<Minute> minute = minute(q);
    List<String> inChain = new ArrayList<>();
    for (Indexed d : docs) {
      if (d.quoted || !sameAuthor(q.from(), d.author)) {
        continue;
      }
      if (repliedTo.contains(d.key) || contained(lines, d.text, SAME_TEXT)
          || sameMinute(minute, d.minute, lines, d.text)) {
        return Optional.of(d.key);
      }
      if (quoterRefs.contains(d.key)) {
        inChain.add(d.key);
      }
    }
    return inChain.size() == 1 ? Optional.of(inChain.get(0)) : Optional.empty();
  }

  /** An indexed quote-only node that is the same message as the quote-only node {@code q}. */
  public Optional<String> sameQuote(Message q) {
    Set<String> lines = lines(q);
    Optional<Minute> minute = minute(q);
    for (Indexed d : docs) {
      if (d.quoted && !d.key.equals(q.key().value()) && sameAuthor(q.from(), d.author)
          && (minute.isPresent() && d.minute.isPresent() && minute.get().same(d.minute.get())
              || overlap(lines, d.lines))) {
        return Optional.of(d.key);
      }
    }
    return Optional.empty();
  }

  /** Indexed quote-only nodes (synthetic keys) that are really the new real mail {@code m}. */
  public List<String> quotesOf(Message m) throws IOException {
    String text = text(lines(m));
    Optional<Minute> minute = minute(m);
    Set<String> parentsOfReplies = m.id().isPresent() ? parentsOfRepliesTo(m.key().value())
        : Set.of();
    List<String> out = new ArrayList<>();
    for (Indexed d : docs) {
      if (d.quoted && d.key.startsWith(MessageKey.SYNTHETIC_PREFIX) && sameAuthor(m.from(), d.author)
          && (parentsOfReplies.contains(d.key) || contained(d.lines, text, SAME_TEXT)
              || sameMinute(d.minute, minute, d.lines, text))) {
        out.add(d.key);
      }
    }
    return out;
  }

  /** Stored parents of the documents of these threads that reference {@code id}. */
  private Set<String> parentsOfRepliesTo(String id) throws IOException {
    Set<String> keys = new HashSet<>();
    for (Indexed d : docs) {
      keys.add(d.key);
    }
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.REFS, id)), Occur.FILTER).build();
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<String> parents = new HashSet<>();
    StoredFields stored = reader.storedFields();
    for (ScoreDoc sd : searcher.search(q, MAX_DOCS).scoreDocs) {
      Document doc = stored.document(sd.doc, Set.of(Fields.KEY, Fields.PARENT));
      if (keys.contains(doc.get(Fields.KEY)) && doc.get(Fields.PARENT) != null) {
        parents.add(doc.get(Fields.PARENT));
      }
    }
    return parents;
  }

  private static Indexed indexed(Document d) {
    Set<String> lines = new LinkedHashSet<>();
    addLines(d.get(Fields.OWN), lines);
    addLines(d.get(Fields.PATCH), lines);
    Optional<Minute> minute = Optional.empty();
    IndexableField date = d.getField(Fields.DATE);
    String given = orEmpty(d.get(Fields.DATE_TEXT));
    if (date != null && date.numericValue() != null) {
      // ISO-8601 as MailDate.iso() writes it: an offset (or Z) only when the mail gave one
      boolean zoned = given.endsWith("Z") || given.lastIndexOf('+') > 10
          || given.lastIndexOf('-') > 10;
      minute = Optional.of(new Minute(Math.floorDiv(date.numericValue().longValue(), 60_000L),
          zoned));
    }
    return new Indexed(d.get(Fields.KEY),
        Participant.of(orEmpty(d.get(Fields.FROM_NAME)), d.get(Fields.FROM_ADDRESS)), minute,
        lines, text(lines), Fields.PROVENANCE_QUOTED.equals(d.get(Fields.PROVENANCE)));
  }

  /** Own prose and patch lines at depth 0, as the index stores them in own and patch. */
  private static Set<String> lines(Message m) {
    Set<String> lines = new LinkedHashSet<>();
    for (Segment s : m.segments()) {
      if (s.depth() == 0 && (s instanceof Authored || s instanceof Patch)) {
        addLines(s.text(), lines);
      }
    }
    if (m.segments().isEmpty()) {
      addLines(m.body(), lines);
    }
    return lines;
  }

  private static Optional<Minute> minute(Message m) {
    return m.date().map(d -> new Minute(Math.floorDiv(d.instant().toEpochMilli(), 60_000L),
        d.offset().isPresent()));
  }

  /**
   * Sent the same minute: exactly, when both dates have a zone; with a zone-less attribution
   * date, the same wall-clock minute in some zone plus half the quote's lines (or no lines to
   * compare), as ingest accepts it.
   */
  private static boolean sameMinute(Optional<Minute> quote, Optional<Minute> mail,
      Set<String> quoteLines, String mailText) {
    if (quote.isEmpty() || mail.isEmpty() || !quote.get().same(mail.get())) {
      return false;
    }
    return quote.get().zoned && mail.get().zoned || quoteLines.isEmpty()
        || contained(quoteLines, mailText, SAME_TEXT / 2);
  }

  private static boolean sameAuthor(Participant a, Participant b) {
    return !a.isUnknown() && !b.isUnknown() && a.sameAs(b);
  }

  /**
   * Whether most of the quote's lines are in the message's text (lines joined by spaces, so a
   * quote that the replier re-wrapped is still found).
   */
  private static boolean contained(Set<String> quote, String message, double share) {
    if (quote.isEmpty()) {
      return false;
    }
    long found = quote.stream().filter(message::contains).count();
    return found >= share * quote.size();
  }

  /** Whether most lines of the smaller set are in the larger, as two quotes of one message. */
  private static boolean overlap(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return false;
    }
    return small.stream().filter(large::contains).count() >= SAME_TEXT * small.size();
  }

  /** The lines joined by single spaces, with one at each end, for substring tests. */
  private static String text(Set<String> lines) {
    return " " + String.join(" ", lines) + " ";
  }

  private static void addLines(String text, Set<String> out) {
    if (text == null) {
      return;
    }
    for (String line : text.split("\n")) {
      String n = String.join(" ", line.strip().split("\\s+")).toLowerCase(Locale.ROOT);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
