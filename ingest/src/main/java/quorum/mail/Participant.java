package quorum.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Someone who writes on a list: a display name and, when known, an address. */
public record Participant(String name, Optional<String> address) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
  }

  public static Participant of(String name, String address) {
    return new Participant(name, Optional.ofNullable(address).filter(a -> !a.isBlank()));
  }

  public static Participant named(String name) {
    return new Participant(name, Optional.empty());
  }

  public static final Participant UNKNOWN = named("");

  public boolean isUnknown() {
    return name.isBlank() && address.isEmpty();
  }

  /** The name if there is one, else the address. */
  public String display() {
    return !name.isBlank() ? name : address.orElse("(unknown)");
  }

  /** True when both plausibly name the same person: equal addresses, or equal names. */
  public boolean sameAs(Participant other) {
    boolean sameAddress = address.isPresent() && other.address.isPresent()
        && address.get().equalsIgnoreCase(other.address.get());
    return sameAddress || (!name.isBlank() && normalize(name).equals(normalize(other.name)));
  }

  private static String normalize(String n) {
    String plain = n.replaceAll("[\"']", "").replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
    return surnameLast(plain);
  }

  /**
   * "doe, jane" as "jane doe": mail from corporate directories writes the surname first, and
   * the same person's other address does not. Only one comma between two short parts counts,
   * so a name with a title or suffix after its comma ("Jane Doe, PhD") stays as it is.
   */
  private static String surnameLast(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || name.indexOf(',', comma + 1) >= 0) {
      return name;
    }
    String surname = name.substring(0, comma).strip();
    String given = name.substring(comma + 1).strip();
    if (surname.isEmpty() || given.isEmpty() || words(surname) > 3 || words(given) > 2
        || TITLES.contains(given.replace(".", ""))) {
      return name;
    }
    return given + " " + surname;
  }

  private static int words(String s) {
    return s.split(" ").length;
  }

  /** What may follow a name's comma without being a given name. */
  private static final Set<String> TITLES =
      Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
}
