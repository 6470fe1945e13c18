package quorum.analysis;

import java.util.Locale;
import java.util.Objects;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * Something a thread argues about, taken from the thread itself: the proposal its first
 * message makes, a question asked, or a quoted proposal sentence that replies answer.
 *
 * @param id     short stable id within one analysis ("i1", "i2", ...)
 * @param text   the statement of the issue (the subject, the question, the quoted sentence)
 * @param anchor the quoted sentence the issue was raised under, "" when none
 */
public record Issue(String id, String text, Kind kind, Participant raisedBy, MessageKey in,
    String anchor) {
  /** Where an issue comes from. */
  public enum Kind {
    /**
     * The thread's proposal; a question asked (with the questions merged into its topic); a
     * quoted statement replies take a stand on; a point put forward in a reply's own text
     * (a suggestion) with no question asked about it first, or the subject of a first
     * message that puts a topic up for discussion without proposing a change.
     */
    PROPOSAL, QUESTION, ANCHOR, POINT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raisedBy, "raisedBy");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(anchor, "anchor");
  }
}
