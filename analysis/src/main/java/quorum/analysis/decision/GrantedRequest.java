package quorum.analysis.decision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.question.Asked;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * A request put to someone in person ("Jonathan, would you be willing to collect the input
 * and forward it anonymised?", "Could you take this through your tree?") that someone other
 * than the asker answered with a plain yes ("Yes, I would be happy to do that.", "Sure, will
 * do.") is settled: the one asked to act agreed to, whether or not the thread has a proposal
 * (a topic thread has none, so {@link Deciders} never looks at it). A yes with a reservation
 * ("Yes, but only after the merge window") settles nothing.
 */
final class GrantedRequest {
  private GrantedRequest() {}

  /** The agreed decision for {@code i}, if a question put it as a request that was granted. */
  static Optional<Decision> of(Issue i, List<Asked> questions) {
    for (Asked a : questions) {
      if (!a.turn().key().equals(i.in()) || !a.question().about().equals(i.text())) {
        continue;
      }
      if (a.question().status() != QuestionStatus.ANSWERED || !asksThem(a.question().about())) {
        return Optional.empty();
      }
      for (Response r : a.question().responses()) {
        if (r.resolves() && !r.by().sameAs(a.question().asker()) && grants(r.gist())) {
          return Optional.of(new Decision(i.id(), DecisionStatus.AGREED, r.gist(),
              Optional.of(r.by()), new Evidence(r.in(), LineSpan.of(1, 1), r.gist(), i.text())));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "Would you be willing to ...?", "Could you take ...?", "Jonathan? Can you send ...?": a
   * clause of the question (a run of questions counts as one) that opens with a modal and
   * "you" asks the addressee to act; "What would you expect?" asks for a view.
   */
  static boolean asksThem(String question) {
    for (String clause : question.toLowerCase(Locale.ROOT).split("[?.!:;,]")) {
      String[] w = clause.strip().split("[^a-z']+");
      int at = w.length > 0 && LEADS.contains(w[0]) ? 1 : 0;
      if (at + 1 < w.length && REQUEST_MODALS.contains(w[at]) && w[at + 1].equals("you")) {
        return true;
      }
    }
    return false;
  }

  /** Words that may come before the modal of a request: "So would you ...", "And can you ...". */
  private static final Set<String> LEADS = Set.of("so", "and", "but", "then", "also", "please");

  private static final Set<String> REQUEST_MODALS = Set.of("would", "could", "can", "will");

  /**
   * "Yes, I would be happy to do that.", "Sure.", "Happy to.", "Will do.": an answer that
   * opens with a plain yes and adds no "but".
   */
  static boolean grants(String answer) {
    String a = " " + answer.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]+", " ")
        .replaceAll("\\s+", " ").strip() + " ";
    if (a.contains(" but ") || a.contains(" however ") || a.contains(" not ")
        || a.contains("n't ")) {
      return false;
    }
    String first = a.strip().split(" ", 2)[0];
    return YES.contains(first) || a.startsWith(" happy to ") || a.startsWith(" glad to ")
        || a.startsWith(" will do ");
  }

  private static final Set<String> YES = Set.of("yes", "sure", "certainly", "absolutely",
      "yep", "yeah", "ok", "okay", "gladly");
}
