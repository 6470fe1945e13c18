package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.mail.AuthorSource;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;

/**
 * Rebuilds the reply tree that the quotes of a thread encode, and adds the messages that
 * survive only as quotes.
 *
 * <p>Every quote level that carries its own attribution ({@link QuoteLevels}) stands for a
 * message. It is resolved, in this order, to
 * <ol>
 *   <li>the real mail at the same place in the header chain (the level at depth d of a
 *       message is its d-th ancestor by In-Reply-To/References) when the authors agree; a
 *       ghost there (referenced, never seen) is filled by the quote, keeping its Message-ID;</li>
 *   <li>real mail of the thread by the same author whose own text contains the quoted lines,
 *       or whose date is the attribution's date;</li>
 *   <li>a quote-only node already made from another quote of the same message (same author,
 *       and same date or mostly the same lines), so a message quoted by several replies
 *       becomes one node;</li>
 *   <li>otherwise a new quote-only node ({@link QuotedMessage}).</li>
 * </ol>
 * A quote-only node hangs under the level nested in it (the message it quoted); real mail
 * without a header parent hangs under the first level it quotes ({@link Link#QUOTE_CONTAINMENT}
 * when the quoted text shows it, {@link Link#ATTRIBUTION} when only the attribution's name and
 * date do); header links are never overridden, and no link may close a loop. Unknown authors are then inferred where the
 * context allows ({@link AuthorInference}). Dates stay as the attributions give them: an
 * attribution without a date leaves the node undated even when its neighbours bound it to one
 * day ({@link MailDate} has no date-only form, and a made-up time would be worse than none).
 */
public final class QuoteTreeBuilder {
  /** Share of a quote's lines that two quotes must share to be the same message. */
  static final double SAME_TEXT = 0.6;

  public Discussion complete(Discussion discussion) {
    Build b = new Build(discussion);
    for (Message m : discussion.messages()) {
      if (m.provenance() != Provenance.QUOTED_ONLY) {
        b.resolveQuotes(m);
      }
    }
    return b.finish();
  }

  /** One quoted message seen in one or more quotes. */
  private static final class Group {
    final List<QuoteLevels.Level> versions = new ArrayList<>();
    final Message quoter;
    Optional<MessageKey> ghost = Optional.empty();
    MessageKey key;
    Ref repliedTo;

    Group(Message quoter) {
      this.quoter = quoter;
    }

    QuoteLevels.Level longest() {
      QuoteLevels.Level best = versions.get(0);
      for (QuoteLevels.Level v : versions) {
        if (QuotedMessage.lines(v).size() > QuotedMessage.lines(best).size()) {
          best = v;
        }
      }
      return best;
    }

    Participant who() {
      return versions.get(0).attribution.who();
    }

    Optional<MailDate> date() {
      return versions.stream().map(v -> v.attribution.date()).flatMap(Optional::stream)
          .findFirst();
    }
  }

  /** What a level resolved to: real mail (by key) or a quote-only group. */
  private record Ref(MessageKey mail, Group group, Link how) {
    MessageKey key() {
      return mail != null ? mail : group.key;
    }
  }

  /** The mutable state of one {@link #complete} call. */
  private static final class Build {
    final Discussion discussion;
    final Map<MessageKey, Message> real = new LinkedHashMap<>();
    final Map<MessageKey, MessageKey> headerParent = new HashMap<>();
    final List<Group> groups = new ArrayList<>();
    /** Real mail without a header parent, and the level its quotes say it replied to. */
    final Map<MessageKey, Ref> quotedParent = new LinkedHashMap<>();

    final RealMailIndex index;

    Build(Discussion discussion) {
      this.discussion = discussion;
      for (Message m : discussion.messages()) {
        real.put(m.key(), m);
      }
      this.index = new RealMailIndex(discussion.messages());
      for (ReplyNode n : discussion.tree().nodes().values()) {
        n.parent().ifPresent(p -> headerParent.put(n.key(), p));
      }
    }

    void resolveQuotes(Message m) {
      QuoteLevels.Result r = QuoteLevels.of(m.segments());
      if (r.levels().isEmpty()) {
        return;
      }
      Ref[] refs = new Ref[r.levels().size()];
      int[] chainDepth = chainDepths(r);
      for (int i = 0; i < refs.length; i++) {
        QuoteLevels.Level level = r.levels().get(i);
        // a level with no text and nothing quoted in it may name real mail, but makes no node
        refs[i] = resolve(m, level, chainDepth[i], level.hasText() || level.repliedTo() >= 0);
      }
      for (int i = 0; i < refs.length; i++) {
        int replied = r.levels().get(i).repliedTo();
        Group g = refs[i] == null ? null : refs[i].group();
        if (g != null && replied >= 0 && refs[replied] != null && g.repliedTo == null) {
          g.repliedTo = refs[replied];
        }
      }
      if (!headerParent.containsKey(m.key()) && !r.direct().isEmpty()
          && refs[r.direct().get(0)] != null) {
        quotedParent.put(m.key(), refs[r.direct().get(0)]);
      }
    }

    /** Levels on the main reply chain (first quote of the first quote ...) get their depth. */
    private static int[] chainDepths(QuoteLevels.Result r) {
      int[] out = new int[r.levels().size()];
      int i = r.direct().isEmpty() ? -1 : r.direct().get(0);
      while (i >= 0) {
        out[i] = r.levels().get(i).depth;
        i = r.levels().get(i).repliedTo();
      }
      return out;
    }

