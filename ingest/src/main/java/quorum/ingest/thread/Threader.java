package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;

/** Groups messages into threads. Placeholder: one thread per message (issue 3 brings JWZ). */
public final class Threader {
  public List<Discussion> thread(List<Message> messages) {
    List<Discussion> out = new ArrayList<>();
    for (Message m : messages) {
      ReplyNode root = new ReplyNode(m.key(), Optional.empty(), 0, Link.ROOT, false);
      out.add(new Discussion(m.subject(), List.of(m),
          new ReplyTree(List.of(m.key()), Map.of(m.key(), root))));
    }
    return out;
  }
}
