package quorum.index.schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quorum.mail.Attachment;
import quorum.mail.AuthorSource;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.SourceRef;

/**
 * A message as read, in the bytes of the {@link Fields#MESSAGE} stored field: the header values
 * quorum parsed, the decoded body, the attachment list and where the message came from. Not
 * the segments: those, the reply tree and the quote-only nodes are derived again by the ingest
 * pipeline when a thread is rebuilt from the index, so a rebuilt thread is what reading the
 * files would give. Not the raw MIME source either: decoded text is what the pipeline reads
 * next, it is smaller (no base64 attachments, no HTML alternatives), and web-archive copies
 * have no raw source of their own.
 */
public final class MessageCodec {
  /** First byte of every encoding; a change of layout gets a new one (and a schema bump). */
  private static final int FORMAT = 1;

  private MessageCodec() {}

  public static byte[] encode(Message m) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(m.body().length() + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      writeLong(out, m.key().value());
      writeOptional(out, m.id().map(MessageId::value));
      writeLong(out, m.from().name());
      writeOptional(out, m.from().address());
      out.writeByte(m.authorSource().ordinal());
      out.writeBoolean(m.date().isPresent());
      if (m.date().isPresent()) {
        writeLong(out, m.date().get().local().toString());
        writeOptional(out, m.date().get().offset().map(ZoneOffset::getId));
      }
      writeLong(out, m.subject());
      writeIds(out, m.inReplyTo());
      writeIds(out, m.references());
      writeLong(out, m.body());
      out.writeInt(m.attachments().size());
      for (Attachment a : m.attachments()) {
        writeOptional(out, a.filename());
        writeLong(out, a.mimeType());
        out.writeLong(a.size());
      }
      out.writeByte(m.provenance().ordinal());
      writeLong(out, m.source().file().toString());
      out.writeLong(m.source().offset());
      out.writeInt(m.source().line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The message {@link #encode} wrote, with no segments yet. */
  public static Message decode(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int format = in.readByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("stored message of unknown format " + format);
      }
      MessageKey key = new MessageKey(readLong(in));
      Optional<MessageId> id = readOptional(in).map(MessageId::new);
      Participant from = new Participant(readLong(in), readOptional(in));
      AuthorSource authorSource = AuthorSource.values()[in.readByte()];
      Optional<MailDate> date = Optional.empty();
      if (in.readBoolean()) {
        LocalDateTime local = LocalDateTime.parse(readLong(in));
        date = Optional.of(new MailDate(local, readOptional(in).map(ZoneOffset::of)));
      }
      String subject = readLong(in);
      List<MessageId> inReplyTo = readIds(in);
      List<MessageId> references = readIds(in);
      String body = readLong(in);
      int n = in.readInt();
      List<Attachment> attachments = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        attachments.add(new Attachment(readOptional(in), readLong(in), in.readLong()));
      }
      Provenance provenance = Provenance.values()[in.readByte()];
      SourceRef source = new SourceRef(Path.of(readLong(in)), in.readLong(), in.readInt());
      return new Message(key, id, from, authorSource, date, subject, inReplyTo, references,
          body, List.of(), attachments, provenance, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeOptional(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      writeLong(out, s.get());
    }
  }

  private static Optional<String> readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(readLong(in)) : Optional.empty();
  }

  private static void writeIds(DataOutputStream out, List<MessageId> ids) throws IOException {
    out.writeInt(ids.size());
    for (MessageId id : ids) {
      writeLong(out, id.value());
    }
  }

  private static List<MessageId> readIds(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<MessageId> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(new MessageId(readLong(in)));
    }
    return ids;
  }

  /** UTF-8 with an int length: writeUTF stops at 64 KB, and bodies and ids can be longer. */
  private static void writeLong(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLong(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
