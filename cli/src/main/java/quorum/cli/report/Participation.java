package quorum.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import quorum.mail.Participant;
import quorum.mail.Provenance;

/**
 * One participant of a thread and how many of its messages they wrote: read from mail, and
 * recovered only from quotes in later mail. The same person is recognised by address, else by
 * name.
 */
public record Participation(Participant who, int messages, int quotedOnly, String firstLabel) {
  public Participation {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(firstLabel, "firstLabel");
  }

  /** "3 messages", "1 message + 2 known only from quotes", "2 known only from quotes". */
  static String counts(Participation p) {
    String mail = p.messages() + (p.messages() == 1 ? " message" : " messages");
    String quoted = p.quotedOnly() + " known only from quotes";
    if (p.quotedOnly() == 0) {
      return mail;
    }
    return p.messages() == 0 ? quoted : mail + " + " + quoted;
  }

  public int total() {
    return messages + quotedOnly;
  }

  /** Participants by number of messages, most first; ties in order of first appearance. */
  static List<Participation> of(List<ThreadReport.Entry> entries) {
    // a name seen with an address anywhere in the thread is that person, also where a quote
    // attribution gave only the name
    Map<String, String> addressOfName = new LinkedHashMap<>();
    for (ThreadReport.Entry e : entries) {
      Participant p = e.message().from();
      if (p.address().isPresent() && !p.name().isBlank()) {
        addressOfName.putIfAbsent(name(p), identity(p));
      }
    }
    Map<String, Participation> byPerson = new LinkedHashMap<>();
    for (ThreadReport.Entry e : entries) {
      Participant p = e.message().from();
      String id = p.address().isEmpty() && addressOfName.containsKey(name(p))
          ? addressOfName.get(name(p)) : identity(p);
      Participation was = byPerson.get(id);
      boolean quoted = e.message().provenance() == Provenance.QUOTED_ONLY;
      if (was == null) {
        byPerson.put(id, new Participation(p, quoted ? 0 : 1, quoted ? 1 : 0, e.label()));
      } else {
        // keep the fullest form of the person: a name and an address beat either alone
        Participant best = richer(was.who(), p);
        byPerson.put(id, new Participation(best, was.messages() + (quoted ? 0 : 1),
            was.quotedOnly() + (quoted ? 1 : 0), was.firstLabel()));
      }
    }
    List<Participation> out = new ArrayList<>(byPerson.values());
    List<Participation> firstSeen = List.copyOf(out);
    out.sort(Comparator.comparingInt(Participation::total).reversed()
        .thenComparingInt(firstSeen::indexOf));
    return out;
  }

  private static String name(Participant p) {
    return Text.oneLine(p.name().replace("\"", "")).toLowerCase(Locale.ROOT);
  }

  private static String identity(Participant p) {
    if (p.address().isPresent()) {
      return "a:" + p.address().get().toLowerCase(Locale.ROOT);
    }
    return "n:" + name(p);
  }

  private static Participant richer(Participant a, Participant b) {
    int sa = (a.name().isBlank() ? 0 : 1) + (a.address().isPresent() ? 1 : 0);
    int sb = (b.name().isBlank() ? 0 : 1) + (b.address().isPresent() ? 1 : 0);
    return sb > sa ? b : a;
  }
}
