package quorum.ingest.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import quorum.ingest.MessageLimits;
import quorum.mail.Attachment;
import quorum.mail.AuthorSource;
import quorum.mail.Diagnostic;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.SourceRef;

/**
 * Turns the raw bytes of one RFC 5322 message into a {@link Message}: header fields read by
 * {@link HeaderBlock} (so each diagnostic can name its line), the MIME structure by Mime4J's
 * lenient DOM builder, the text by {@link BodyText}. Damage becomes a WARN diagnostic; only a
 * message with no header field at all is refused. A message over one of the
 * {@link MessageLimits} is cut down to it, with a WARN naming the limit.
 */
public final class MessageParser {
  /**
   * Mime4J limits raised for real mail, as Tika's RFC822Parser does; the reader's size cap
   * ({@code IngestOptions.maxMessageBytes}) already bounds what reaches the parser.
   */
  private static final MimeConfig CONFIG = new MimeConfig.Builder().setMaxLineLen(-1)
      .setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1).setStrictParsing(false)
      .setMalformedHeaderStartsBody(false).build();

  private static final Instant FIRST_MAIL = Instant.parse("1971-01-01T00:00:00Z");

  private final MessageLimits limits;
  private final Clock clock;

  public MessageParser() {
    this(MessageLimits.DEFAULT);
  }

  public MessageParser(MessageLimits limits) {
    this(limits, Clock.systemUTC());
  }

  /** {@code clock} tells which dates lie in the future. */
  public MessageParser(MessageLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Parses {@code raw[0..len)}. {@code where} is the message's place (its From_ line in an mbox);
   * {@code firstHeaderLine} is the 1-based file line of its first header field.
   */
  public Message parse(byte[] raw, int len, SourceRef where, int firstHeaderLine,
      Consumer<Diagnostic> diagnostics) throws MalformedMessageException {
    HeaderBlock headers = HeaderBlock.parse(raw, len);
    if (headers.fields().isEmpty()) {
      throw new MalformedMessageException("no RFC 5322 header fields; message skipped");
    }
    Fields f = new Fields(headers, where, firstHeaderLine, diagnostics, limits, clock);
    Optional<MessageId> id = f.messageId();
    MessageKey key = id.map(MessageKey::of)
        .orElseGet(() -> new MessageKey(MessageKey.SYNTHETIC_PREFIX + shortHash(raw, len)));
    Consumer<String> warn = m -> diagnostics.accept(Diagnostic.warn(where, m));
    BodyAndAttachments content = content(raw, len, headers, warn);
    String body = normalizeNewlines(content.body);
    QuoteDepthLimit.Result quotes = QuoteDepthLimit.apply(body, limits.maxQuoteDepth());
    if (quotes.linesCut() > 0) {
      warn.accept(quotes.linesCut() + " line(s) quoted deeper than the "
          + limits.maxQuoteDepth() + "-level limit (deepest " + quotes.deepest()
          + "); read them at " + limits.maxQuoteDepth() + " levels");
      body = quotes.body();
    }
    Participant from = f.from();
    String subject = f.subject();
    int nul = NulBytes.count(raw, len);
    if (nul > 0) {
      warn.accept(nul + " NUL byte(s) in the message; removed them from its text");
      body = NulBytes.strip(body);
      subject = NulBytes.strip(subject);
      from = NulBytes.strip(from);
    }
    return new Message(key, id, from, from.isUnknown() ? AuthorSource.UNKNOWN : AuthorSource.HEADER,
        f.date(), subject, f.inReplyTo(), f.references(), body, List.of(),
        content.attachments, Provenance.HEADERS, where);
  }

  private record BodyAndAttachments(String body, List<Attachment> attachments) {}

  /**
   * The text and attachment list: through Mime4J's tree when the structure is within the
   * limits, else the text parts met before the first limit crossed; the raw body as text when
   * Mime4J cannot follow the structure at all.
   */
  private BodyAndAttachments content(byte[] raw, int len, HeaderBlock headers,
      Consumer<String> warn) {
    try {
      MimeShape.Over over = MimeShape.maySplit(raw, len)
          ? MimeShape.check(raw, len, CONFIG, limits) : MimeShape.Over.WITHIN;
      if (over != MimeShape.Over.WITHIN) {
        warn.accept(over == MimeShape.Over.DEPTH
            ? "MIME parts nested deeper than the " + limits.maxMimeDepth()
                + "-level limit; kept the text of the parts before the limit, skipped the rest"
            : "more than " + limits.maxMimeParts() + " MIME parts (the limit); kept the text"
                + " of the first " + limits.maxMimeParts() + ", skipped the rest");
        MimeShape.Content cut = MimeShape.upToLimit(raw, len, CONFIG, limits, warn);
        return new BodyAndAttachments(cut.text(), cut.attachments());
      }
      DecodeWarnings decoding = new DecodeWarnings();
      org.apache.james.mime4j.dom.Message root = mime4j(raw, len, decoding);
      BodyText text = BodyText.of(root, warn);
      if (decoding.any()) {
        warn.accept("damaged transfer encoding (" + decoding.summary()
            + "); decoded what could be");
      }
      Unclosed.boundary(root, raw, len).ifPresent(b -> warn.accept(
          "multipart boundary \"" + b + "\" is never closed; read its last part to the end"
              + " of the message"));
      return new BodyAndAttachments(text.text.toString(), text.attachments);
    } catch (IOException | MimeException | RuntimeException e) {
      // Mime4J could not follow the structure: keep the raw body as text rather than lose it
      String body = Charsets.decodeBody(Arrays.copyOfRange(raw, headers.bodyOffset(), len),
          null, warn);
      warn.accept("MIME structure unreadable (" + e.getMessage() + "); kept the raw body as text");
      return new BodyAndAttachments(body, List.of());
    }
  }

  private static org.apache.james.mime4j.dom.Message mime4j(byte[] raw, int len,
      DecodeMonitor monitor) throws IOException, MimeException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(CONFIG);
    builder.setDecodeMonitor(monitor);
    builder.setFieldParser(LenientFieldParser.getParser());
    builder.setContentDecoding(true);
    return builder.parseMessage(new ByteArrayInputStream(raw, 0, len));
  }

  /** {@code \r\n} and lone {@code \r} become {@code \n}. */
  static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A header value as quoted in a diagnostic: whole when short, else its first 80 characters. */
  static String excerpt(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "... (" + value.length()
        + " characters)";
  }

  /** The first 16 hex digits of the SHA-256 of the bytes: a stable synthetic key. */
  public static String shortHash(byte[] raw, int len) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(raw, 0, len);
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The header fields quorum uses, read leniently; each problem is a WARN at its line. */
  private static final class Fields {
    private final HeaderBlock headers;
    private final SourceRef where;
    private final int firstHeaderLine;
    private final Consumer<Diagnostic> diagnostics;
    private final MessageLimits limits;
    private final Clock clock;

    Fields(HeaderBlock headers, SourceRef where, int firstHeaderLine,
        Consumer<Diagnostic> diagnostics, MessageLimits limits, Clock clock) {
      this.headers = headers;
      this.where = where;
      this.firstHeaderLine = firstHeaderLine;
      this.diagnostics = diagnostics;
      this.limits = limits;
      this.clock = clock;
    }

    /** The first field with this name, its value cut to the header limit (with a WARN). */
    private Optional<HeaderBlock.Field> field(String name) {
      Optional<HeaderBlock.Field> f = headers.first(name);
      if (f.isEmpty() || f.get().value().length() <= limits.maxHeaderChars()) {
        return f;
      }
      HeaderBlock.Field long_ = f.get();
      warn(long_, long_.name() + " is " + long_.value().length() + " characters, over the "
          + limits.maxHeaderChars() + "-character limit; kept the first "
          + limits.maxHeaderChars());
      return Optional.of(new HeaderBlock.Field(long_.name(),
          long_.value().substring(0, limits.maxHeaderChars()), long_.line()));
    }

    Optional<MessageId> messageId() {
      Optional<HeaderBlock.Field> field = field("Message-ID");
      if (field.isEmpty()) {
        return Optional.empty();
      }
      List<MessageId> ids = HeaderValues.bracketedIds(field.get().value());
      if (!ids.isEmpty()) {
        return Optional.of(ids.get(0));
      }
      List<MessageId> bare = HeaderValues.bareId(field.get().value());
      warn(field.get(), bare.isEmpty()
          ? "Message-ID has no <id> [\"" + excerpt(field.get().value()) + "\"]; used a content hash as key"
          : "Message-ID has no <id> [\"" + excerpt(field.get().value()) + "\"]; used it as a bare id");
      return bare.stream().findFirst();
    }

    List<MessageId> inReplyTo() {
      Optional<HeaderBlock.Field> field = field("In-Reply-To");
      if (field.isEmpty() || field.get().value().isBlank()) {
        return List.of();
      }
      List<MessageId> ids = HeaderValues.bracketedIds(field.get().value());
      if (!ids.isEmpty()) {
        return ids;
      }
      List<MessageId> bare = HeaderValues.bareId(field.get().value());
      warn(field.get(), bare.isEmpty()
          ? "In-Reply-To has no <id> [\"" + excerpt(field.get().value()) + "\"]; ignored it"
          : "In-Reply-To has no <id> [\"" + excerpt(field.get().value()) + "\"]; used it as a bare id");
      return bare;
    }

    /**
     * The ids of References; over the limit, the first (the thread root) and the last ones
     * (the nearest ancestors) are kept, as threading needs those most (RFC 5322 3.6.4).
     */
    List<MessageId> references() {
      Optional<HeaderBlock.Field> field = headers.first("References");
      if (field.isEmpty()) {
        return List.of();
      }
      List<MessageId> ids = HeaderValues.bracketedIds(field.get().value());
      int max = limits.maxReferences();
      if (ids.size() <= max) {
        return ids;
      }
      warn(field.get(), "References holds " + ids.size() + " ids, over the " + max
          + "-id limit; kept the first and the last " + (max - 1));
      List<MessageId> kept = new java.util.ArrayList<>(max);
      kept.add(ids.get(0));
      kept.addAll(ids.subList(ids.size() - (max - 1), ids.size()));
      return kept;
    }

    Participant from() {
      return field("From").map(f -> HeaderValues.participant(f.value()))
          .orElse(Participant.UNKNOWN);
    }

    String subject() {
      Optional<HeaderBlock.Field> field = field("Subject");
      if (field.isEmpty()) {
        return "";
      }
      DecodeWarnings damage = new DecodeWarnings();
      String subject = HeaderValues.decodeWords(field.get().value(), damage).strip();
      if (damage.any()) {
        warn(field.get(), "Subject has damaged encoded words (" + damage.summary()
            + "); decoded what could be");
      }
      return subject;
    }

    Optional<MailDate> date() {
      Optional<HeaderBlock.Field> field = field("Date");
      if (field.isEmpty()) {
        return Optional.empty();
      }
      Optional<MailDate> date = MailDates.parse(field.get().value());
      if (date.isEmpty()) {
        warn(field.get(), "unparseable Date [\"" + excerpt(field.get().value()) + "\"]; date left empty");
      } else if (implausible(date.get())) {
        warn(field.get(), "implausible Date [\"" + excerpt(field.get().value()) + "\"] (before "
            + "1971 or in the future); kept as given, so timelines and 'oldest first' may mislead");
      }
      return date;
    }

    /**
     * Mail did not exist before 1971, and a date after tomorrow is a broken clock or a forgery
     * (the epoch, 1901 and 9999 are typical); either would sort the message to an end of every
     * timeline, so the reader is told.
     */
    private boolean implausible(MailDate date) {
      Instant at = date.instant();
      return at.isBefore(FIRST_MAIL) || at.isAfter(clock.instant().plus(Duration.ofDays(1)));
    }

    private void warn(HeaderBlock.Field field, String message) {
      SourceRef at = new SourceRef(where.file(), where.offset(), firstHeaderLine + field.line());
      diagnostics.accept(Diagnostic.warn(at, message));
    }
  }
}
