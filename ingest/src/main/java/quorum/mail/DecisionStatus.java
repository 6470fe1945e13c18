package quorum.mail;

import java.util.Locale;

/** Where an issue ended up ({@code quorum-gold/1} {@code decisions[].status}). */
public enum DecisionStatus {
  /** Raised and not settled. */
  OPEN,
  /** Put forward (a patch, an RFC, "I propose ...") and not yet agreed. */
  PROPOSED,
  /** Settled in favour: "agreed", "let's go with", "Applied, thanks", an Acked-by. */
  AGREED,
  /** Settled against: "NAK", "we won't take this". */
  REJECTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DecisionStatus parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
