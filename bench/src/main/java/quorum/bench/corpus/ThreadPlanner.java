package quorum.bench.corpus;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import quorum.bench.corpus.People.Person;
import quorum.bench.corpus.Planned.Kind;

/**
 * Plans one thread: its shape (patch series with cover letter, single patch, or discussion),
 * size (1-40, most threads short, a few long), authors, dates, subjects, Message-IDs in the
 * styles of git send-email, mutt, Gmail and Thunderbird, and References chains. Replies pick
 * a parent among earlier messages, recent ones more often, so trees both deepen and branch.
 */
final class ThreadPlanner {
  static final int MAX_THREAD = 40;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private final People people;

  ThreadPlanner(People people) {
    this.people = people;
  }

  static int size(Random r) {
    int roll = r.nextInt(100);
    if (roll < 40) {
      return 1;
    } else if (roll < 60) {
      return 2;
    } else if (roll < 75) {
      return 3 + r.nextInt(3);
    } else if (roll < 90) {
      return 6 + r.nextInt(10);
    }
    return 16 + r.nextInt(MAX_THREAD - 15);
  }

  List<Planned> plan(Random r, int thread, int size, ZonedDateTime start) {
    List<Planned> out = new ArrayList<>(size);
    int shape = r.nextInt(100);
    String subsystem = Vocabulary.subsystem(r);
    String topic = topic(r);
    Person lead = people.draw(r);
    if (shape < 30 && size >= 3) {
      int parts = Math.min(size - 1, 2 + r.nextInt(7));
      int version = 1 + r.nextInt(4);
      String v = version == 1 ? "" : " v" + version;
      out.add(make(r, thread, 0, -1, lead, start, "[PATCH" + v + " 0/" + parts + "] " + subsystem
          + ": " + topic, Kind.COVER, out));
      for (int i = 1; i <= parts; i++) {
        out.add(make(r, thread, i, 0, lead, start.plusSeconds(i), "[PATCH" + v + " " + i + "/" + parts
            + "] " + subsystem + ": " + topic(r), Kind.PATCH, out));
      }
    } else if (shape < 55) {
      out.add(make(r, thread, 0, -1, lead, start, "[PATCH] " + subsystem + ": " + topic, Kind.PATCH, out));
    } else {
      String tag = Vocabulary.pick(r, "[MAINTAINERS SUMMIT] ", "[TECH TOPIC] ", "[RFC] ", "", "");
      out.add(make(r, thread, 0, -1, lead, start, tag + capitalized(topic), Kind.POST, out));
    }
    while (out.size() < size) {
      int n = out.size();
      int parent = Math.max(0, n - 1 - (int) Math.floor(Math.pow(n, r.nextDouble())) + 1);
      parent = Math.min(parent, n - 1);
      Planned p = out.get(parent);
      ZonedDateTime when = p.date().plusSeconds(300 + (long) (-Math.log(1 - r.nextDouble()) * 20_000));
      String subject = p.subject().startsWith("Re: ") ? p.subject() : "Re: " + p.subject();
      out.add(make(r, thread, n, parent, people.draw(r), when, subject, Kind.REPLY, out));
    }
    return out;
  }

  private Planned make(Random r, int thread, int index, int parent, Person author, ZonedDateTime date,
      String subject, Kind kind, List<Planned> earlier) {
    List<String> refs = new ArrayList<>();
    if (parent >= 0) {
      refs.addAll(earlier.get(parent).references());
      refs.add(earlier.get(parent).messageId());
    }
    return new Planned(index, parent, author, date, subject, messageId(r, thread, index, author, date),
        refs, kind);
  }

  private static String messageId(Random r, int thread, int index, Person author, ZonedDateTime date) {
    String domain = author.address().substring(author.address().indexOf('@') + 1);
    String serial = Integer.toString(thread, 36) + "x" + index;
    switch (r.nextInt(4)) {
      case 0: return date.format(STAMP) + "." + serial + "-" + index + "-"
          + author.address().substring(0, author.address().indexOf('@')) + "@" + domain;
      case 1: return "Y" + serial + Long.toString(r.nextLong() & 0xffffffffL, 36) + "@" + "host-"
          + r.nextInt(50) + "." + domain;
      case 2: return "CA" + serial + "+" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36)
          + "=w@mail.gmail.com";
      default: return String.format(Locale.ROOT, "%08x-%04x-%s@%s", r.nextInt(), r.nextInt(1 << 16),
          serial, domain);
    }
  }

  private static String topic(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 3 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(i == 1 && r.nextInt(4) == 0
          ? Vocabulary.identifier(r) : Vocabulary.word(r));
    }
    if (r.nextInt(30) == 0) {
      b.append(" – naïve über-fix");
    }
    return b.toString();
  }

  private static String capitalized(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
