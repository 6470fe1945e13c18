package quorum.analysis.testing;

import java.nio.file.Path;
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
import quorum.mail.Message;
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

/** Hand-built discussions: messages in order, each with a parent and its segments. */
public final class Threads {
  private final String subject;
  private final List<Message> messages = new ArrayList<>();
  private final Map<MessageKey, ReplyNode> nodes = new HashMap<>();
  private final List<MessageKey> roots = new ArrayList<>();

  public Threads(String subject) {
    this.subject = subject;
  }

  /** A segment to be given line numbers when the message is built. */
  public interface Part {
    Segment at(int firstLine);
  }

  public static Part own(String text) {
    return l -> Authored.of(span(l, text), text);
  }

  public static Part quote(String text) {
    return l -> new Quoted(span(l, text), 1, text);
  }

  /** A quote {@code depth} levels deep ("&gt;&gt; ..." is depth 2). */
  public static Part quote(int depth, String text) {
    return l -> new Quoted(span(l, text), depth, text);
  }

  public static Part patch(String text) {
    return l -> new Patch(span(l, text), 0, text);
  }

  /** Patch lines quoted one level deep ("&gt; +Callers must ..."). */
  public static Part quotedPatch(String text) {
    return l -> new Patch(span(l, text), 1, text);
  }

  public static Part trailer(String tag, String who) {
    return l -> new Trailer(LineSpan.of(l, l), 0, tag + ": " + who, tag, Participant.named(who));
  }

  private static LineSpan span(int first, String text) {
    return LineSpan.of(first, first + (int) text.lines().count() - 1 + (text.isEmpty() ? 1 : 0));
  }

  public Threads message(String key, String author, String parent, Part... parts) {
    List<Segment> segs = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int line = 1;
    for (Part p : parts) {
      Segment s = p.at(line);
      segs.add(s);
      line = s.lines().last() + 1;
      body.append(s.text()).append('\n');
    }
    MessageKey k = new MessageKey(key);
    messages.add(new Message(k, Optional.empty(), Participant.named(author), AuthorSource.HEADER,
        Optional.empty(), subject, List.of(), List.of(), body.toString(), segs, List.of(),
        Provenance.HEADERS, SourceRef.of(Path.of("test.mbox"))));
    if (parent == null) {
      roots.add(k);
      nodes.put(k, new ReplyNode(k, Optional.empty(), 0, Link.ROOT, false));
    } else {
      MessageKey pk = new MessageKey(parent);
      nodes.put(k, new ReplyNode(k, Optional.of(pk), nodes.get(pk).depth() + 1, Link.IN_REPLY_TO, false));
    }
    return this;
  }

  public Discussion build() {
    return new Discussion(subject, messages, new ReplyTree(roots, nodes));
  }
}
