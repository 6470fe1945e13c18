package quorum.analysis.position;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.question.Asked;
import quorum.mail.QuestionForm;
import quorum.mail.Stance;

/**
 * Every own-text sentence of a thread with what the hand-written rules read on it and its
 * {@link StanceFeatures}, computed as {@link PositionFinder} computes them, so that the
 * trainer learns from exactly what the model is shown at run time.
 */
public final class StanceRows {
  private StanceRows() {}

  /** One sentence of one message. */
  public record Row(Turn turn, Block block, Sentence sentence, Optional<Stance> rules,
      List<String> features) {}

  public static List<Row> of(ThreadView view, List<Asked> asked, IssueRegistry issues) {
    Map<Sentence, QuestionForm> formOf = new IdentityHashMap<>();
    asked.forEach(a -> formOf.put(a.sentence(), a.question().form()));
    PositionFinder rules = new PositionFinder(Optional.empty());
    List<Row> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      boolean opener = view.root().filter(r -> r == t).isPresent();
      for (Block b : t.blocks()) {
        for (Sentence s : b.sentences()) {
          QuestionForm form = formOf.get(s);
          Optional<Stance> read = rules.ruled(s, form, b, issues);
          out.add(new Row(t, b, s, read, StanceFeatures.of(s, b, t, opener, form, read)));
        }
      }
    }
    return out;
  }
}
