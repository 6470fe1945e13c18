package quorum.index.schema;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.ingest.thread.SeriesParser;
import quorum.mail.Authored;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.mail.Trailer;

/**
 * Maps a {@link Message} to its {@link IndexDoc}: the one place that decides which part of a
 * message goes into which field. Own text is the depth-0 {@link Authored} prose; quoted text is
 * every {@link Quoted} segment plus patches and trailers that sit inside quotes; patch fields
 * come from depth-0 {@link Patch} segments; signatures, snips and attribution lines are not
 * indexed as text.
 */
public final class MessageMapper {
  /** Longest key or reference kept as a term; longer ones are junk and would break the index. */
  static final int MAX_KEY_CHARS = 2000;

  private static final SeriesParser SERIES = new SeriesParser();

  private MessageMapper() {}

  /** The {@link Fields#PROVENANCE} value of a provenance. */
  public static String provenance(Provenance p) {
    switch (p) {
      case QUOTED_ONLY:
        return Fields.PROVENANCE_QUOTED;
      case ARCHIVE_COPY:
        return Fields.PROVENANCE_ARCHIVE;
      default:
        return Fields.PROVENANCE_MAIL;
    }
  }

  /** A series name normalized for matching: lowercase, single spaces. */
  public static String normalize(String name) {
    return String.join(" ", name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
  }

  /**
   * @param parent the message's parent in its reply tree, if any
   * @param thread the thread id the message belongs to
   * @param threadSubject the subject of that thread ({@link ThreadSubject})
   */
  public static IndexDoc map(Message m, Optional<MessageKey> parent, long thread,
      String threadSubject) {
    IndexDoc doc = new IndexDoc(m.key().value());
    doc.add(Fields.KEY, m.key().value());
    doc.add(Fields.THREAD, thread);
    doc.add(Fields.THREAD_SUBJECT, ThreadSubject.encode(threadSubject));
    for (String ref : refs(m, parent)) {
      doc.add(Fields.REFS, ref);
    }
    parent.ifPresent(p -> doc.add(Fields.PARENT, p.value()));
    doc.add(Fields.PROVENANCE, provenance(m.provenance()));
    doc.addText(Fields.SUBJECT, m.subject());
    String name = m.from().name();
    String address = m.from().address().orElse("");
    doc.addText(Fields.FROM, (name + " " + address).strip());
    doc.addText(Fields.FROM_NAME, name);
    doc.addText(Fields.FROM_ADDRESS, address);
    doc.add(Fields.AUTHOR_SOURCE, m.authorSource().name().toLowerCase(Locale.ROOT));
    m.date().ifPresent(d -> {
      doc.add(Fields.DATE, d.instant().toEpochMilli());
      doc.add(Fields.DATE_TEXT, d.iso());
    });
    doc.add(Fields.RESULT_LINE, ResultLine.encode(doc));
    addBody(doc, m);
    if (m.provenance() != Provenance.QUOTED_ONLY) {
      doc.add(Fields.MESSAGE, MessageCodec.encode(m));
    }
    changeIds(m.body()).forEach(c -> doc.add(Fields.CHANGE_ID, c));
    SERIES.parse(m.subject()).ifPresent(s -> {
      doc.add(Fields.SERIES, normalize(s.name()));
      doc.add(Fields.SERIES_VERSION, s.version());
      s.part().ifPresent(p -> doc.add(Fields.SERIES_PART, p));
      s.total().ifPresent(t -> doc.add(Fields.SERIES_TOTAL, t));
      s.tags().forEach(t -> doc.add(Fields.SERIES_TAGS, t.toUpperCase(Locale.ROOT)));
    });
    return doc;
  }

  /**
   * Moves a document made by {@link #map} to another thread: the same document as mapping the
   * message with that thread id and subject.
   */
  public static IndexDoc withThread(IndexDoc doc, long thread, String threadSubject) {
    return doc.replace(Fields.THREAD, thread)
        .replace(Fields.THREAD_SUBJECT, ThreadSubject.encode(threadSubject));
  }

  /** What {@link ThreadSubject} reads of a message, as {@link #map} indexes it. */
  public static ThreadSubject.Member member(Message m) {
    return new ThreadSubject.Member(m.date().isPresent(),
        m.date().map(d -> d.instant().toEpochMilli()).orElse(0L), provenance(m.provenance()),
        m.key().value(), ThreadSubject.orNull(m.subject()));
  }

  /**
   * The keys a message points at, for thread linking: In-Reply-To, References and its tree
   * parent when that is real mail. Quote-only nodes link nothing: their synthetic keys are a
   * hash of author and quoted text, so two threads quoting the same words share one, and a
   * link through it would merge threads that header threading (and notmuch) keep apart.
   */
  public static Set<String> refs(Message m, Optional<MessageKey> parent) {
    Set<String> refs = new LinkedHashSet<>();
    if (m.provenance() == Provenance.QUOTED_ONLY) {
      return refs;
    }
    for (MessageId id : m.inReplyTo()) {
      addRef(refs, id.value());
    }
    for (MessageId id : m.references()) {
      addRef(refs, id.value());
    }
    parent.filter(p -> !p.isSynthetic()).ifPresent(p -> addRef(refs, p.value()));
    refs.remove(m.key().value());
    return refs;
  }

  /**
   * Change-Ids written at the author's level: b4 ends a cover letter with
   * {@code change-id: 20230117-kfunc-v2-0c1d}, Gerrit adds a {@code Change-Id: I8f...} trailer.
   * Lowercase, so a query matches either spelling.
   */
  public static Set<String> changeIds(String body) {
    Set<String> ids = new LinkedHashSet<>();
    for (int start = 0, end; start <= body.length(); start = end + 1) {
      end = body.indexOf('\n', start);
      end = end < 0 ? body.length() : end;
      int at = start;
      while (at < end && Character.isWhitespace(body.charAt(at))) {
        at++;
      }
      // only a line that starts so is copied: every body is scanned, few have one
      if (!body.regionMatches(true, at, "change-id:", 0, 10)) {
        continue;
      }
      String l = body.substring(start, end).strip();
      if (l.length() > 10 && l.regionMatches(true, 0, "change-id:", 0, 10)) {
        String v = l.substring(10).strip();
        if (!v.isEmpty() && v.length() <= 200 && v.indexOf(' ') < 0) {
          ids.add(v.toLowerCase(Locale.ROOT));
        }
      }
    }
    return ids;
  }

  private static void addRef(Set<String> refs, String ref) {
    if (ref.length() <= MAX_KEY_CHARS) {
      refs.add(ref);
    }
  }

  private static void addBody(IndexDoc doc, Message m) {
    StringBuilder own = new StringBuilder();
    StringBuilder quoted = new StringBuilder();
    StringBuilder patch = new StringBuilder();
    StringBuilder trailers = new StringBuilder();
    // the patch segments end to end, as git reads them (a blank line would end the patch)
    StringBuilder diff = new StringBuilder();
    for (Segment s : m.segments()) {
      if (s instanceof Authored) {
        append(own, s.text());
      } else if (s instanceof Quoted) {
        append(quoted, s.text());
      } else if (s instanceof Patch) {
        append(s.depth() == 0 ? patch : quoted, s.text());
        if (s.depth() == 0) {
          diff.append(s.text()).append('\n');
        }
      } else if (s instanceof Trailer) {
        append(s.depth() == 0 ? trailers : quoted, trailerLine((Trailer) s));
      }
    }
    if (m.segments().isEmpty()) {
      append(own, m.body());
    }
    doc.addText(Fields.OWN, own.toString());
    doc.addText(Fields.QUOTED, quoted.toString());
    doc.addText(Fields.PATCH, patch.toString());
    doc.addText(Fields.TRAILERS, trailers.toString());
    if (patch.length() > 0) {
      PatchText p = PatchText.of(patch.toString());
      doc.addText(Fields.PATCH_FILES, String.join("\n", p.files()));
      doc.addText(Fields.PATCH_ADDED, String.join("\n", p.added()));
      doc.addText(Fields.PATCH_REMOVED, String.join("\n", p.removed()));
      PatchId.of(diff.toString()).ifPresent(id -> doc.add(Fields.PATCH_ID, id));
    }
  }

  private static String trailerLine(Trailer t) {
    if (!t.text().isBlank()) {
      return t.text();
    }
    return t.tag() + ": " + t.who().name() + t.who().address().map(a -> " <" + a + ">").orElse("");
  }

  private static void append(StringBuilder sb, String text) {
    if (text.isBlank()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append("\n\n");
    }
    sb.append(text);
  }
}
