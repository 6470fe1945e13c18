package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;

/**
 * Groups messages into discussions by their headers (RFC 5322 §3.6.4: Message-ID,
 * In-Reply-To, References), after JWZ (https://www.jwz.org/doc/threading.html) with the parent
 * choices of notmuch 0.37, so quorum and notmuch agree on the peer corpora:
 *
 * <ol>
 *   <li>Repeated keys: the first message wins, the rest are reported and dropped (the Ingester
 *       dedupes first; this is a second line of defence).
 *   <li>{@link HeaderLinks}: clean each message's references (self-references and non-ids
 *       skipped); mail without a Message-ID keeps its synthetic key and can be a child or a root
 *       but never a parent, since nothing can name it.
 *   <li>{@link ThreadPartition}: a thread is everything connected through ids, including ids
 *       only referenced (ghosts).
 *   <li>{@link ParentResolver}: each message's parent, refusing links that would make a loop;
 *       ghosts are pruned, so a thread whose root is missing has several roots, as in notmuch.
 *   <li>{@link SubjectGrouper}: reply-subject orphans with no reference join their topic.
 *   <li>{@link DiscussionAssembler}: messages oldest first, reply tree, subject; discussions
 *       ordered by their first message.
 * </ol>
 *
 * <p>Stateless between calls; no recursion on thread depth anywhere.
 */
public final class Threader {
  private final SubjectGrouper subjectGrouper = new SubjectGrouper(new SubjectNormalizer());

  public Threader() {}

  public List<Discussion> thread(List<Message> messages) {
    return thread(messages, d -> { });
  }

  /** Threads {@code messages}, reporting repairs (duplicates, junk ids, loops) to {@code out}. */
  public List<Discussion> thread(List<Message> messages, Consumer<Diagnostic> out) {
    List<Message> unique = dedupe(messages, out);
    Set<String> knownIds = new HashSet<>();
    for (Message m : unique) {
      m.id().ifPresent(id -> knownIds.add(id.value()));
    }
    List<HeaderLinks> links = new ArrayList<>(unique.size());
    for (int i = 0; i < unique.size(); i++) {
      links.add(HeaderLinks.of(i, unique.get(i), knownIds, out));
    }
    List<ResolvedThread> resolved = new ArrayList<>();
    for (List<HeaderLinks> group : ThreadPartition.of(links)) {
      resolved.add(ParentResolver.resolve(group, out));
    }
    List<ResolvedThread> grouped = subjectGrouper.group(resolved);
    ResolvedThread.sortByStart(grouped);
    List<Discussion> discussions = new ArrayList<>(grouped.size());
    for (ResolvedThread t : grouped) {
      discussions.add(DiscussionAssembler.assemble(t));
    }
    return discussions;
  }

  private static List<Message> dedupe(List<Message> messages, Consumer<Diagnostic> out) {
    Map<MessageKey, Message> firstByKey = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<Message> unique = new ArrayList<>(messages.size());
    for (Message m : messages) {
      Message first = firstByKey.putIfAbsent(m.key(), m);
      boolean idTaken = m.id().isPresent() && !ids.add(m.id().get().value());
      if (first != null || idTaken) {
        out.accept(Diagnostic.warn(m.source(), "message <" + m.key()
            + "> appears again" + (first != null ? " (first at " + first.source() + ")" : "")
            + "; kept the first copy for threading"));
        continue;
      }
      unique.add(m);
    }
    return unique;
  }
}
