package quorum.index.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import quorum.index.SeriesHistory;
import quorum.index.SeriesVersion;
import quorum.index.SeriesVersion.ChangeNote;
import quorum.index.SeriesVersion.GivenTrailer;
import quorum.index.SeriesVersion.Link;
import quorum.index.schema.Fields;
import quorum.index.schema.PatchText;
import quorum.mail.Participant;

/**
 * Finds the patch series a query hits and links their versions: postings (threads with a
 * series prefix) that share a change-id, then postings by the same author that share a patch
 * (same {@link Fields#PATCH_ID}: the series was renamed, the patch was not), then postings with
 * the same normalized series name and the same author. Tags such as RFC are not part of the
 * name, so an RFC v1 and a plain v3 link. A patch-id alone does not link two authors' postings:
 * stable backports and cherry-picks repost the same patch in series of their own.
 */
public final class SeriesHistories {
  /** Query hits looked at to find the seed postings. */
  static final int SEED_HITS = 1000;
  /** Postings looked at in all, so one huge name collision cannot run away. */
  static final int MAX_POSTINGS = 500;
  /** Documents fetched per change-id or series-name lookup. */
  static final int LOOKUP_HITS = 2000;

  private static final Set<String> FIELDS = Set.of(Fields.KEY, Fields.SUBJECT, Fields.FROM_NAME,
      Fields.FROM_ADDRESS, Fields.DATE, Fields.DATE_TEXT, Fields.PROVENANCE, Fields.PATCH,
      Fields.TRAILERS, Fields.SERIES, Fields.SERIES_VERSION, Fields.SERIES_PART,
      Fields.SERIES_TOTAL, Fields.SERIES_TAGS, Fields.CHANGE_ID, Fields.PATCH_ID, Fields.OWN);
  private static final Set<String> REVIEW_TAGS = Set.of("acked-by", "reviewed-by", "tested-by",
      "nacked-by");
  private static final Set<String> REPLY_PREFIXES = Set.of("re", "aw", "sv", "vs", "antw", "odp",
      "ynt", "fwd", "fw", "wg", "tr");

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Map<Long, Optional<Posting>> postings = new HashMap<>();

