package quorum.analysis.eval;

import java.util.Locale;

/**
 * Counts behind the figures of one evaluation (or a sum of several, micro-averaged). Ratios
 * with an empty denominator are 1.0 when nothing was expected and nothing found, else 0.0.
 */
public record Scores(int questionsGold, int questionsFound, int questionsMatched,
    int statusCorrect, int formCorrect, int positionsGold, int positionsFound,
    int positionsMatched, int stanceCorrect, int decisionsGold, int decisionsFound,
    int decisionsMatched, int normativeGold, int normativeMatched, int debatedCorrect,
    int messagesGold, int messagesMatched, int parentsCorrect) {

  public static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public Scores plus(Scores o) {
    return new Scores(questionsGold + o.questionsGold, questionsFound + o.questionsFound,
        questionsMatched + o.questionsMatched, statusCorrect + o.statusCorrect,
        formCorrect + o.formCorrect, positionsGold + o.positionsGold,
        positionsFound + o.positionsFound, positionsMatched + o.positionsMatched,
        stanceCorrect + o.stanceCorrect, decisionsGold + o.decisionsGold,
        decisionsFound + o.decisionsFound, decisionsMatched + o.decisionsMatched,
        normativeGold + o.normativeGold, normativeMatched + o.normativeMatched,
        debatedCorrect + o.debatedCorrect, messagesGold + o.messagesGold,
        messagesMatched + o.messagesMatched, parentsCorrect + o.parentsCorrect);
  }

  static double ratio(int num, int den, boolean emptyIsPerfect) {
    return den == 0 ? (emptyIsPerfect ? 1.0 : 0.0) : (double) num / den;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double questionPrecision() {
    return ratio(questionsMatched, questionsFound, questionsGold == 0);
  }

  public double questionRecall() {
    return ratio(questionsMatched, questionsGold, questionsFound == 0);
  }

  public double questionF1() {
    return f1(questionPrecision(), questionRecall());
  }

  /** Answered-vs-open accuracy over matched questions. */
  public double statusAccuracy() {
    return ratio(statusCorrect, questionsMatched, true);
  }

  /** Question-form accuracy over matched questions. */
  public double formAccuracy() {
    return ratio(formCorrect, questionsMatched, true);
  }

  /** Stance accuracy over all gold positions (a missing position is wrong). */
  public double stanceAccuracy() {
    return ratio(stanceCorrect, positionsGold, true);
  }

  public double positionPrecision() {
    return ratio(positionsMatched, positionsFound, positionsGold == 0);
  }

  public double positionRecall() {
    return ratio(positionsMatched, positionsGold, positionsFound == 0);
  }

  public double decisionPrecision() {
    return ratio(decisionsMatched, decisionsFound, decisionsGold == 0);
  }

  public double decisionRecall() {
    return ratio(decisionsMatched, decisionsGold, decisionsFound == 0);
  }

  public double decisionF1() {
    return f1(decisionPrecision(), decisionRecall());
  }

  public double normativeRecall() {
    return ratio(normativeMatched, normativeGold, true);
  }

  /** Reply-tree parent accuracy over all gold messages (an unmatched message is wrong). */
  public double parentAccuracy() {
    return ratio(parentsCorrect, messagesGold, true);
  }

  /** One line per figure, with the counts behind it. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    line(sb, "questions P/R/F1", String.format(Locale.ROOT, "%.3f / %.3f / %.3f  (%d found, %d gold, %d matched)",
        questionPrecision(), questionRecall(), questionF1(), questionsFound, questionsGold, questionsMatched));
    line(sb, "answered/open accuracy", String.format(Locale.ROOT, "%.3f  (%d/%d)", statusAccuracy(), statusCorrect, questionsMatched));
    line(sb, "question form accuracy", String.format(Locale.ROOT, "%.3f  (%d/%d)", formAccuracy(), formCorrect, questionsMatched));
    line(sb, "stance accuracy", String.format(Locale.ROOT, "%.3f  (%d/%d; positions P/R %.3f / %.3f)",
        stanceAccuracy(), stanceCorrect, positionsGold, positionPrecision(), positionRecall()));
    line(sb, "decision P/R/F1", String.format(Locale.ROOT, "%.3f / %.3f / %.3f  (%d found, %d gold, %d matched)",
        decisionPrecision(), decisionRecall(), decisionF1(), decisionsFound, decisionsGold, decisionsMatched));
    line(sb, "normative keyword recall", String.format(Locale.ROOT, "%.3f  (%d/%d; debated right %d)",
        normativeRecall(), normativeMatched, normativeGold, debatedCorrect));
    line(sb, "reply-tree parent accuracy", String.format(Locale.ROOT, "%.3f  (%d/%d; %d messages matched)",
        parentAccuracy(), parentsCorrect, messagesGold, messagesMatched));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, String value) {
    sb.append(String.format(Locale.ROOT, "%-28s %s%n", name, value));
  }
}
