package quorum.mail;

import java.util.List;
import java.util.Objects;

/** A question asked in a discussion, how it is put, the replies to it and whether it is settled. */
public record Question(Participant asker, String about, QuestionForm form, QuestionStatus status,
    List<Response> responses, Evidence evidence) implements Finding {
  public Question {
    Objects.requireNonNull(asker, "asker");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    responses = List.copyOf(responses);
  }
}
