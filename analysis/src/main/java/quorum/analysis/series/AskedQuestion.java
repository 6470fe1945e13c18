package quorum.analysis.series;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.Participant;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;

/**
 * A question as the tracker needs it, independent of the discussion it came from (so it can
 * be cached): who asked, where, when, the sentence, the quoted text it responds to, and its
 * status within its own thread.
 *
 * @param message the key of the message it was asked in (its Message-ID for real mail)
 * @param anchor the quoted text the question responds to, "" when none
 * @param respondedBy who replied to it in its thread
 */
public record AskedQuestion(Participant asker, String message, Optional<Instant> asked,
    String text, String anchor, QuestionForm form, QuestionStatus status,
    List<Participant> respondedBy) {
  public AskedQuestion {
    Objects.requireNonNull(asker, "asker");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(status, "status");
    respondedBy = List.copyOf(respondedBy);
  }
}
