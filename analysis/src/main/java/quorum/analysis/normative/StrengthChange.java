package quorum.analysis.normative;

import java.util.Objects;
import quorum.mail.MessageKey;

/**
 * A sentence of proposed text whose modal strength changed: the removed and the added
 * wording of one patch, with their grades (see {@link ModalStrength}).
 */
public record StrengthChange(MessageKey in, String before, int beforeGrade, String after,
    int afterGrade) {
  public StrengthChange {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public boolean weakened() {
    return afterGrade < beforeGrade;
  }
}
