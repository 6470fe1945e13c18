package quorum.analysis.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Question;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * A run of questions in one paragraph that asks one thing: "So what do I do? Do I drop the
 * patches? Or do I keep them?", "What is the backend API? CUDA and OpenCL? Or something new?",
 * "Two releases? Why not keep the old names as aliases forever?".
 * A follow-up joins the question before it when it offers an alternative ("Or ...", also
 * after remarks on the first one in the same paragraph: {@link #offersAnother}), is a
 * fragment with no verb, narrows a lead with no content of its own ("So what do I do?",
 * "Two releases?"), or when one of the two is a statement asked only by its question mark
 * ("The notes stop in March? Are they missing, or were there no meetings?"), or is a short
 * "Why ...?" after it ("Do you have patches? Why wait till December?"), and a volley of four
 * or more questions in a row in one paragraph is one point ({@link #longRuns}). A reply to
 * any part answers the whole; items of a list ("* Which
 * tests?") and questions in separate paragraphs stay apart.
 */
final class QuestionSeries {
  private QuestionSeries() {}

  /** {@code found} with each series merged into its lead question, in order. */
  static List<Asked> merge(List<Asked> found) {
    Map<Turn, String> texts = new HashMap<>();
    List<Asked> out = new ArrayList<>();
    List<Asked> run = new ArrayList<>();
    java.util.Set<Asked> inLongRun = longRuns(found, texts);
    for (Asked a : found) {
      Asked prev = run.isEmpty() ? null : run.get(run.size() - 1);
      boolean together = prev != null && (inLongRun.contains(prev) && inLongRun.contains(a)
          && adjacent(prev, a, texts) || continues(prev, a, run.get(0), texts));
      if (!run.isEmpty() && !together) {
        out.add(join(run));
        run = new ArrayList<>();
      }
      run.add(a);
    }
    if (!run.isEmpty()) {
      out.add(join(run));
    }
    return out;
  }

  /**
   * The questions that stand in a run of four or more, each with its question mark, one right
   * after another in a paragraph ("How do we reach consensus? Should everyone be Cc'ed? What
   * if one maintainer disagrees? Does the maintainer have a veto?"): a writer who fires off a
   * volley of questions raises one point from several sides, and a reply answers the volley,
   * not each question. Two or three in a row still often ask different things.
   */
  static java.util.Set<Asked> longRuns(List<Asked> found, Map<Turn, String> texts) {
    java.util.Set<Asked> out = new java.util.HashSet<>();
    int from = 0;
    for (int i = 1; i <= found.size(); i++) {
      if (i < found.size() && adjacent(found.get(i - 1), found.get(i), texts)) {
        continue;
      }
      if (i - from >= 4) {
        out.addAll(found.subList(from, i));
      }
      from = i;
    }
    return out;
  }

  /** Whether {@code next} is the sentence right after {@code prev} in its paragraph. */
  private static boolean adjacent(Asked prev, Asked next, Map<Turn, String> texts) {
    if (prev.block() != next.block() || QuestionFinder.listItem(prev.sentence())
        || QuestionFinder.listItem(next.sentence()) || mark(prev.sentence()) == 0
        || mark(next.sentence()) == 0) {
      return false;
    }
    List<Sentence> ss = prev.block().sentences();
    String text = texts.computeIfAbsent(prev.turn(), t -> ThreadView.ownText(t.message()));
    return ss.indexOf(next.sentence()) - ss.indexOf(prev.sentence()) == 1
        && !paragraphBreak(text, prev.sentence().end(), next.sentence().begin());
  }

  /** Whether {@code next} continues the series that {@code prev} ends and {@code lead} opens. */
  static boolean continues(Asked prev, Asked next, Asked lead, Map<Turn, String> texts) {
    if (prev.block() != next.block() || QuestionFinder.listItem(prev.sentence())
        || QuestionFinder.listItem(next.sentence())) {
      return false;
    }
    List<Sentence> ss = prev.block().sentences();
    int gap = ss.indexOf(next.sentence()) - ss.indexOf(prev.sentence());
    String text = texts.computeIfAbsent(prev.turn(), t -> ThreadView.ownText(t.message()));
    if (gap < 1 || paragraphBreak(text, prev.sentence().end(), next.sentence().begin())) {
      return false;
    }
    if (offersAnother(prev, next)) {
      return true;
    }
    if (gap > 2) {
      return false;
    }
    if (restatesAsDoubt(next)) {
      return true;
    }
    if (gap != 1) {
      return false;
    }
    Sentence s = next.sentence();
    String first = s.tokens().isEmpty() ? "" : s.token(1).lowerWord();
    return first.equals("or") || !hasVerb(s) || opensEmpty(lead)
        || QuestionFinder.continuesAfterMark(prev.sentence(), s)
        || statedWithMark(prev.sentence()) && mark(s) > 0
        || statedWithMark(s) && mark(prev.sentence()) > 0
        || asksToClarify(s) || sameOpening(prev.sentence(), s)
        || shortWhy(s);
  }

  /**
   * "Do you mean writing the docs in ReST? For the files in Documentation/ we already do. Or do
   * you mean generating them?": a question opening on "Or" offers another answer to the last
   * question of the paragraph, whatever the writer said about the first one in between.
   */
  private static boolean offersAnother(Asked prev, Asked next) {
    Sentence s = next.sentence();
    return mark(prev.sentence()) > 0 && mark(s) > 0 && !s.tokens().isEmpty()
        && s.token(1).lowerWord().equals("or");
  }

  /**
   * "So I don't see how X squares with Y. Could you clarify your thinking here?": a request to
   * explain that names nothing of its own asks the question before it once more.
   */
  private static boolean asksToClarify(Sentence s) {
    boolean clarify = false;
    for (Token t : s.tokens()) {
      clarify |= CLARIFY.contains(t.lower());
    }
    return clarify && Words.content(s.text()).size() <= 2;
  }

  /**
   * "Do you have patches today? Why not send them already? Why wait till December?": a short
   * why-question (three content words at most) right after another asks the reason behind the
   * same point, not a new one.
   */
  private static boolean shortWhy(Sentence s) {
    int l = lead(s);
    return l >= 1 && s.token(l).lowerWord().equals("why") && Words.content(s.text()).size() <= 3;
  }

  private static final java.util.Set<String> CLARIFY = java.util.Set.of("clarify", "elaborate",
      "explain", "expand");

  /**
   * "Was it a personal opinion? Was it because of sanctions?": two questions that open on the
   * same two words (an auxiliary and its subject) offer alternatives of one question.
   */
  private static boolean sameOpening(Sentence prev, Sentence next) {
    int p = lead(prev);
    int n = lead(next);
    if (p < 1 || n < 1 || p + 1 > prev.size() || n + 1 > next.size()) {
      return false;
    }
    Token aux = next.token(n);
    boolean inverted = aux.isModal() || Lexicon.QUESTION_AUX.contains(aux.lowerWord());
    return inverted && aux.lowerWord().equals(prev.token(p).lowerWord())
        && next.token(n + 1).lowerWord().equals(prev.token(p + 1).lowerWord());
  }

  /**
   * The first token that is no discourse opener or punctuation, or 0; a first word set off
   * by a comma ("Like, was it ...?") counts as an opener.
   */
  private static int lead(Sentence s) {
    for (Token t : s.tokens()) {
      boolean setOff = t.index() == 1 && s.size() > 1 && s.token(2).word().equals(",");
      if (!t.isPunct() && !setOff && !Lexicon.OPENERS.contains(t.lowerWord())) {
        return t.index();
      }
    }
    return 0;
  }

  /**
   * "Is there any conflict in applying to both tracks? Of course the choice is theirs. I am
   * just curious what options are available now.": a doubt stated without a question mark
   * after a question, at most one sentence on, in the same paragraph, says again what the
   * question asks. A doubt about why ("I'm not sure why that couldn't count as a fix.") argues
   * a point of its own and stays apart.
   */
  private static boolean restatesAsDoubt(Asked next) {
    if (next.question().form() != QuestionForm.INDIRECT || mark(next.sentence()) > 0) {
      return false;
    }
    // "I'm not sure why a missing capability couldn't count as a fix.": a doubt about why
    // argues a point of its own
    for (Token t : next.sentence().tokens()) {
      if (t.lowerWord().equals("why")) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first "?" of {@code s}, or 0. */
  static int mark(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.word().equals("?")) {
        return t.index();
      }
    }
    return 0;
  }

  /**
   * "It seems there are no minutes after October? Are they missing, or were there no
   * meetings?", "What is the alternative? That a vote would decide it?": a statement that
   * only a question mark makes a question (no interrogative clause of its own) puts forward
   * a guess or an example of the question next to it in the paragraph, not a second one.
   * Both carry a question mark: a doubt stated without one ("I don't know how much control
   * they have.") stays a question of its own.
   */
  static boolean statedWithMark(Sentence s) {
    int q = mark(s);
    if (q == 0 || QuestionForms.interrogativeStart(s, q) >= 0) {
      return false;
    }
    // "Wouldn't --expire-all read better?": an opening auxiliary asks even when the parser
    // misreads what follows it
    for (Token t : s.tokens()) {
      if (t.isPunct() || Lexicon.OPENERS.contains(t.lowerWord())) {
        continue;
      }
      boolean wh = t.isWh() && !t.lowerWord().equals("that");
      return !(wh || t.isModal() || Lexicon.QUESTION_AUX.contains(t.lowerWord()));
    }
    return false;
  }

  /** "So what do I do?", "Two releases?": a lead that says nothing the next one does not. */
  private static boolean opensEmpty(Asked lead) {
    return Words.content(lead.sentence().text()).size() < 2 || !hasVerb(lead.sentence());
  }

  private static boolean paragraphBreak(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      return true; // offsets from another text: do not guess
    }
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (++newlines >= 2) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        newlines = 0;
      }
    }
    return false;
  }

  private static boolean hasVerb(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.isVerb() || t.isModal()) {
        return true;
      }
    }
    return false;
  }

  private static Asked join(List<Asked> run) {
    Asked lead = run.get(0);
    if (run.size() == 1) {
      return lead;
    }
    StringBuilder about = new StringBuilder(lead.question().about());
    Map<String, Response> responses = new LinkedHashMap<>();
    boolean answered = false;
    for (Asked a : run) {
      if (a != lead && !about.toString().contains(a.question().about())) {
        about.append(' ').append(a.question().about());
      }
      for (Response r : a.question().responses()) {
        responses.merge(r.in().value(), r, (x, y) -> y.resolves() && !x.resolves() ? y : x);
      }
      answered |= a.question().status() == QuestionStatus.ANSWERED;
    }
    QuestionStatus status = answered ? QuestionStatus.ANSWERED
        : responses.isEmpty() ? QuestionStatus.OPEN : QuestionStatus.RESPONDED_NOT_RESOLVED;
    // a lead with no content of its own ("So what do I do?") takes the form of what it asks
    QuestionForm form = opensEmpty(lead) ? run.get(1).question().form() : lead.question().form();
    Question q = lead.question();
    return new Asked(new Question(q.asker(), about.toString(), form, status,
        new ArrayList<>(responses.values()), q.evidence()), lead.turn(), lead.block(),
        lead.sentence());
  }
}
