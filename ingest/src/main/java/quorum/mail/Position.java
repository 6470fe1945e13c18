package quorum.mail;

import java.util.Objects;

/** Where one participant stands on one issue (by issue id), and the sentence that shows it. */
public record Position(Participant who, String issue, Stance stance, Evidence evidence)
    implements Finding {
  public Position {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(evidence, "evidence");
  }
}
