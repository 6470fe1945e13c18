package quorum.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The list's participants: a few hundred names, some with non-ASCII letters (sent RFC 2047
 * encoded), drawn so that a few people write much of the mail, as on real lists. Person 0 is
 * the most active: the "from:" query.
 */
final class People {
  /** One participant. */
  record Person(String name, String address) {
    String display() {
      return name + " <" + address + ">";
    }

    String firstName() {
      int sp = name.indexOf(' ');
      return sp < 0 ? name : name.substring(0, sp);
    }
  }

  private static final String[] FIRST = {"Dana", "Alexei", "Greg", "Jörg", "Miguel", "Priya",
      "Steven", "Łukasz", "Mathieu", "Keiko", "Olusegun", "Ingrid", "Wei", "Thomas", "Amélie",
      "Rafael", "Sasha", "Dmitri", "Hannah", "Nikolai", "Chen", "Fatima", "Björn", "Laurent"};
  private static final String[] LAST = {"Whitfield", "Kowalski", "Roedel", "Ojeda", "Narayanan",
      "Rostedt", "Müller", "Desnoyers", "Tanaka", "Adeyemi", "Lindqvist", "Zhang", "Gleixner",
      "Dubois", "Costa", "Levin", "Petrov", "Schmidt", "Ivanov", "Li", "Haddad", "Øverland",
      "Moreau", "Brown"};
  private static final String[] DOMAINS = {"kernel.example.org", "example.com", "mail.example.net",
      "corp.example", "university.example.edu", "linux.example.org"};

  private final List<Person> people = new ArrayList<>();

  People(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 400; i++) {
      String first = FIRST[i % FIRST.length];
      String last = LAST[(i / FIRST.length + i * 7) % LAST.length];
      String local = ascii(first + "." + last) + (i >= FIRST.length * LAST.length / 2 ? i : "");
      people.add(new Person(first + " " + last, local + "@" + DOMAINS[r.nextInt(DOMAINS.length)]));
    }
  }

  Person top() {
    return people.get(0);
  }

  /** A participant, person 0 most often. */
  Person draw(Random r) {
    double u = r.nextDouble();
    int i = (int) Math.floor(Math.pow(people.size(), u * u)) - 1;
    return people.get(Math.max(0, Math.min(i, people.size() - 1)));
  }

  private static String ascii(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("Ł", "L").replace("ł", "l").replace("Ø", "O")
        .replace("ø", "o");
    return n.toLowerCase(Locale.ROOT);
  }
}
