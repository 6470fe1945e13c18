package quorum.ingest.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Participant;

/**
 * Patch trailers: {@code Signed-off-by:}, {@code Acked-by:}, {@code Reviewed-by:} and every
 * other {@code Xxx-by:} tag are trailers wherever they stand; {@code Cc:}, {@code Fixes:},
 * {@code Link:} and {@code Closes:} only next to one of those (else they are prose or headers).
 */
final class Trailers {
  /** A trailer line read: its tag as written and the person it names. */
  record Line(String tag, Participant who, boolean strong) {}

  private static final Set<String> WEAK = Set.of("cc", "fixes", "link", "closes", "bug",
      "message-id", "change-id");
  private static final Set<String> PERSON_WEAK = Set.of("cc");

  private Trailers() {}

  static Optional<Line> read(String content) {
    String t = content.strip();
    int colon = t.indexOf(':');
    if (colon < 2 || colon > 40 || t.length() > 300 || colon + 1 >= t.length()
        || t.charAt(colon + 1) != ' ') {
      return Optional.empty();
    }
    String tag = t.substring(0, colon);
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (!(Character.isLetter(c) || c == '-')) {
        return Optional.empty();
      }
    }
    String lower = tag.toLowerCase(Locale.ROOT);
    String value = t.substring(colon + 1).strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (lower.endsWith("-by") && Character.isUpperCase(tag.charAt(0))) {
      Participant who = Addresses.participant(value);
      return AttributionParser.plausibleName(who.name(), false)
          ? Optional.of(new Line(tag, who, true)) : Optional.empty();
    }
    if (WEAK.contains(lower)) {
      Participant who = PERSON_WEAK.contains(lower) ? Addresses.participant(value)
          : Participant.UNKNOWN;
      return Optional.of(new Line(tag, who, false));
    }
    return Optional.empty();
  }
}
