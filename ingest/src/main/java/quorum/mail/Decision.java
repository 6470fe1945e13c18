package quorum.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an issue (by id) ended up, the gist of it and who settled it; an open issue carries
 * the evidence of where it was raised.
 */
public record Decision(String issue, DecisionStatus status, String gist, Optional<Participant> by,
    Evidence evidence) implements Finding {
  public Decision {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(gist, "gist");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(evidence, "evidence");
  }
}
