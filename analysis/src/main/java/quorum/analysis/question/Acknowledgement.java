package quorum.analysis.question;

import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.mail.QuestionForm;
import quorum.mail.Response;

/**
 * The asker taking an answer: "&gt; 'backdrop' matches the state we document, so I'd keep it.
 * / Fine, that settles the name for me." A later block by the asker, under a quote of another
 * participant that takes up the question's words, that opens on an acknowledgement, shows
 * the quoted text answered the question, even where that reply quoted nothing of it.
 */
final class Acknowledgement {
  /** Words an asker opens with to take an answer ("Fine, ...", "Thanks, ...", "Agreed."). */
  private static final Set<String> TAKING = Set.of("fine", "thanks", "thank", "great", "perfect",
      "ok", "okay", "agreed", "understood", "fair", "makes", "right", "true");

  private Acknowledgement() {}

  /**
   * The settling response of the quoted participant's message, when a block of the asker's
   * turn {@code r} acknowledges an answer to {@code a}; null otherwise.
   */
  static Response of(ThreadView view, Turn r, Asked a) {
    if (a.question().form() == QuestionForm.RHETORICAL) {
      return null; // asks for no answer to take
    }
    var qWords = Words.content(a.sentence().text());
    for (Block b : r.blocks()) {
      if (b.sentences().isEmpty() || !b.hasAnchor() || b.anchorFrom().isEmpty()) {
        continue;
      }
      Turn answerer = view.turn(b.anchorFrom().get()).orElse(null);
      if (answerer == null || answerer.author().sameAs(a.turn().author())
          || answerer.position() <= a.turn().position()
          || !view.parent(r.key()).filter(answerer.key()::equals).isPresent()) {
        continue;
      }
      if (Words.overlap(Words.content(b.anchor()), qWords) < 2 || !takes(b.sentences().get(0))) {
        continue;
      }
      return new Response(answerer.author(), answerer.key(), true,
          b.anchor().replaceAll("\\s+", " ").strip());
    }
    return null;
  }

  /** "Fine, ...", "Thanks.", "Agreed!": the word stands alone ("Thanks Ana for ..." thanks). */
  private static boolean takes(Sentence s) {
    if (s.size() == 0 || !TAKING.contains(s.token(1).lowerWord())) {
      return false;
    }
    return s.size() == 1 || s.token(2).isPunct();
  }
}