    private Ref resolve(Message m, QuoteLevels.Level level, int chainDepth, boolean mayMakeNode) {
      Participant who = level.attribution.who();
      MessageKey a = chainDepth > 0 ? ancestor(m.key(), chainDepth) : null;
      Message am = a == null ? null : real.get(a);
      if (am != null && !am.from().isUnknown() && am.from().sameAs(who)) {
        return new Ref(a, null, Link.ATTRIBUTION);
      }
      Optional<MessageKey> ghost = a != null && am == null && isGhost(a)
          ? Optional.of(a) : Optional.empty();
      Optional<RealMailIndex.Match> mail = index.match(m, level);
      if (mail.isPresent()) {
        return new Ref(mail.get().mail().key(), null, mail.get().how());
      }
      if (!mayMakeNode) {
        return null;
      }
      Group g = matchGroup(level);
      if (g == null) {
        g = new Group(m);
        groups.add(g);
      }
      g.versions.add(level);
      if (ghost.isPresent() && g.ghost.isEmpty()
          && groups.stream().noneMatch(o -> o.ghost.equals(ghost))) {
        g.ghost = ghost;
      }
      return new Ref(null, g, Link.QUOTE_CONTAINMENT);
    }

    private MessageKey ancestor(MessageKey key, int steps) {
      MessageKey k = key;
      for (int i = 0; i < steps && k != null; i++) {
        k = headerParent.get(k);
      }
      return k;
    }

    private boolean isGhost(MessageKey k) {
      ReplyNode n = discussion.tree().nodes().get(k);
      return n != null && n.ghost();
    }




    private Group matchGroup(QuoteLevels.Level level) {
      Set<String> lines = QuotedMessage.lines(level);
      for (Group g : groups) {
        if (!g.who().sameAs(level.attribution.who())) {
          continue;
        }
        Optional<MailDate> gd = g.date();
        Optional<MailDate> ld = level.attribution.date();
        if (AttributionDates.sameMinute(gd, ld)) {
          return g;
        }
        if (gd.isPresent() && ld.isPresent() && !AttributionDates.sameMinuteAnyZone(gd.get(), ld.get())) {
          continue;
        }
        Set<String> other = QuotedMessage.lines(g.longest());
        if (lines.isEmpty() && other.isEmpty() || overlap(lines, other) >= SAME_TEXT) {
          return g;
        }
      }
      return null;
    }

    private static double overlap(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0;
      }
      Set<String> small = a.size() <= b.size() ? a : b;
      Set<String> large = small == a ? b : a;
      return (double) small.stream().filter(large::contains).count() / small.size();
    }


    Discussion finish() {
      List<Message> messages = new ArrayList<>(discussion.messages());
      Map<MessageKey, ReplyNode> nodes = new LinkedHashMap<>(discussion.tree().nodes());
      Map<MessageKey, MessageKey> parentOf = new HashMap<>(headerParent);
      Map<MessageKey, Link> links = new HashMap<>();
      Set<MessageKey> taken = new HashSet<>(nodes.keySet());
      messages.forEach(m -> taken.add(m.key()));
      for (Group g : groups) {
        g.key = g.ghost.orElseGet(() -> unusedKey(QuotedMessage.keyOf(g.longest()), taken));
        taken.add(g.key);
        Optional<MessageId> id = g.ghost.flatMap(k -> MessageId.parse(k.value()));
        Message q = QuotedMessage.of(g.longest(), id, Optional.of(g.key), g.quoter.subject(),
            g.quoter.source());
        messages.add(q);
      }
      for (Group g : groups) {
        if (g.repliedTo != null && !parentOf.containsKey(g.key)) {
          link(parentOf, links, g.key, g.repliedTo.key(), Link.QUOTE_CONTAINMENT);
        }
      }
      quotedParent.forEach((k, ref) -> link(parentOf, links, k, ref.key(), ref.how()));
      Map<MessageKey, Message> byKey = new HashMap<>();
      messages.forEach(m -> byKey.put(m.key(), m));
      for (int i = 0; i < messages.size(); i++) {
        Message m = messages.get(i);
        if (m.authorSource() == AuthorSource.UNKNOWN || m.from().isUnknown()) {
          Optional<Participant> who = AuthorInference.infer(m, parentOf, byKey);
          if (who.isPresent()) {
            messages.set(i, m.withAuthor(who.get(), AuthorSource.INFERRED));
            byKey.put(m.key(), messages.get(i));
          }
        }
      }
      List<Message> ordered = ReplyOrder.order(messages, parentOf);
      ReplyTree tree = ReplyTrees.of(ordered, nodes, parentOf, links);
      return new Discussion(discussion.subject(), ordered, tree);
    }

    /**
     * {@code key}, or {@code key-2}, {@code key-3} ... when another node has it: the same author
     * can write the same words twice (two "Thanks!" an hour apart), and {@link #matchGroup}
     * keeps such quotes apart by their dates while {@link QuotedMessage#keyOf} sees only
     * author and text.
     */
    private static MessageKey unusedKey(MessageKey key, Set<MessageKey> taken) {
      MessageKey k = key;
      for (int n = 2; taken.contains(k); n++) {
        k = new MessageKey(key.value() + "-" + n);
      }
      return k;
    }

    /** Sets {@code child}'s parent unless that would close a loop. */
    private static void link(Map<MessageKey, MessageKey> parentOf, Map<MessageKey, Link> links,
        MessageKey child, MessageKey parent, Link how) {
      if (child.equals(parent) || parentOf.containsKey(child)) {
        return;
      }
      MessageKey k = parent;
      int guard = 0;
      while (k != null && guard++ <= parentOf.size()) {
        if (k.equals(child)) {
          return;
        }
        k = parentOf.get(k);
      }
      parentOf.put(child, parent);
      links.put(child, how);
    }
  }
}
