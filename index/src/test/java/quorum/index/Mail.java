package quorum.index;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.mail.AuthorSource;
import quorum.mail.Authored;
import quorum.mail.Discussion;
import quorum.mail.LineSpan;
import quorum.mail.Link;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.Quoted;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;
import quorum.mail.Segment;
import quorum.mail.SourceRef;
import quorum.mail.Trailer;

/** Hand-built messages and discussions for index tests. */
final class Mail {
  private final String id;
  private String from = "Someone <someone@example.org>";
  private String date = "2023-01-17T10:00:00Z";
  private String subject = "test";
  private final List<String> refs = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();
  private Provenance provenance = Provenance.HEADERS;
  private int line = 1;

  private Mail(String id) {
    this.id = id;
  }

  static Mail id(String id) {
    return new Mail(id);
  }

  Mail from(String nameAndAddress) {
    this.from = nameAndAddress;
    return this;
  }

  Mail date(String iso) {
    this.date = iso;
    return this;
  }

  Mail subject(String s) {
    this.subject = s;
    return this;
  }

  /** In-Reply-To (the last) and References (all), oldest first. */
  Mail replyTo(String... ids) {
    refs.addAll(List.of(ids));
    return this;
  }

  Mail own(String text) {
    segments.add(Authored.of(span(text), text));
    return this;
  }

  Mail quoted(String text) {
    segments.add(new Quoted(span(text), 1, text));
    return this;
  }

  Mail patch(String diff) {
    segments.add(new Patch(span(diff), 0, diff));
    return this;
  }

  Mail trailer(String tag, String name, String address) {
    String text = tag + ": " + name + " <" + address + ">";
    segments.add(new Trailer(span(text), 0, text, tag, Participant.of(name, address)));
    return this;
  }

  Mail quotedOnly() {
    this.provenance = Provenance.QUOTED_ONLY;
    return this;
  }

  private LineSpan span(String text) {
    int n = Math.max(1, (int) text.lines().count());
    LineSpan s = LineSpan.of(line, line + n - 1);
    line += n + 1;
    return s;
  }

  Message build() {
    int lt = from.indexOf('<');
    Participant p = lt < 0 ? Participant.named(from.strip())
        : Participant.of(from.substring(0, lt).strip(), from.substring(lt + 1, from.indexOf('>')));
    List<MessageId> ids = new ArrayList<>();
    refs.forEach(r -> ids.add(new MessageId(r)));
    boolean synthetic = id.startsWith(MessageKey.SYNTHETIC_PREFIX);
    StringBuilder body = new StringBuilder();
    segments.forEach(s -> body.append(s.text()).append("\n\n"));
    return new Message(new MessageKey(id),
        synthetic ? Optional.empty() : Optional.of(new MessageId(id)), p,
        provenance == Provenance.HEADERS ? AuthorSource.HEADER : AuthorSource.ATTRIBUTION,
        Optional.of(MailDate.of(OffsetDateTime.parse(date))), subject,
        ids.isEmpty() ? List.of() : List.of(ids.get(ids.size() - 1)), ids, body.toString(),
        segments, List.of(), provenance, SourceRef.of(Path.of("test.mbox")));
  }

  /**
   * One discussion over the messages, parents from the last reference of each (or none), as a
   * header threader would link them; a reference to a message not in the list makes a ghost.
   */
  static Discussion thread(Message... messages) {
    Map<MessageKey, ReplyNode> nodes = new HashMap<>();
    List<MessageKey> roots = new ArrayList<>();
    Map<MessageKey, Message> byKey = new HashMap<>();
    for (Message m : messages) {
      byKey.put(m.key(), m);
    }
    for (Message m : messages) {
      if (m.references().isEmpty()) {
        nodes.put(m.key(), new ReplyNode(m.key(), Optional.empty(), 0, Link.ROOT, false));
        roots.add(m.key());
      } else {
        MessageKey parent = MessageKey.of(m.references().get(m.references().size() - 1));
        if (!byKey.containsKey(parent) && !nodes.containsKey(parent)) {
          nodes.put(parent, new ReplyNode(parent, Optional.empty(), 0, Link.ROOT, true));
          roots.add(parent);
        }
        nodes.put(m.key(), new ReplyNode(m.key(), Optional.of(parent), 1, Link.IN_REPLY_TO, false));
      }
    }
    return new Discussion(messages[0].subject(), List.of(messages), new ReplyTree(roots, nodes));
  }
}
