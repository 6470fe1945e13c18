package quorum.mail;

import java.util.Locale;
import java.util.Optional;

/** Where a participant stands on an issue ({@code quorum-gold/1} {@code stance}). */
public enum Stance {
  SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL, DEFERS, CONCERN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the gold schema's free-text stance, which is "near" one of the values ("leans MUST"
   * is support, "dismisses concern" is oppose); empty when nothing matches.
   */
  public static Optional<Stance> parseLoose(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("defer")) {
      return Optional.of(DEFERS);
    }
    if (t.contains("dismiss") || t.contains("oppos") || t.contains("against")
        || t.contains("reject") || t.contains("nack")) {
      return Optional.of(OPPOSE);
    }
    if (t.contains("condition")) {
      return Optional.of(CONDITIONAL);
    }
    if (t.contains("concern") || t.contains("reservation") || t.contains("worr")) {
      return Optional.of(CONCERN);
    }
    if (t.contains("neutral") || t.contains("either way") || t.contains("no opinion")) {
      return Optional.of(NEUTRAL);
    }
    if (t.contains("support") || t.contains("lean") || t.contains("favo") || t.contains("ack")
        || t.contains("agree") || t.contains("prefer")) {
      return Optional.of(SUPPORT);
    }
    return Optional.empty();
  }
}
