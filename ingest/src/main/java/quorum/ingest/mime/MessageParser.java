package quorum.ingest.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * message with no header field at all is refused.
 */
public final class MessageParser {
  /**
   * Mime4J limits raised for real mail, as Tika's RFC822Parser does; the reader's size cap
   * ({@code IngestOptions.maxMessageBytes}) already bounds what reaches the parser.
   */
  private static final MimeConfig CONFIG = new MimeConfig.Builder().setMaxLineLen(-1)
      .setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1).setStrictParsing(false)
      .setMalformedHeaderStartsBody(false).build();

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
    Fields f = new Fields(headers, where, firstHeaderLine, diagnostics);
    Optional<MessageId> id = f.messageId();
    MessageKey key = id.map(MessageKey::of)
        .orElseGet(() -> new MessageKey(MessageKey.SYNTHETIC_PREFIX + shortHash(raw, len)));
    String body;
    List<Attachment> attachments;
    Consumer<String> warn = m -> diagnostics.accept(Diagnostic.warn(where, m));
    try {
      BodyText text = BodyText.of(mime4j(raw, len), warn);
      body = text.text.toString();
      attachments = text.attachments;
    } catch (IOException | MimeException | RuntimeException e) {
      // Mime4J could not follow the structure: keep the raw body as text rather than lose it
      body = Charsets.decodeBody(Arrays.copyOfRange(raw, headers.bodyOffset(), len),
          null, warn);
      attachments = List.of();
      warn.accept("MIME structure unreadable (" + e.getMessage() + "); kept the raw body as text");
    }
    Participant from = f.from();
    return new Message(key, id, from, from.isUnknown() ? AuthorSource.UNKNOWN : AuthorSource.HEADER,
        f.date(), f.subject(),
        f.inReplyTo(), f.references(), normalizeNewlines(body), List.of(), attachments,
        Provenance.HEADERS, where);
  }

  private static org.apache.james.mime4j.dom.Message mime4j(byte[] raw, int len)
      throws IOException, MimeException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(CONFIG);
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
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

    Fields(HeaderBlock headers, SourceRef where, int firstHeaderLine,
        Consumer<Diagnostic> diagnostics) {
      this.headers = headers;
      this.where = where;
      this.firstHeaderLine = firstHeaderLine;
      this.diagnostics = diagnostics;
    }

    Optional<MessageId> messageId() {
      Optional<HeaderBlock.Field> field = headers.first("Message-ID");
      if (field.isEmpty()) {
        return Optional.empty();
      }
      List<MessageId> ids = HeaderValues.bracketedIds(field.get().value());
      if (!ids.isEmpty()) {
        return Optional.of(ids.get(0));
      }
      List<MessageId> bare = HeaderValues.bareId(field.get().value());
      warn(field.get(), bare.isEmpty()
          ? "Message-ID has no <id> [\"" + field.get().value() + "\"]; used a content hash as key"
          : "Message-ID has no <id> [\"" + field.get().value() + "\"]; used it as a bare id");
      return bare.stream().findFirst();
    }

    List<MessageId> inReplyTo() {
      Optional<HeaderBlock.Field> field = headers.first("In-Reply-To");
      if (field.isEmpty() || field.get().value().isBlank()) {
        return List.of();
      }
      List<MessageId> ids = HeaderValues.bracketedIds(field.get().value());
      if (!ids.isEmpty()) {
        return ids;
      }
      List<MessageId> bare = HeaderValues.bareId(field.get().value());
      warn(field.get(), bare.isEmpty()
          ? "In-Reply-To has no <id> [\"" + field.get().value() + "\"]; ignored it"
          : "In-Reply-To has no <id> [\"" + field.get().value() + "\"]; used it as a bare id");
      return bare;
    }

    List<MessageId> references() {
      return headers.first("References").map(f -> HeaderValues.bracketedIds(f.value()))
          .orElse(List.of());
    }

    Participant from() {
      return headers.first("From").map(f -> HeaderValues.participant(f.value()))
          .orElse(Participant.UNKNOWN);
    }

    String subject() {
      return headers.first("Subject").map(f -> HeaderValues.decodeWords(f.value()).strip())
          .orElse("");
    }

    Optional<MailDate> date() {
      Optional<HeaderBlock.Field> field = headers.first("Date");
      if (field.isEmpty()) {
        return Optional.empty();
      }
      Optional<MailDate> date = MailDates.parse(field.get().value());
      if (date.isEmpty()) {
        warn(field.get(), "unparseable Date [\"" + field.get().value() + "\"]; date left empty");
      }
      return date;
    }

    private void warn(HeaderBlock.Field field, String message) {
      SourceRef at = new SourceRef(where.file(), where.offset(), firstHeaderLine + field.line());
      diagnostics.accept(Diagnostic.warn(at, message));
    }
  }
}
