package quorum.analysis.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quorum.analysis.internal.ThreadView;
import quorum.mail.Question;

/**
 * The questions the hand-written rules find in a thread, each with its {@link AnswerFeatures},
 * computed as {@link AnswerModel} computes them at run time, so that the trainer learns from
 * exactly what the model is shown.
 */
public final class AnswerRows {
  private AnswerRows() {}

  /** One question found by the rules alone, and its features. */
  public record Row(Question question, List<String> features) {}

  public static List<Row> of(ThreadView view) {
    List<Asked> ruled = new QuestionFinder(Optional.empty()).find(view);
    List<Row> out = new ArrayList<>();
    for (Asked a : ruled) {
      out.add(new Row(a.question(), AnswerFeatures.of(view, a, ruled)));
    }
    return out;
  }
}
