package quorum.mail;

import java.util.Locale;

/** Whether a question was settled ({@code quorum-gold/1} {@code status}). */
public enum QuestionStatus {
  /** A reply responded to it and settled it. */
  ANSWERED,
  /** Replies responded to it without settling it ("Good question! ... no strong opinion"). */
  RESPONDED_NOT_RESOLVED,
  /** Nobody responded to it. */
  OPEN;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for the gold schema's two-way split, where "responded but not resolved" is open. */
  public boolean isOpen() {
    return this != ANSWERED;
  }

  public static QuestionStatus parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
