package quorum.analysis.question;

import java.util.List;
import java.util.Optional;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.QuestionForm;

/**
 * Decides whether one sentence asks something and how. Rules, in order:
 * <ol>
 *   <li>rhetorical: a fixed rhetorical phrase, a second-person yes/no question with a
 *       negated conjunct ("Did you check ... and didn't find ...?"), a negated tag ("...,
 *       isn't it?") or "be" opener ("Isn't that what X is for?"), "is it really ...?", a
 *       negated why ("why can't we ...?"), or a why/how put after a condition ("If X is easy,
 *       how do we keep getting it wrong?");</li>
 *   <li>suggestion-as-question: a question opening with a subjectless or negated modal
 *       ("Might be worth it to ...?", "Wouldn't X read better?"), a modal question offering
 *       an alternative ("... instead of ...?"), one led by "perhaps"/"maybe" or with a hedge
 *       right before a modal ("So maybe the vote could be earlier?"), one asking whether "we"
 *       want or need something ("Do we need a policy on X?"), or a proposing phrase ("why
 *       not", "how about", "should we", "worth"; in a wh-question only at its start: "What
 *       process should we use?" asks);</li>
 *   <li>direct: a question mark closing a clause with interrogative syntax (wh-word or
 *       inverted auxiliary), or ending a full sentence; a "?" inside a parenthetical fragment
 *       ("(and probably the kernel too?)") marks doubt, not a question, an auxiliary
 *       with only its subject ("Are they?", "Would the maintainer?") echoes a claim in
 *       doubt, and a question quoted as the complement of a noun ('a by-product of "what do
 *       you need it for?"') or reported ("the split asks: are you a user?") is named, not
 *       put;</li>
 *   <li>indirect: no question mark, a first-person uncertainty predicate followed by a
 *       wh-word or if/whether ("I'm not sure why it exists", "I wonder whether"; not a doubt
 *       conceded before ", but" and a claim: "I'm not sure X is possible, but ..."), or a request
 *       to confirm or decide the point just made ("correct me if I'm wrong", "..., let me
 *       know.").</li>
 * </ol>
 */
public final class QuestionForms {
  public Optional<QuestionForm> classify(Sentence s) {
    int q = questionMark(s);
    if (q > 0 && (insideQuotation(s, q) || reported(s, q))) {
      return Optional.empty();
    }
    if (q > 0 && echoesClaim(s, q)) {
      return Optional.empty();
    }
    if (q > 0) {
      int start = interrogativeStart(s, q);
      boolean parenthetical = inParentheses(s, q);
      if (start < 0 && (parenthetical || q < s.size() - 1 && !closesSentence(s, q))) {
        return Optional.empty();
      }
      if (isRhetorical(s, start)) {
        return Optional.of(QuestionForm.RHETORICAL);
      }
      if (isSuggestion(s, start)) {
        return Optional.of(QuestionForm.SUGGESTION_AS_QUESTION);
      }
      return Optional.of(QuestionForm.DIRECT);
    }
    if (asksToConfirm(s)) {
      return Optional.of(QuestionForm.INDIRECT);
    }
    if (proposesWithoutMark(s)) {
      return Optional.of(QuestionForm.SUGGESTION_AS_QUESTION);
    }
    if (asksWithoutMark(s)) {
      return Optional.of(QuestionForm.DIRECT);
    }
    return isIndirect(s) ? Optional.of(QuestionForm.INDIRECT) : Optional.empty();
  }

  private static boolean isQuoteMark(Token t) {
    String w = t.word();
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("'");
  }

