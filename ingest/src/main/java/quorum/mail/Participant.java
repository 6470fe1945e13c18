package quorum.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
    return n.replaceAll("[\"']", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
