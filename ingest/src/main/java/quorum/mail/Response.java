package quorum.mail;

import java.util.Objects;

/** A reply that responds to a question, and whether it settles it. */
public record Response(Participant by, MessageKey in, boolean resolves, String gist) {
  public Response {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(gist, "gist");
  }
}
