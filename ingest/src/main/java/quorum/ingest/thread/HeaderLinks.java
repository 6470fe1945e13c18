package quorum.ingest.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import quorum.mail.Diagnostic;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;

/**
 * One message's threading headers, cleaned (RFC 5322 §3.6.4: Message-ID, In-Reply-To,
 * References).
 *
 * <p>{@code replyTo} is the parent the headers name, chosen the way notmuch 0.37 does
 * ({@code lib/add-message.cc}): the In-Reply-To id when In-Reply-To holds exactly one id,
 * else the last References id, else the last In-Reply-To id. notmuch's "one id" is strict (the
 * header is {@code <id>} and nothing else); the model keeps only parsed ids, so here an
 * In-Reply-To such as {@code <id> (X's message of ...)} also counts as one id. That names the
 * direct parent, which is what the writer meant; it agrees with notmuch on every peer corpus. {@code references} is every id
 * the message points at (References and In-Reply-To), without its own id and without junk,
 * distinct and sorted by code point: the order notmuch reads them back from its index, which
 * decides ties when it picks the deepest reference.
 *
 * <p>Junk: a token without {@code @} is not an RFC 5322 msg-id ({@code id-left "@" id-right});
 * it is skipped unless a message in the input really has that id. The classic case is
 * {@code <yes>}, git send-email's answer to its In-Reply-To prompt, which would otherwise glue
 * every such patch into one ghost-rooted thread.
 */
record HeaderLinks(int index, Message message, Optional<String> id, Optional<String> replyTo,
    boolean replyToFromInReplyTo, List<String> references, Optional<Instant> instant) {

  HeaderLinks {
    references = List.copyOf(references);
  }

  /** Cleans {@code m}'s headers; {@code knownIds} are the Message-IDs present in the input. */
  static HeaderLinks of(int index, Message m, Set<String> knownIds, Consumer<Diagnostic> out) {
    Optional<String> self = m.id().map(MessageId::value);
    Set<String> reported = new TreeSet<>();
    List<String> irt = clean(m.inReplyTo(), self, knownIds, m, "In-Reply-To", reported, out);
    List<String> refs = clean(m.references(), self, knownIds, m, "References", reported, out);
    Optional<String> replyTo;
    boolean fromIrt;
    if (irt.size() == 1) {
      replyTo = Optional.of(irt.get(0));
      fromIrt = true;
    } else if (!refs.isEmpty()) {
      replyTo = Optional.of(refs.get(refs.size() - 1));
      fromIrt = irt.contains(replyTo.get());
    } else if (!irt.isEmpty()) {
      replyTo = Optional.of(irt.get(irt.size() - 1));
      fromIrt = true;
    } else {
      replyTo = Optional.empty();
      fromIrt = false;
    }
    Set<String> all = new TreeSet<>(refs);
    all.addAll(irt);
    // the date's instant once: sorting compares dates many times per message
    return new HeaderLinks(index, m, self, replyTo, fromIrt, new ArrayList<>(all),
        m.date().map(MailDate::instant));
  }

  private static List<String> clean(List<MessageId> ids, Optional<String> self,
      Set<String> knownIds, Message m, String header, Set<String> reported,
      Consumer<Diagnostic> out) {
    List<String> kept = new ArrayList<>(ids.size());
    for (MessageId id : ids) {
      String v = id.value();
      if (self.isPresent() && self.get().equals(v)) {
        continue; // a message that names itself: ignored, as notmuch and JWZ do
      }
      if (v.indexOf('@') < 0 && !knownIds.contains(v)) {
        if (!reported.add(v)) {
          continue; // once per message, even when both headers carry it
        }
        out.accept(Diagnostic.warn(m.source(), header + " names <" + v
            + ">, which is not a message-id (no '@') and no message has it; ignored"));
        continue;
      }
      kept.add(v);
    }
    return kept;
  }

  boolean isReferenceFree() {
    return references.isEmpty();
  }
}
