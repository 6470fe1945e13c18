package quorum.mail;

import java.util.Locale;
import java.util.Optional;

/** The requirement keywords of RFC 2119 (as clarified by RFC 8174). */
public enum Rfc2119 {
  MUST("MUST"), MUST_NOT("MUST NOT"), REQUIRED("REQUIRED"), SHALL("SHALL"),
  SHALL_NOT("SHALL NOT"), SHOULD("SHOULD"), SHOULD_NOT("SHOULD NOT"),
  RECOMMENDED("RECOMMENDED"), NOT_RECOMMENDED("NOT RECOMMENDED"), MAY("MAY"),
  OPTIONAL("OPTIONAL");

  private final String text;

  Rfc2119(String text) {
    this.text = text;
  }

  /** As RFC 2119 spells it ("MUST NOT"). */
  public String text() {
    return text;
  }

  /** "must not", "MUST_NOT", "Must Not" and so on; empty for anything else. */
  public static Optional<Rfc2119> parse(String s) {
    String t = s.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    for (Rfc2119 k : values()) {
      if (k.text.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
