package quorum.index.schema;

/**
 * The names of the index fields, one per concept; every other class refers to these constants.
 * {@link Schema} says how each is indexed, stored and analyzed.
 */
public final class Fields {
  private Fields() {}

  /** Message key (Message-ID, or a synthetic key): the identity term for updates. */
  public static final String KEY = "key";
  /** Thread id, an updatable long so a late parent can re-link threads without reindexing. */
  public static final String THREAD = "thread";
  /** Keys this message points at: In-Reply-To, References and its reply-tree parent. */
  public static final String REFS = "refs";
  /** Reply-tree parent key (stored for display). */
  public static final String PARENT = "parent";
  /**
   * {@code mail} for real mail, {@code quoted} for reply-tree nodes known only from quotes,
   * {@code archive} for web-archive copies without headers.
   */
  public static final String PROVENANCE = "provenance";
  public static final String SUBJECT = "subject";
  /** Author name and address, analyzed (searched by {@code f:}). */
  public static final String FROM = "from";
  public static final String FROM_NAME = "from_name";
  public static final String FROM_ADDRESS = "from_addr";
  /** Where the author comes from: header, attribution, inferred, unknown. */
  public static final String AUTHOR_SOURCE = "author_source";
  /** Epoch milliseconds (points, doc values, stored). Absent when the date is unknown. */
  public static final String DATE = "date";
  /** The date as mail gave it, ISO-8601 (with offset when known). */
  public static final String DATE_TEXT = "date_text";
  /** The author's own prose (depth-0 authored segments). */
  public static final String OWN = "own";
  /** Quoted text of any depth, including patches that sit inside quotes. */
  public static final String QUOTED = "quoted";
  /** Inline patches at the author's own level, whole. */
  public static final String PATCH = "patch";
  /** Files a patch touches (lore {@code dfn:}). */
  public static final String PATCH_FILES = "dfn";
  /** Lines a patch adds (lore {@code dfa:}). */
  public static final String PATCH_ADDED = "dfa";
  /** Lines a patch removes (lore {@code dfb:}). */
  public static final String PATCH_REMOVED = "dfb";
  /** Trailer lines at the author's level ({@code Acked-by: Name <addr>}). */
  public static final String TRAILERS = "trailer";
  /** Normalized series name (subject without prefixes, lowercase). */
  public static final String SERIES = "series";
  public static final String SERIES_VERSION = "series_version";
  public static final String SERIES_PART = "series_part";
  public static final String SERIES_TOTAL = "series_total";
  /** Series tags such as RFC or RESEND, uppercase. */
  public static final String SERIES_TAGS = "series_tags";

  /** Change-Id of a patch or series: b4's {@code change-id:} line or Gerrit's trailer. */
  public static final String CHANGE_ID = "changeid";

  /**
   * Stable patch-id of the message's inline patch ({@link PatchId}, as {@code git patch-id
   * --stable} gives it): the same change posted again, rebased or re-whitespaced, has the same.
   */
  public static final String PATCH_ID = "patchid";

  /**
   * The message as read (header values, decoded body, source), encoded by {@link MessageCodec}:
   * real mail only, so a thread can be rebuilt from the index and analyzed.
   */
  public static final String MESSAGE = "message";

  /**
   * What a result line shows (key, subject, author, date as given, provenance), encoded by
   * {@link ResultLine} as one per-document value: a long result list reads it without
   * decompressing the stored fields, which hold the whole message.
   */
  public static final String RESULT_LINE = "result_line";

  /**
   * The subject of the message's thread ({@link ThreadSubject}), as one updatable per-document
   * value (UTF-8): a result line shows it for a message without a subject of its own, and JSON
   * hits carry it, without a pass over every document to find the thread's members. Ingest
   * writes it with each message and rewrites it for every member of a thread whose subject
   * changes (a merge, an earlier message arriving later).
   */
  public static final String THREAD_SUBJECT = "thread_subject";

  /** Values of {@link #PROVENANCE}. */
  public static final String PROVENANCE_MAIL = "mail";
  public static final String PROVENANCE_QUOTED = "quoted";
  public static final String PROVENANCE_ARCHIVE = "archive";
}
