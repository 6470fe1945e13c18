package quorum.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One message: read from mail ({@link Provenance#HEADERS}) or recovered from quotes in later
 * mail ({@link Provenance#QUOTED_ONLY}). {@code body} is the decoded text the segments index
 * into (line numbers are 1-based lines of {@code body}).
 */
public record Message(MessageKey key, Optional<MessageId> id, Participant from,
    AuthorSource authorSource, Optional<MailDate> date, String subject,
    List<MessageId> inReplyTo, List<MessageId> references, String body,
    List<Segment> segments, List<Attachment> attachments, Provenance provenance,
    SourceRef source) {
  public Message {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(authorSource, "authorSource");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(source, "source");
    inReplyTo = List.copyOf(inReplyTo);
    references = List.copyOf(references);
    segments = List.copyOf(segments);
    attachments = List.copyOf(attachments);
  }

  /** The author's own prose (depth-0 {@link Authored} segments), blank-line separated. */
  public String ownText() {
    return segments.stream().filter(s -> s instanceof Authored).map(Segment::text)
        .collect(Collectors.joining("\n\n"));
  }

  /** All quoted prose, any depth. */
  public String quotedText() {
    return segments.stream().filter(s -> s instanceof Quoted).map(Segment::text)
        .collect(Collectors.joining("\n\n"));
  }

  public Message withSegments(List<Segment> newSegments) {
    return new Message(key, id, from, authorSource, date, subject, inReplyTo, references, body,
        newSegments, attachments, provenance, source);
  }

  public Message withAuthor(Participant newFrom, AuthorSource newSource) {
    return new Message(key, id, newFrom, newSource, date, subject, inReplyTo, references, body,
        segments, attachments, provenance, source);
  }

  public Message withDate(Optional<MailDate> newDate) {
    return new Message(key, id, from, authorSource, newDate, subject, inReplyTo, references, body,
        segments, attachments, provenance, source);
  }
}
