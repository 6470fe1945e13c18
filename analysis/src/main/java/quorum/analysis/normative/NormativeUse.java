package quorum.analysis.normative;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.Evidence;
import quorum.mail.Participant;
import quorum.mail.Rfc2119;

/**
 * One requirement word in proposed text: an RFC 2119 / RFC 8174 keyword in any case, or a
 * lower-case strength phrase the same debates turn on ("highly encouraged", "usually will",
 * "recommend"). Capitalized keywords are normative under RFC 8174; lower-case ones are
 * ordinary English, graded by {@link ModalStrength}.
 *
 * @param asWritten  the words as written ("MUST NOT", "shouldn't", "highly encouraged")
 * @param keyword    the RFC 2119 keyword it spells, empty for a strength phrase
 * @param by         who wrote the text (the author of the message it is in)
 * @param strength   how strongly it obliges here ("may take long" is a possibility)
 * @param place      added, removed or context line of the message's own patch, or own prose
 * @param debated    whether later messages argued about the sentence or its strength
 * @param options    the wordings put forward, in order, with who, why and how each ended
 * @param resolvedTo the wording the debate settled on, when a later version or a settling
 *                   statement shows it
 */
public record NormativeUse(String asWritten, Optional<Rfc2119> keyword, boolean capitalized,
    Participant by, ModalStrength.Grade strength, Place place, Evidence evidence,
    boolean debated, List<NormativeOption> options, Optional<String> resolvedTo) {
  /** Where in a message the words were written. */
  public enum Place {
    ADDED, REMOVED, CONTEXT, PROSE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public NormativeUse {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(evidence, "evidence");
    options = List.copyOf(options);
    Objects.requireNonNull(resolvedTo, "resolvedTo");
  }

  /**
   * Whether a summary should show it: capitalized, in a patch, or debated. Lower-case
   * "should" in prose is everywhere; it is kept in the JSON but summaries count it only.
   */
  public boolean notable() {
    return capitalized || place != Place.PROSE || debated;
  }

  /** The keyword as RFC 2119 spells it, else the phrase in lower case. */
  public String label() {
    return keyword.map(k -> capitalized ? k.text() : k.text().toLowerCase(Locale.ROOT))
        .orElse(asWritten.toLowerCase(Locale.ROOT));
  }
}
