package quorum.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Deque;
import java.util.List;
import quorum.mail.AuthorSource;
import quorum.mail.Discussion;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Provenance;

/**
 * The people-facing form of {@code show}: each thread as an indented tree, one line per
 * message (author, date, where it comes from, the start of its own text).
 */
final class TreeText {
  private static final int EXCERPT = 72;

  private TreeText() {}

  static String render(List<Discussion> discussions) {
    StringBuilder out = new StringBuilder();
    for (Discussion d : discussions) {
      out.append(d.subject().isBlank() ? "(no subject)" : d.subject())
          .append("  [").append(d.messages().size()).append(" message")
          .append(d.messages().size() == 1 ? "" : "s").append("]\n");
      appendTree(d, out);
      out.append('\n');
    }
    return out.toString();
  }

  private record Frame(MessageKey key, int level) {}

  /** Depth-first with an explicit stack: threads can nest deeper than the Java stack allows. */
  private static void appendTree(Discussion d, StringBuilder out) {
    Map<MessageKey, List<MessageKey>> children = new HashMap<>();
    Map<MessageKey, Message> byKey = new HashMap<>();
    for (Message m : d.messages()) { // oldest first, so children come out in date order
      byKey.put(m.key(), m);
      d.tree().parentOf(m.key()).ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>())
          .add(m.key()));
    }
    Deque<Frame> stack = new ArrayDeque<>();
    pushAll(stack, d.tree().roots(), 0);
    while (!stack.isEmpty()) {
      Frame f = stack.pop();
      out.append("  ".repeat(f.level())).append(f.level() == 0 ? "* " : "└─ ");
      Message m = byKey.get(f.key());
      if (m == null) {
        out.append("(missing message ").append(f.key()).append(')');
      } else {
        describe(m, out);
      }
      out.append('\n');
      pushAll(stack, children.getOrDefault(f.key(), List.of()), f.level() + 1);
    }
  }

  private static void pushAll(Deque<Frame> stack, List<MessageKey> keys, int level) {
    for (int i = keys.size() - 1; i >= 0; i--) {
      stack.push(new Frame(keys.get(i), level));
    }
  }

  private static void describe(Message m, StringBuilder out) {
    out.append(m.from().display());
    if (m.authorSource() == AuthorSource.INFERRED) {
      out.append(" (inferred)");
    }
    m.date().map(MailDate::iso).ifPresent(iso -> out.append("  ").append(iso));
    if (m.provenance() == Provenance.QUOTED_ONLY) {
      out.append("  [quoted]");
    }
    String text = m.ownText().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      out.append("  — ").append(text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text);
    }
  }
}
