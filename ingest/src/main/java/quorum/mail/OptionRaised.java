package quorum.mail;

import java.util.Objects;

/** A keyword someone put forward in a debate about normative text ("make it a MUST"). */
public record OptionRaised(Rfc2119 option, Participant by, MessageKey in, String excerpt) {
  public OptionRaised {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(excerpt, "excerpt");
  }
}
