package quorum.analysis.normative;

import java.util.Locale;
import java.util.Objects;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * A wording put forward in a debate about a requirement ("make it a MUST"): the option, who
 * raised it and where, the sentence that names it, the reason given for it (the because/since
 * clause or the sentence arguing it, "" when none was given) and how it ended.
 */
public record NormativeOption(String option, Participant by, MessageKey in, String text,
    String why, Outcome outcome) {
  /** How an option ended: taken into the text or a settling statement, passed over, or open. */
  public enum Outcome {
    ADOPTED, DROPPED, OPEN;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public NormativeOption {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(outcome, "outcome");
  }

  NormativeOption withOutcome(Outcome o) {
    return new NormativeOption(option, by, in, text, why, o);
  }
}