  public SeriesHistories(IndexReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** The histories of the series the query hits, the best-hit series first. */
  public List<SeriesHistory> find(Query query) throws IOException {
    List<Long> seeds = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, SEED_HITS).scoreDocs) {
      long t = ThreadCatalog.threadOf(reader, sd.doc);
      if (t >= 0 && !seeds.contains(t) && posting(t).isPresent()) {
        seeds.add(t);
      }
    }
    Set<Long> done = new LinkedHashSet<>();
    List<SeriesHistory> out = new ArrayList<>();
    for (long seed : seeds) {
      if (done.contains(seed)) {
        continue;
      }
      Map<Long, Link> members = link(seed);
      done.addAll(members.keySet());
      out.add(history(members));
    }
    return out;
  }

  /** Grows one series from a seed posting, breadth first, remembering the evidence. */
  private Map<Long, Link> link(long seed) throws IOException {
    Map<Long, Link> members = new LinkedHashMap<>();
    members.put(seed, Link.QUERY);
    Deque<Long> todo = new ArrayDeque<>(List.of(seed));
    while (!todo.isEmpty() && postings.size() < MAX_POSTINGS) {
      Posting p = posting(todo.poll()).orElseThrow();
      for (String id : p.changeIds) {
        for (long t : threadsWith(new Term(Fields.CHANGE_ID, id))) {
          Optional<Posting> other = posting(t);
          if (!members.containsKey(t) && other.isPresent() && other.get().changeIds.contains(id)) {
            members.put(t, Link.CHANGE_ID);
            todo.add(t);
          }
        }
      }
      for (String id : p.patchIds) {
        for (long t : threadsWith(new Term(Fields.PATCH_ID, id))) {
          Optional<Posting> other = posting(t);
          if (!members.containsKey(t) && other.isPresent() && other.get().patchIds.contains(id)
              && other.get().author.sameAs(p.author)) {
            members.put(t, Link.PATCH_ID);
            todo.add(t);
          }
        }
      }
      for (long t : threadsWith(new Term(Fields.SERIES, p.name))) {
        Optional<Posting> other = posting(t);
        if (!members.containsKey(t) && other.isPresent() && other.get().name.equals(p.name)
            && other.get().author.sameAs(p.author)) {
          members.put(t, Link.NAME_AND_AUTHOR);
          todo.add(t);
        }
      }
    }
    return members;
  }

  private Set<Long> threadsWith(Term term) throws IOException {
    Set<Long> out = new LinkedHashSet<>();
    TopDocs top = searcher.search(new TermQuery(term), LOOKUP_HITS);
    for (ScoreDoc sd : top.scoreDocs) {
      long t = ThreadCatalog.threadOf(reader, sd.doc);
      if (t >= 0) {
        out.add(t);
      }
    }
    return out;
  }

  private SeriesHistory history(Map<Long, Link> members) {
    List<Participant> reviewers = new ArrayList<>();
    for (long t : members.keySet()) {
      Posting p = posting(t).orElseThrow();
      for (Participant r : p.repliers) {
        if (!r.sameAs(p.author) && reviewers.stream().noneMatch(r::sameAs)) {
          reviewers.add(r);
        }
      }
    }
    List<Posting> ordered = new ArrayList<>();
    for (long t : members.keySet()) {
      ordered.add(posting(t).orElseThrow());
    }
    ordered.sort(Comparator.comparingInt((Posting p) -> p.version)
        .thenComparing(p -> p.date.orElse(Instant.MAX))
        .thenComparing(p -> ThreadIds.format(p.thread)));
    List<SeriesVersion> versions = new ArrayList<>();
    Posting previous = null;
    for (Posting p : ordered) {
      versions.add(p.version(members.get(p.thread), reviewers,
          previous == null ? List.of() : RangeDiffs.compare(previous.patches, p.patches)));
      previous = p;
    }
    return new SeriesHistory(ordered.get(ordered.size() - 1).name, versions);
  }

  /** The posting a thread holds, or empty when no message of it is a series posting. */
  private Optional<Posting> posting(long thread) {
    return postings.computeIfAbsent(thread, t -> {
      try {
        return read(t);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private Optional<Posting> read(long thread) throws IOException {
    StoredFields stored = reader.storedFields();
    List<Document> docs = new ArrayList<>();
    for (int d : ThreadCatalog.members(reader, Set.of(thread)).getOrDefault(thread, List.of())) {
      docs.add(stored.document(d, FIELDS));
    }
    docs.sort(Comparator.comparing((Document d) -> ThreadCatalog.date(d).orElse(Instant.MAX))
        .thenComparing(d -> d.get(Fields.KEY)));
    Document head = null;
    for (Document d : docs) {
      if (isPosting(d) && (head == null || part(d) < part(head))) {
        head = d;
      }
    }
    if (head == null) {
      return Optional.empty();
    }
    Posting p = new Posting(thread, head);
    for (Document d : docs) {
      if (Fields.PROVENANCE_QUOTED.equals(d.get(Fields.PROVENANCE))) {
        continue;
      }
      p.messages++;
      if (isPosting(d)) {
        String patch = d.get(Fields.PATCH);
        if (patch != null && !patch.isBlank()) {
          PatchText text = PatchText.of(patch);
          p.files.addAll(text.files());
          int part = intValue(d, Fields.SERIES_PART).orElse(1);
          if (part > 0 && !(text.added().isEmpty() && text.removed().isEmpty())) {
            p.patches.add(new RangeDiffs.PatchLines(part, d.get(Fields.SERIES), text));
          }
        }
        for (String c : d.getValues(Fields.CHANGE_ID)) {
          p.changeIds.add(c);
        }
        for (String id : d.getValues(Fields.PATCH_ID)) {
          p.patchIds.add(id);
        }
        String own = d.get(Fields.OWN);
        if (own != null && !own.isBlank()) {
          p.own.add(own);
        }
      } else {
        p.addTrailers(d);
        Participant who = Participant.of(orEmpty(d.get(Fields.FROM_NAME)),
            d.get(Fields.FROM_ADDRESS));
        if (!who.isUnknown()) {
          p.repliers.add(who);
        }
      }
    }
    return Optional.of(p);
  }

  /** A message of the series itself (cover letter or patch), not a reply to one. */
  private static boolean isPosting(Document d) {
    return d.get(Fields.SERIES) != null && !isReply(orEmpty(d.get(Fields.SUBJECT)))
        && !Fields.PROVENANCE_QUOTED.equals(d.get(Fields.PROVENANCE));
  }

  static boolean isReply(String subject) {
    String s = subject.strip();
    int colon = s.indexOf(':');
    if (colon < 1 || colon > 6) {
      return false;
    }
    String word = s.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    int bracket = word.indexOf('[');
    return REPLY_PREFIXES.contains(bracket < 0 ? word : word.substring(0, bracket));
  }

  private static int part(Document d) {
    return intValue(d, Fields.SERIES_PART).orElse(Integer.MAX_VALUE);
  }

  private static Optional<Integer> intValue(Document d, String field) {
    IndexableField f = d.getField(field);
    if (f == null) {
      return Optional.empty();
    }
    if (f.numericValue() != null) {
      return Optional.of(f.numericValue().intValue());
    }
    try {
      return Optional.of(Integer.parseInt(f.stringValue().strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** {@code Name <addr>}, {@code <addr>}, {@code addr} or a bare name. */
  static Participant person(String who) {
    String w = who.strip();
    int lt = w.lastIndexOf('<');
    int gt = w.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      String name = w.substring(0, lt).strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      return Participant.of(name, w.substring(lt + 1, gt).strip());
    }
    return w.indexOf('@') > 0 && w.indexOf(' ') < 0 ? Participant.of("", w) : Participant.named(w);
  }

  /** What one thread contributes to a history. */
  private static final class Posting {
    final long thread;
    final String name;
    final int version;
    final List<String> tags = new ArrayList<>();
    final String subject;
    final Participant author;
    final Optional<Instant> date;
    final Optional<String> dateText;
    final int total;
    int messages;
    final Set<String> files = new LinkedHashSet<>();
    final Set<String> changeIds = new LinkedHashSet<>();
    /** Patch-ids of the posting's own patches (not of patches quoted in replies). */
    final Set<String> patchIds = new LinkedHashSet<>();
    final List<GivenTrailer> trailers = new ArrayList<>();
    final List<String> own = new ArrayList<>();
    final List<Participant> repliers = new ArrayList<>();
    final List<RangeDiffs.PatchLines> patches = new ArrayList<>();

    Posting(long thread, Document head) {
      this.thread = thread;
      this.name = head.get(Fields.SERIES);
      this.version = intValue(head, Fields.SERIES_VERSION).orElse(1);
      for (String t : head.getValues(Fields.SERIES_TAGS)) {
        tags.add(t);
      }
      this.subject = orEmpty(head.get(Fields.SUBJECT));
      this.author = Participant.of(orEmpty(head.get(Fields.FROM_NAME)),
          head.get(Fields.FROM_ADDRESS));
      this.date = ThreadCatalog.date(head);
      this.dateText = Optional.ofNullable(head.get(Fields.DATE_TEXT));
      this.total = intValue(head, Fields.SERIES_TOTAL).orElse(0);
    }

    void addTrailers(Document reply) {
      String text = reply.get(Fields.TRAILERS);
      if (text == null) {
        return;
      }
      Optional<Integer> part = intValue(reply, Fields.SERIES_PART);
      boolean onCover = part.isPresent() && part.get() == 0;
      List<Integer> parts = new ArrayList<>();
      if (onCover) {
        for (int i = 1; i <= total; i++) {
          parts.add(i);
        }
      } else {
        part.ifPresent(parts::add);
      }
      for (String line : text.split("\n")) {
        int colon = line.indexOf(':');
        if (colon < 1) {
          continue;
        }
        String tag = line.substring(0, colon).strip();
        if (REVIEW_TAGS.contains(tag.toLowerCase(Locale.ROOT))) {
          GivenTrailer g = new GivenTrailer(tag, person(line.substring(colon + 1)), parts, onCover);
          if (!trailers.contains(g)) {
            trailers.add(g);
          }
        }
      }
    }

    SeriesVersion version(Link link, List<Participant> reviewers,
        List<SeriesVersion.PatchChange> rangeDiff) {
      List<ChangeNote> changelog = new ArrayList<>();
      for (String text : own) {
        for (ChangeNote n : Changelogs.read(text, reviewers)) {
          if (!changelog.contains(n)) {
            changelog.add(n);
          }
        }
      }
      return new SeriesVersion(version, tags, subject, ThreadIds.format(thread), author, date,
          dateText, messages, total, trailers, new ArrayList<>(files), new ArrayList<>(changeIds),
          link, changelog, rangeDiff);
    }
  }
}
