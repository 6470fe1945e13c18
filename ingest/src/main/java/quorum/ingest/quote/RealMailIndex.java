package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Link;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;

/**
 * The real mail of one thread, indexed by author, for finding the message a quote level stands
 * for: same author, and either the quoted lines are in its own text or the attribution gives
 * its date.
 */
final class RealMailIndex {
  private static final double SAME_TEXT = QuoteTreeBuilder.SAME_TEXT;

  /** A quote level found as real mail, and what showed it. */
  record Match(Message mail, Link how) {}

  /** Real mail by author address and name. */
  private final Map<String, List<Message>> authors = new HashMap<>();
  private final Map<MessageKey, Set<String>> ownLines = new HashMap<>();

  RealMailIndex(List<Message> messages) {
    for (Message m : messages) {
      if (!m.from().isUnknown() && m.provenance() != Provenance.QUOTED_ONLY) {
        m.from().address().ifPresent(a ->
            authors.computeIfAbsent(addressKey(a), k -> new ArrayList<>()).add(m));
        if (!m.from().name().isBlank()) {
          authors.computeIfAbsent(nameKey(m.from().name()), k -> new ArrayList<>()).add(m);
        }
      }
    }
  }

  /**
   * Real mail by the attribution's author whose own text holds the quoted lines
   * ({@link Link#QUOTE_CONTAINMENT}), or whose date is the attribution's date
   * ({@link Link#ATTRIBUTION}: the attribution alone names it).
   */
  Optional<Match> match(Message quoting, QuoteLevels.Level level) {
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
          && c.date().isPresent()
          && AttributionDates.sameMinuteAnyZone(said.get(), c.date().get());
      double text = contained(quoted, c);
      double score = AttributionDates.sameMinute(said, c.date()) ? 1.0
          : zoneShifted && quoted.isEmpty() ? SAME_TEXT : text;
      double needed = zoneShifted ? SAME_TEXT / 2 : SAME_TEXT;
      if (score >= needed && score > bestScore) {
        best = c;
        bestScore = score;
        bestText = text;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Match(best,
        bestText >= SAME_TEXT / 2 ? Link.QUOTE_CONTAINMENT : Link.ATTRIBUTION));
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
}
