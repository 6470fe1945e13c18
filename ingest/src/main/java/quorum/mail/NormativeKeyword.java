package quorum.mail;

import java.util.List;
import java.util.Objects;

/**
 * An RFC 2119 / RFC 8174 keyword in proposed text: as written, which keyword, whether it is
 * capitalized (normative under RFC 8174) and whether the thread debated it, with the options
 * raised and who raised them.
 */
public record NormativeKeyword(String asWritten, Rfc2119 keyword, boolean capitalized,
    boolean debated, List<Rfc2119> optionsRaised, List<OptionRaised> raisedBy,
    Evidence evidence) implements Finding {
  public NormativeKeyword {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(evidence, "evidence");
    optionsRaised = List.copyOf(optionsRaised);
    raisedBy = List.copyOf(raisedBy);
  }
}
