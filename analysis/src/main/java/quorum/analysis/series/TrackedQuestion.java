package quorum.analysis.series;

import java.util.Objects;
import java.util.Optional;
import quorum.mail.QuestionStatus;

/**
 * A question followed across its proposal's versions.
 *
 * @param posting the thread (version) it was asked in
 * @param question the question as asked there
 * @param addressedIn the later version that addressed or answered it, if any
 * @param addressedHow how: {@code changelog: <bullet>}, {@code quoted text changed}, or
 *     {@code answered when asked again}; "" when not addressed
 * @param carriedOver unanswered when a later version was posted, so it carried over to it
 * @param carriedFrom the earlier version where the same question was first asked, if this is
 *     it asked again
 */
public record TrackedQuestion(SeriesPosting posting, AskedQuestion question,
    Optional<Integer> addressedIn, String addressedHow, boolean carriedOver,
    Optional<Integer> carriedFrom) {
  public TrackedQuestion {
    Objects.requireNonNull(posting, "posting");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(addressedIn, "addressedIn");
    Objects.requireNonNull(addressedHow, "addressedHow");
    Objects.requireNonNull(carriedFrom, "carriedFrom");
  }

  /** Still open across the whole proposal: not answered in its thread nor addressed later. */
  public boolean isOpen() {
    return question.status().isOpen() && addressedIn.isEmpty();
  }

  /**
   * The status the tracker reports: {@code addressed-in-v3} when a later version addressed
   * it, else its status in its thread ({@code open}, {@code responded-not-resolved},
   * {@code answered}).
   */
  public String status() {
    return addressedIn.map(v -> "addressed-in-v" + v).orElse(question.status().label());
  }
}