  /**
   * 'where we're asking "Is this file?': a "?" inside a quotation that a reporting verb opens
   * within the author's own sentence is someone else's question ("Don't suggest ...?" quoted
   * whole is the author's own), in double or single quotes ("it tells you 'need an entry?'"),
   * and a quotation right after an article is a title ('a "Who Maintains What?" session').
   */
  private static boolean insideQuotation(Sentence s, int q) {
    boolean open = false;
    int openedAt = 0;
    for (int i = 1; i < q; i++) {
      String w = s.token(i).word();
      if (s.token(i).tag().equals("POS")) {
        continue; // "James' thread": a possessive, no quotation
      }
      boolean straight = w.equals("\"") || w.equals("'"); // opens or closes
      if (w.equals("``") || w.equals("`") || straight && !open) {
        open = true;
        openedAt = i;
      } else if (w.equals("''") || straight) {
        open = false;
      }
    }
    if (!open || openedAt <= 1) {
      return false;
    }
    // 'in preparation for a "Are Maintainers Happy?" session': a quotation an article opens
    // is the name of a talk or a page, not a question put to anyone
    String before = s.token(openedAt - 1).lowerWord();
    if (before.equals("a") || before.equals("an") || before.equals("the")) {
      return true;
    }
    // 'a by-product of "what do you need space for?"', 'along the lines "you think you can do
    // better?"': a quotation that completes a noun is named, not put to anyone ('will be met by
    // "how is this different?"' is a question the writer expects and wants answered)
    if (before.equals("of") || s.token(openedAt - 1).tag().startsWith("NN")) {
      return true;
    }
    // 'the argument would be, "why not merge it?"' voices the author's own point
    for (int i = Math.max(1, openedAt - 2); i < openedAt; i++) {
      if (REPORTING.contains(s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that report someone else's words. */
  private static final java.util.Set<String> REPORTING = java.util.Set.of("ask", "say", "wonder",
      "tell", "write", "reply");

  /**
   * "Dave, correct me if I'm wrong.", "I'm happy to apply this version as is, let me know.":
   * a request to confirm or decide the point just made asks without a question mark. "Let me
   * know if you have questions" closes a mail and asks nothing: "let me know" counts only at
   * the end of a sentence that says something before it.
   */
  static boolean asksToConfirm(Sentence s) {
    if (s.findLemmas(CORRECT_ME) > 0) {
      return true;
    }
    int at = s.findLemmas(LET_ME_KNOW);
    if (at < 3) {
      return false;
    }
    for (int i = at + LET_ME_KNOW.size(); i <= s.size(); i++) {
      if (!s.token(i).isPunct()) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> CORRECT_ME = List.of("correct", "I", "if", "I", "be", "wrong");
  private static final List<String> LET_ME_KNOW = List.of("let", "I", "know");

  /**
   * "rmap.c, which is constantly asking is this page anonymous?", "the split essentially asks:
   * are you a user or a developer?": a question reported. After a colon the writer's own "So I
   * ask again: why is it needed?" still asks.
   */
  private static boolean reported(Sentence s, int q) {
    for (int i = 2; i + 1 < q; i++) {
      Token t = s.token(i);
      boolean colon = s.token(i + 1).word().equals(":") && i + 2 < q;
      Token next = s.token(colon ? i + 2 : i + 1);
      if (t.lower().equals("ask") && t.isVerb() && (next.isWh() || next.isModal()
          || Lexicon.QUESTION_AUX.contains(next.lowerWord())) && !(colon && askedByWriter(s, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether "I", "we" or "let me" comes right before the "ask" at {@code i}: the writer asks. */
  private static boolean askedByWriter(Sentence s, int i) {
    for (int k = Math.max(1, i - 3); k < i; k++) {
      String w = s.token(k).lowerWord();
      if (w.equals("i") || w.equals("we") || w.equals("me") || w.equals("us")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "What about doing an annual probe mail to all maintainers.": a proposal opened by "what
   * about" or "how about" asks even when the writer forgot the question mark.
   */
  private static boolean proposesWithoutMark(Sentence s) {
    int lead = lead(s);
    if (lead < 1 || lead + 3 > s.size()) {
      return false;
    }
    String w = s.token(lead).lowerWord();
    return (w.equals("what") || w.equals("how")) && s.token(lead + 1).lowerWord().equals("about");
  }

  /**
   * "How would you see this being different from a hierarchy.": "how" or "why" followed by
   * an inverted auxiliary opens a question whatever ends it ("what would help is ..." is a
   * free relative, so "what" does not count).
   */
  private static boolean asksWithoutMark(Sentence s) {
    int lead = lead(s);
    if (lead < 1 || lead + 2 > s.size()) {
      return false;
    }
    String w = s.token(lead).lowerWord();
    Token aux = s.token(lead + 1);
    boolean inverted = aux.isModal() || aux.lower().equals("do");
    // a heading ("How will it look ----") is no sentence: it must end like one
    return (w.equals("how") || w.equals("why")) && inverted && !s.token(lead + 2).isPunct()
        && s.token(s.size()).word().equals(".");
  }

  /** The index of the first "?" token, or 0. */
  private static int questionMark(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.word().equals("?") || t.word().endsWith("?") && t.isPunct()) {
        return t.index();
      }
    }
    return 0;
  }

  private static boolean closesSentence(Sentence s, int q) {
    for (int i = q + 1; i <= s.size(); i++) {
      if (!s.token(i).isPunct()) {
        return false;
      }
    }
    return true;
  }

  private static boolean inParentheses(Sentence s, int q) {
    for (int i = q - 1; i >= 1; i--) {
      String w = s.token(i).word();
      if (w.equals("(") || w.equals("-LRB-")) {
        return true;
      }
      if (w.equals(")") || w.equals("-RRB-")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The first token of an interrogative clause before {@code q}: at the sentence start or
   * after a comma, semicolon, colon or parenthesis, discourse openers skipped; -1 if none.
   */
  static int interrogativeStart(Sentence s, int q) {
    for (int i = 1; i < q; i++) {
      boolean clauseStart = i == 1 || isBoundary(s.token(i - 1));
      if (!clauseStart) {
        continue;
      }
      int j = i;
      while (j < q && (Lexicon.OPENERS.contains(s.token(j).lowerWord()) || s.token(j).isPunct())) {
        j++;
      }
      if (j < q && isInterrogative(s, j, q)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isBoundary(Token t) {
    String w = t.word();
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals("-LRB-")
        || w.equals("--") || w.equals("-");
  }

  private static boolean isInterrogative(Sentence s, int j, int q) {
    Token t = s.token(j);
    if (t.isWh() && !t.lowerWord().equals("that")) {
      return true;
    }
    if (t.isModal() || Lexicon.QUESTION_AUX.contains(t.lowerWord())) {
      if (t.isModal() && j + 1 < q && s.token(j + 1).isVerb()) {
        return true; // subjectless modal: "Might be worth it ...?"
      }
      for (int k = j + 1; k < Math.min(q, j + 4); k++) {
        String tag = s.token(k).tag();
        if (tag.equals("PRP") || tag.equals("EX") || tag.startsWith("NN") || tag.equals("DT")) {
          return true;
        }
        if (!tag.equals("RB") && !tag.equals("JJ") && !tag.equals("PRP$") && !isQuoteMark(s.token(k))) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean isRhetorical(Sentence s, int start) {
    for (List<String> p : Lexicon.RHETORICAL) {
      if (s.findLemmas(p) > 0) {
        return true;
      }
    }

    if (tagQuestion(s)) {
      return true;
    }
    if (start < 1) {
      return false;
    }
    if (negatedWhy(s, start) || afterCondition(s, start) || reallyBe(s, start)
        || negatedBe(s, start)) {
      return true;
    }
    Token first = s.token(start);
    boolean secondPerson = start + 1 <= s.size() && s.token(start + 1).lowerWord().equals("you");
    if (!secondPerson || !(first.lower().equals("do") || first.lower().equals("have"))) {
      return false;
    }
    for (int i = start + 2; i <= s.size(); i++) {
      if (s.token(i).isVerb() && s.isNegated(i)) {
        return true; // "Did you do X and didn't find Y?"
      }
    }
    return false;
  }

  /** "This is a technical issue, isn't it?": a statement with a negated tag asks for assent. */
  static boolean tagQuestion(Sentence s) {
    int q = questionMark(s);
    if (q < 4) {
      return false;
    }
    Token aux = s.token(q - 3);
    return (aux.lower().equals("be") || aux.lower().equals("do") || aux.isModal())
        && isNot(s.token(q - 2)) && s.token(q - 1).tag().equals("PRP");
  }

  /**
   * "Why can't we delete it?", "why shouldn't we merge it?": an argument, not a request
   * ("Why can't this wait?" asks for the reason).
   */
  private static boolean negatedWhy(Sentence s, int start) {
    return s.token(start).lowerWord().equals("why") && start + 2 <= s.size()
        && (s.token(start + 1).isModal() || Lexicon.QUESTION_AUX.contains(s.token(start + 1).lower()))
        && isNot(s.token(start + 2)) && start + 3 <= s.size()
        && (s.token(start + 3).lowerWord().equals("we") || s.token(start + 3).lowerWord().equals("you"));
  }

  /** "If the list is easy, how do we keep getting it wrong?": a wh-question put after a condition. */
  private static boolean afterCondition(Sentence s, int start) {
    String w = s.token(start).lowerWord();
    if (!w.equals("why") && !w.equals("how")) {
      return false;
    }
    for (int i = 1; i < start; i++) {
      String x = s.token(i).lowerWord();
      if (x.equals("if")) {
        return true;
      }
      if (!Lexicon.OPENERS.contains(x) && !s.token(i).isPunct()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Is it really any surprise?", "is that really such a tragedy?": a yes/no "be" that
   * grades with "really such/any/so" ("is this really something ...?" still asks).
   */
  private static boolean reallyBe(Sentence s, int start) {
    if (!s.token(start).lower().equals("be")) {
      return false;
    }
    for (int i = start + 1; i + 1 <= Math.min(s.size(), start + 3); i++) {
      String next = s.token(i + 1).lowerWord();
      if (s.token(i).lowerWord().equals("really") && (next.equals("such") || next.equals("any")
          || next.equals("so"))) {
        return true;
      }
    }
    return false;
  }

  /** "Isn't that what the file is for?", "..., isn't it?": a negated "be" asks for assent. */
  private static boolean negatedBe(Sentence s, int start) {
    if (!s.token(start).lower().equals("be") || start + 1 > s.size() || !isNot(s.token(start + 1))) {
      return false;
    }
    // "Isn't it (about) time we ...?" proposes
    for (int i = start + 2; i <= Math.min(s.size(), start + 4); i++) {
      if (s.token(i).lowerWord().equals("time")) {
        return false;
      }
    }
    return true;
  }

  /** The first token that is no discourse opener or punctuation, or 0. */
  private static int lead(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.isPunct() && !Lexicon.OPENERS.contains(t.lowerWord())) {
        return t.index();
      }
    }
    return 0;
  }

  private static boolean negatedOffer(Sentence s, int i) {
    String w = s.token(i).lowerWord();
    boolean offering = w.equals("would") || w.equals("should") || w.equals("could")
        || w.equals("can") || w.equals("ca");
    return offering && i + 1 <= s.size() && isNot(s.token(i + 1));
  }

  private static boolean isSuggestion(Sentence s, int start) {
    int lead = lead(s);
    if (hedgedModal(s, start) || asksWhatWeWant(s, start)) {
      return true;
    }
    if (lead >= 1 && negatedOffer(s, lead)) {
      return true; // "Wouldn't X read better?", "Shouldn't that be a SHOULD?"
    }
    if (start >= 1 && !s.token(start).isWh()) {
      Token first = s.token(start);
      if (first.isModal() && (s.findLemmas(List.of("instead", "of")) > start
          || s.findLemmas(List.of("rather", "than")) > start)) {
        return true; // "Could it stay until 2.0 instead of going away?"
      }
    }
    String opener = s.size() > 0 ? s.token(1).lowerWord() : "";
    if ((opener.equals("perhaps") || opener.equals("maybe"))
        && (start < 1 || start > 1 && !s.token(start).isWh())) {
      return true; // "Perhaps the script can be taught to skip it?"
    }
    if (start >= 1) {
      Token first = s.token(start);
      if (first.isModal() && start + 1 <= s.size() && s.token(start + 1).isVerb()) {
        return true;
      }
      if (first.isModal() && start + 1 <= s.size()
          && List.of("we", "it", "i").contains(s.token(start + 1).lowerWord())
          && !first.lowerWord().equals("will") && !first.lowerWord().equals("must")) {
        return true;
      }
    }
    boolean wh = start >= 1 && s.token(start).isWh();
    for (List<String> p : Lexicon.SUGGESTION_QUESTION) {
      int at = s.findLemmas(p);
      // in a wh-question only an opening "why not", "how about" proposes: "What process
      // should we use?" asks
      if (at > 0 && (start < 1 || at >= start) && (!wh || at == start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndirect(Sentence s) {
    for (Token t : s.tokens()) {
      String l = t.lower();
      boolean negated = Lexicon.UNCERTAIN_NEGATED.contains(l) && (s.isNegated(t.index())
          || t.index() > 1 && isNot(s.token(t.index() - 1))
          || t.index() > 2 && isNot(s.token(t.index() - 2)));
      boolean plain = Lexicon.UNCERTAIN_PLAIN.contains(l) || Lexicon.UNCERTAIN_PLAIN.contains(t.lowerWord());
      if ((negated || plain) && followedByWh(s, t.index())
          && (firstPersonOrExpletive(s, t.index()) || elidedSubject(s, t.index()))) {
        return !hedgesClaim(s, t.index());
      }
    }
    return false;
  }

  /**
   * "I'm not sure if full standardization is possible, but any step would help.", "I wonder
   * if I'm stating the obvious, but this needs experts.": a doubt conceded before ", but" and
   * a claim of the writer's own hedges that claim; it asks nobody. A doubt after the "but"
   * ("..., but I don't know whether it works") still asks, and so does one whose clause
   * ends first ("It's not clear whether X applies to old code; the hunk suggests it, but it
   * doesn't say so."): that "but" qualifies the reasoning, not the doubt.
   */
  static boolean hedgesClaim(Sentence s, int predicate) {
    for (int i = predicate + 2; i + 3 <= s.size(); i++) {
      String w = s.token(i).word();
      if (w.equals(";") || w.equals(":") || w.equals("--")) {
        return false;
      }
      if (!s.token(i).lowerWord().equals("but") || !s.token(i - 1).word().equals(",")) {
        continue;
      }
      for (int k = i + 1; k <= s.size(); k++) {
        String l = s.token(k).lower();
        boolean doubt = Lexicon.UNCERTAIN_PLAIN.contains(l) || Lexicon.UNCERTAIN_NEGATED.contains(l);
        if (doubt && followedByWh(s, k)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isNot(Token t) {
    return t.lowerWord().equals("not") || t.lowerWord().equals("n't");
  }

  /** "Not sure if that is a useful direction.": the "I'm" left out. */
  private static boolean elidedSubject(Sentence s, int i) {
    for (int k = 1; k < i; k++) {
      Token t = s.token(k);
      if (!t.isPunct() && !isNot(t) && !Lexicon.OPENERS.contains(t.lowerWord())) {
        return false;
      }
    }
    return i > 1 && isNot(s.token(i - 1));
  }

  private static boolean followedByWh(Sentence s, int i) {
    for (int k = i + 1; k <= Math.min(s.size(), i + 3); k++) {
      String w = s.token(k).lowerWord();
      if (Lexicon.WH.contains(w)) {
        return true;
      }
      // "not clear to me whether", "not sure about how"
      boolean toMe = w.equals("to") && k + 1 <= s.size()
          && List.of("me", "us").contains(s.token(k + 1).lowerWord());
      if (toMe) {
        k++;
        continue;
      }
      if (!w.equals("about") && !w.equals("of") && !w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean firstPersonOrExpletive(Sentence s, int i) {
    for (int k = Math.max(1, i - 4); k < i; k++) {
      String w = s.token(k).lowerWord();
      if (w.equals("i") || w.equals("we") || w.equals("it") || w.equals("'m") || w.equals("am")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Are they?", "Would the maintainer?", "Is it?": an auxiliary with no more than its subject
   * (no verb, adjective or adverb of its own) echoes the claim it answers in doubt; it puts
   * nothing new to anyone.
   */
  static boolean echoesClaim(Sentence s, int q) {
    int lead = lead(s);
    if (lead < 1 || lead >= q || !closesSentence(s, q)) {
      return false;
    }
    Token aux = s.token(lead);
    if (!aux.isModal() && !Lexicon.QUESTION_AUX.contains(aux.lowerWord())) {
      return false;
    }
    int words = 0;
    for (int i = lead + 1; i < q; i++) {
      Token t = s.token(i);
      if (t.isPunct()) {
        continue;
      }
      if (t.isVerb() || t.tag().startsWith("JJ") || t.tag().equals("RB") && !isNot(t)) {
        return false;
      }
      words++;
    }
    return words >= 1 && words <= 2;
  }

  /**
   * "So maybe the vote could be held a week earlier?", "..., maybe instead of dropping it we
   * could add a toggle?": a hedge followed closely by a modal proposes, wherever in the
   * sentence it stands. After an interrogative opening ("Do vendors maybe have an interest,
   * because it might help them?") the hedge only softens a question.
   */
  static boolean hedgedModal(Sentence s, int start) {
    int q = questionMark(s);
    for (int i = 1; i < q; i++) {
      String w = s.token(i).lowerWord();
      if (!w.equals("maybe") && !w.equals("perhaps") && !w.equals("possibly")) {
        continue;
      }
      if (start >= 1 && start < i) {
        return false;
      }
      for (int k = i + 1; k < Math.min(q, i + 8); k++) {
        if (s.token(k).isModal()) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * "Do we want a shared backport list?", "Do we need a policy on generated patches?": asking
   * whether the group wants or needs something puts it forward ("Do we really want ...?" is
   * rhetorical and read before).
   */
  private static boolean asksWhatWeWant(Sentence s, int start) {
    return start >= 1 && start + 2 <= s.size() && s.token(start).lower().equals("do")
        && s.token(start + 1).lowerWord().equals("we")
        && List.of("want", "need").contains(s.token(start + 2).lower());
  }
}
