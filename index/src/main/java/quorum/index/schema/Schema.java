package quorum.index.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The quorum index schema: every field with its kind, and the analyzers per field. Version
 * {@link #VERSION} is written into each commit; an index of another version must be rebuilt.
 */
public final class Schema {
  /**
   * Bumped whenever a field is added, changes meaning or analysis: an index written by another
   * version lacks what this one reads, so opening it asks for a rebuild. 2 added
   * {@link Fields#PATCH_ID} and the stored {@link Fields#MESSAGE} that threads are rebuilt
   * from (one bump for both: they landed together).
   *
   * <p>{@link Fields#RESULT_LINE} came later without a bump: it only repeats stored values,
   * and a reader falls back to the stored fields where a segment lacks it.
   *
   * <p>3 added {@link Fields#THREAD_SUBJECT}: searches read it instead of gathering each
   * thread's members, and an index without it would list blank subjects.
   */
  public static final int VERSION = 3;

  private static final List<FieldSpec> SPECS = List.of(
      new FieldSpec(Fields.KEY, FieldKind.KEYWORD, true, "Message-ID or synthetic key"),
      new FieldSpec(Fields.THREAD, FieldKind.UPDATABLE_LONG, false, "thread id"),
      new FieldSpec(Fields.REFS, FieldKind.KEYWORD, false, "In-Reply-To, References, parent"),
      new FieldSpec(Fields.PARENT, FieldKind.STORED, true, "reply-tree parent key"),
      new FieldSpec(Fields.PROVENANCE, FieldKind.KEYWORD, true, "mail | quoted | archive"),
      new FieldSpec(Fields.SUBJECT, FieldKind.PROSE, true, "subject"),
      new FieldSpec(Fields.FROM, FieldKind.CODE, false, "author name and address"),
      new FieldSpec(Fields.FROM_NAME, FieldKind.STORED, true, "author name"),
      new FieldSpec(Fields.FROM_ADDRESS, FieldKind.STORED, true, "author address"),
      new FieldSpec(Fields.AUTHOR_SOURCE, FieldKind.STORED, true, "where the author comes from"),
      new FieldSpec(Fields.DATE, FieldKind.LONG, true, "epoch milliseconds"),
      new FieldSpec(Fields.DATE_TEXT, FieldKind.STORED, true, "date as given, ISO-8601"),
      new FieldSpec(Fields.OWN, FieldKind.PROSE, true, "own text"),
      new FieldSpec(Fields.QUOTED, FieldKind.PROSE, true, "quoted text"),
      new FieldSpec(Fields.PATCH, FieldKind.CODE, true, "inline patch text"),
      new FieldSpec(Fields.PATCH_FILES, FieldKind.CODE, false, "files a patch touches"),
      new FieldSpec(Fields.PATCH_ADDED, FieldKind.CODE, false, "added patch lines"),
      new FieldSpec(Fields.PATCH_REMOVED, FieldKind.CODE, false, "removed patch lines"),
      new FieldSpec(Fields.TRAILERS, FieldKind.CODE, true, "trailer lines"),
      new FieldSpec(Fields.SERIES, FieldKind.KEYWORD, true, "normalized series name"),
      new FieldSpec(Fields.SERIES_VERSION, FieldKind.INT, true, "series version"),
      new FieldSpec(Fields.SERIES_PART, FieldKind.INT, true, "part within the series"),
      new FieldSpec(Fields.SERIES_TOTAL, FieldKind.STORED, true, "parts in the series"),
      new FieldSpec(Fields.SERIES_TAGS, FieldKind.KEYWORD, true, "RFC, RESEND, ..."),
      new FieldSpec(Fields.CHANGE_ID, FieldKind.KEYWORD, true, "change-id, lowercase"),
      new FieldSpec(Fields.PATCH_ID, FieldKind.KEYWORD, true, "stable patch-id, 40 hex digits"),
      new FieldSpec(Fields.MESSAGE, FieldKind.STORED_BYTES, true, "the message as read"),
      new FieldSpec(Fields.RESULT_LINE, FieldKind.DOC_BYTES, false, "what a result line shows"),
      new FieldSpec(Fields.THREAD_SUBJECT, FieldKind.DOC_BYTES, false, "the thread's subject"));

  private static final Map<String, FieldSpec> BY_NAME = byName();

  private Schema() {}

  public static List<FieldSpec> fields() {
    return SPECS;
  }

  public static FieldSpec field(String name) {
    FieldSpec spec = BY_NAME.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("no such field: " + name);
    }
    return spec;
  }

  /** The analyzer for one kind of text field; keyword fields are not analyzed. */
  public static Analyzer analyzer(FieldKind kind) {
    switch (kind) {
      case PROSE:
        return Analyzers.PROSE;
      case CODE:
        return Analyzers.CODE;
      default:
        return Analyzers.KEYWORD;
    }
  }

  /** The query-time analyzer for one kind of text field (keeps the token graph). */
  public static Analyzer queryAnalyzer(FieldKind kind) {
    switch (kind) {
      case PROSE:
        return Analyzers.PROSE_QUERY;
      case CODE:
        return Analyzers.CODE_QUERY;
      default:
        return Analyzers.KEYWORD;
    }
  }

  /** One analyzer that dispatches on the field name, for writers and highlighters. */
  public static Analyzer perFieldAnalyzer() {
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    for (FieldSpec spec : SPECS) {
      perField.put(spec.name(), analyzer(spec.kind()));
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  private static Map<String, FieldSpec> byName() {
    Map<String, FieldSpec> m = new LinkedHashMap<>();
    for (FieldSpec s : SPECS) {
      if (m.put(s.name(), s) != null) {
        throw new IllegalStateException("duplicate field " + s.name());
      }
    }
    return Map.copyOf(m);
  }
}
