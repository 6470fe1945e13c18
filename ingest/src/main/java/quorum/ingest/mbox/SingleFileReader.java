package quorum.ingest.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import quorum.ingest.MailVisitor;
import quorum.ingest.MessageLimits;
import quorum.ingest.RejectedMessage;
import quorum.ingest.flat.FlattenedText;
import quorum.ingest.mime.Charsets;
import quorum.ingest.mime.MalformedMessageException;
import quorum.ingest.mime.MessageParser;
import quorum.mail.AuthorSource;
import quorum.mail.Diagnostic;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.SourceRef;

/** Reads files that hold one message: an {@code .eml} / maildir file, or a flattened archive copy. */
final class SingleFileReader {
  private final MessageParser parser;
  private final long maxMessageBytes;

  SingleFileReader(long maxMessageBytes, MessageLimits limits) {
    this.maxMessageBytes = maxMessageBytes;
    this.parser = new MessageParser(limits);
  }

  /**
   * One RFC 5322 message. A leading From_ line (some tools leave one in .eml and maildir files)
   * is skipped, so header line numbers still match the file.
   */
  void readEml(Path file, Opener opener, MailVisitor visitor) throws IOException {
    SourceRef where = SourceRef.of(file);
    Optional<byte[]> bytes = readCapped(opener, where, visitor);
    if (bytes.isEmpty()) {
      return;
    }
    byte[] raw = bytes.get();
    int start = 0;
    int firstHeaderLine = 1;
    while (start < raw.length && (raw[start] == '\n' || raw[start] == '\r')) {
      firstHeaderLine += raw[start] == '\n' ? 1 : 0;
      start++;
    }
    if (startsWithFromSpace(raw, start)) {
      while (start < raw.length && raw[start] != '\n') {
        start++;
      }
      start = Math.min(start + 1, raw.length);
      firstHeaderLine++;
    }
    byte[] message = start == 0 ? raw : Arrays.copyOfRange(raw, start, raw.length);
    try {
      visitor.message(parser.parse(message, message.length, where, firstHeaderLine,
          visitor::diagnostic));
    } catch (MalformedMessageException e) {
      visitor.rejected(RejectedMessage.of(Diagnostic.error(where, e.getMessage()), raw, 0,
          raw.length, raw.length));
    }
  }

  private static boolean startsWithFromSpace(byte[] raw, int at) {
    String from = "From ";
    if (raw.length - at < from.length()) {
      return false;
    }
    for (int i = 0; i < from.length(); i++) {
      if (raw[at + i] != from.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A web-archive copy: headers gone, newlines flattened. One message whose body is the text
   * with its lines recovered by {@link FlattenedText#recover}; author, date and ids unknown.
   */
  void readFlattened(Path file, Opener opener, MailVisitor visitor) throws IOException {
    SourceRef where = SourceRef.of(file);
    Optional<byte[]> bytes = readCapped(opener, where, visitor);
    if (bytes.isEmpty()) {
      return;
    }
    byte[] raw = bytes.get();
    String text = Charsets.decodeLenient(raw, 0, raw.length);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String body = FlattenedText.recover(text).replace("\r\n", "\n").replace('\r', '\n');
    MessageKey key = new MessageKey(MessageKey.SYNTHETIC_PREFIX
        + MessageParser.shortHash(raw, raw.length));
    visitor.message(new Message(key, Optional.empty(), Participant.UNKNOWN, AuthorSource.UNKNOWN,
        Optional.empty(), "", List.of(), List.of(), body, List.of(), List.of(),
        Provenance.ARCHIVE_COPY, where));
  }

  /** The whole file, or empty after rejecting it when it is over the size cap. */
  private Optional<byte[]> readCapped(Opener opener, SourceRef where, MailVisitor visitor)
      throws IOException {
    try (InputStream in = opener.open()) {
      int limit = (int) Math.min(maxMessageBytes, Integer.MAX_VALUE - 16);
      byte[] raw = in.readNBytes(limit);
      if (raw.length == limit && in.read() >= 0) {
        long total = raw.length + 1L;
        byte[] skip = new byte[65536];
        int n;
        while ((n = in.read(skip)) > 0) {
          total += n;
        }
        visitor.rejected(RejectedMessage.excerpt(Diagnostic.error(where, "message is " + total
            + " bytes, over the " + maxMessageBytes + "-byte limit; skipped"), raw, 0,
            raw.length, total));
        return Optional.empty();
      }
      return Optional.of(raw);
    }
  }
}
