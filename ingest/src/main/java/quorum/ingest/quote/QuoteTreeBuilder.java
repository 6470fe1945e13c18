package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
  /** Share of a quote's lines that must be found in a candidate to call it the same text. */
  private static final double SAME_TEXT = 0.6;
  /** Time zones span UTC-12 to UTC+14. */
  private static final long MAX_ZONE_MINUTES = 26 * 60;

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

    /** Real mail by author address and name, for matching attributions. */
    final Map<String, List<Message>> authors = new HashMap<>();
    final Map<MessageKey, Set<String>> ownLines = new HashMap<>();

    Build(Discussion discussion) {
      this.discussion = discussion;
      for (Message m : discussion.messages()) {
        real.put(m.key(), m);
        if (!m.from().isUnknown() && m.provenance() != Provenance.QUOTED_ONLY) {
          m.from().address().ifPresent(a ->
              authors.computeIfAbsent(addressKey(a), k -> new ArrayList<>()).add(m));
          if (!m.from().name().isBlank()) {
            authors.computeIfAbsent(nameKey(m.from().name()), k -> new ArrayList<>()).add(m);
          }
        }
      }
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
      Ref byText = matchRealMail(m, level);
      if (byText != null) {
        return byText;
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

    /**
     * Real mail by the attribution's author whose own text holds the quoted lines
     * ({@link Link#QUOTE_CONTAINMENT}), or whose date is the attribution's date
     * ({@link Link#ATTRIBUTION}: the attribution alone names it).
     */
    private Ref matchRealMail(Message quoting, QuoteLevels.Level level) {
      Set<String> quoted = QuotedMessage.lines(level);
      Message best = null;
      double bestScore = 0;
      double bestText = 0;
      for (Message c : byAuthor(level.attribution.who())) {
        if (c == quoting || c.provenance() == Provenance.QUOTED_ONLY) {
          continue;
        }
        Optional<MailDate> said = level.attribution.date();
        // the attribution gives the time in the quoter's zone, without saying which: the
        // same minute in some zone plus some of the text (or no text to compare) will do
        boolean zoneShifted = said.isPresent() && said.get().offset().isEmpty()
            && c.date().isPresent() && sameMinuteAnyZone(said.get(), c.date().get());
        double text = contained(quoted, c);
        double score = sameDate(said, c.date()) ? 1.0
            : zoneShifted && quoted.isEmpty() ? SAME_TEXT : text;
        double needed = zoneShifted ? SAME_TEXT / 2 : SAME_TEXT;
        if (score >= needed && score > bestScore) {
          best = c;
          bestScore = score;
          bestText = text;
        }
      }
      return best == null ? null : new Ref(best.key(), null,
          bestText >= SAME_TEXT / 2 ? Link.QUOTE_CONTAINMENT : Link.ATTRIBUTION);
    }

    private double contained(Set<String> quoted, Message c) {
      if (quoted.isEmpty()) {
        return 0;
      }
      Set<String> own = ownLines.computeIfAbsent(c.key(), k -> {
        Set<String> lines = new HashSet<>();
        QuotedMessage.addLines(c.segments().isEmpty() ? c.body() : ownAndPatch(c), lines);
        return lines;
      });
      long found = quoted.stream().filter(own::contains).count();
      return (double) found / quoted.size();
    }

    /** Real mail whose author may be {@code who} (same address or same name), in thread order. */
    private List<Message> byAuthor(Participant who) {
      if (who.isUnknown()) {
        return List.of();
      }
      Set<Message> out = new LinkedHashSet<>();
      who.address().ifPresent(a -> out.addAll(authors.getOrDefault(addressKey(a), List.of())));
      out.addAll(authors.getOrDefault(nameKey(who.name()), List.of()));
      return out.stream().filter(m -> m.from().sameAs(who)).toList();
    }

    private static String addressKey(String address) {
      return "a:" + address.toLowerCase(Locale.ROOT);
    }

    /** The name as {@link Participant#sameAs} compares it. */
    private static String nameKey(String name) {
      return "n:" + QuotedMessage.normalize(name.replace("\"", "").replace("'", ""));
    }

    private static String ownAndPatch(Message c) {
      StringBuilder b = new StringBuilder();
      c.segments().stream().filter(s -> s.depth() == 0)
          .forEach(s -> b.append(s.text()).append('\n'));
      return b.toString();
    }

    private Group matchGroup(QuoteLevels.Level level) {
      Set<String> lines = QuotedMessage.lines(level);
      for (Group g : groups) {
        if (!g.who().sameAs(level.attribution.who())) {
          continue;
        }
        Optional<MailDate> gd = g.date();
        Optional<MailDate> ld = level.attribution.date();
        if (sameDate(gd, ld)) {
          return g;
        }
        if (gd.isPresent() && ld.isPresent() && !sameMinuteAnyZone(gd.get(), ld.get())) {
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

    /**
     * The same time written in two time zones: each quoter's client renders the attribution
     * in its own zone, often without saying which ("On Tue, Sep 19, 2023 at 9:10 AM").
     */
    private static boolean sameMinuteAnyZone(MailDate a, MailDate b) {
      long minutes = Math.abs(java.time.Duration.between(a.local().withSecond(0).withNano(0),
          b.local().withSecond(0).withNano(0)).toMinutes());
      return minutes % 15 == 0 && minutes <= MAX_ZONE_MINUTES;
    }

    /** Same minute; instants when both carry an offset, else the local times as written. */
    private static boolean sameDate(Optional<MailDate> a, Optional<MailDate> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return false;
      }
      MailDate x = a.get();
      MailDate y = b.get();
      if (x.offset().isPresent() && y.offset().isPresent()) {
        return x.instant().getEpochSecond() / 60 == y.instant().getEpochSecond() / 60;
      }
      return x.local().withSecond(0).withNano(0).equals(y.local().withSecond(0).withNano(0));
    }

    Discussion finish() {
      List<Message> messages = new ArrayList<>(discussion.messages());
      Map<MessageKey, ReplyNode> nodes = new LinkedHashMap<>(discussion.tree().nodes());
      Map<MessageKey, MessageKey> parentOf = new HashMap<>(headerParent);
      Map<MessageKey, Link> links = new HashMap<>();
      for (Group g : groups) {
        g.key = g.ghost.orElseGet(() -> QuotedMessage.keyOf(g.longest()));
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
