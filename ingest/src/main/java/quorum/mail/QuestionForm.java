package quorum.mail;

import java.util.Locale;

/** How a question is put (values of the {@code quorum-gold/1} schema's {@code form}). */
public enum QuestionForm {
  /** Interrogative syntax or a question mark: "are we banning new helpers?" */
  DIRECT,
  /** A statement that asks: "I'm not sure why it exists", "I wonder whether ...". */
  INDIRECT,
  /** A question that asserts rather than asks: "Did you even check ...?" */
  RHETORICAL,
  /** A proposal phrased as a question: "Might be worth it to ...?", "Why not ...?" */
  SUGGESTION_AS_QUESTION;

  /** The gold-schema spelling ("suggestion-as-question"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static QuestionForm parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
