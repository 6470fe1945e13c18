package quorum.analysis.question;

import quorum.analysis.nlp.Sentence;

/**
 * What kind of answer a question asks for: a yes/no question ("Is it flat?", "Could X stay?")
 * is answered by assent or refusal; a content question ("Where is the line?", "What tests
 * will we use?") needs a place, a thing, a reason, which a bare "yes" does not give. "Why
 * not X?", "How about X?" and "What about X?" propose, and take assent like yes/no ones.
 */
enum AnswerKind {
  POLAR, CONTENT;

  static AnswerKind of(Sentence s) {
    int start = whStart(s);
    if (start < 1) {
      return POLAR;
    }
    if (start + 1 <= s.size()) {
      String next = s.token(start + 1).lowerWord();
      if (next.equals("not") || next.equals("about") || next.equals("n't")) {
        return POLAR;
      }
    }
    return CONTENT;
  }

  /**
   * Whether {@code reply} opens the way an answer to {@code question} does: "When they do the
   * same kind of thing" to "When do vendors need a common ABI?", "Because ..." to "Why ...?".
   */
  static boolean answersInKind(Sentence question, Sentence reply) {
    int start = whStart(question);
    if (start < 1 || reply.size() == 0) {
      return false;
    }
    String wh = question.token(start).lowerWord();
    String lead = reply.token(1).lowerWord();
    if (wh.equals("why")) {
      return lead.equals("because") || lead.equals("since");
    }
    return (wh.equals("when") || wh.equals("where") || wh.equals("who")) && lead.equals(wh);
  }

  /** The index of the wh-word that opens the question's interrogative clause, or -1. */
  private static int whStart(Sentence s) {
    int q = QuestionSeries.mark(s);
    int start = QuestionForms.interrogativeStart(s, q > 0 ? q : s.size() + 1);
    return start >= 1 && s.token(start).isWh() ? start : -1;
  }
}
