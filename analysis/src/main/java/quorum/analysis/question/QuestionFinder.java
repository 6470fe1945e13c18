package quorum.analysis.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Evidences;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.mail.MessageKey;
import quorum.mail.Question;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * Finds the questions of a thread and settles their status from the replies.
 *
 * <p>A later block responds to a question when its anchor (the quote right above it) holds
 * the question sentence, or the quoted text the question itself answered. Inline replies
 * answer what sits right above them, so of several questions in one anchor a block responds
 * to the last, and to an earlier one only when it shares at least two content words with
 * it or the questions from it to the last make one run of a paragraph ("Do you have patches
 * today? Why not send them already? Why wait till December?"). A later message by the asker that shares two content words with the question, without
 * quoting it, re-asks it (a response that does not settle it). A question with no content of
 * its own ("Thoughts?") is answered by any other participant's direct reply to its message,
 * and a block under a quote that ends with it still answers the questions quoted above it.
 * A block under a quote of the asker's restatement of the question elsewhere in the message
 * ("Perhaps the first step is to have maintainers split up their work.") responds to it.
 *
 * <p>A reply in another branch of the thread answers a question when a block of it opens by
 * taking up most of the question's words ("Doesn't this confuse device probe with loading the
 * driver?" gets "Probe is independent of a driver loading, by design." in a reply to the
 * original post): people answer a point made elsewhere in their own reply to the root.
 *
 * <p>Of several blocks of one reply that respond to a question, the one under the question
 * itself speaks for the reply ("Agreed." under the paragraph before it agrees with that
 * paragraph; the answer follows under the question).
 *
 * <p>Only a reply anchored right under the question can settle it: a direct reply to its
 * message, a reply that quotes it first-hand (one quote level, as a reply merging two
 * reviews does), or a reply by the participant it was put to. A reply further down the
 * branch whose quotes carry the question along ("&gt;&gt; Why ...? / &gt; Because ...") speaks
 * to the reply it follows: it responds without settling. A question put in the second person
 * to the author of the message it replies to ("Are you looking for ...?", "Do you know of
 * ...?") is settled by that person only ({@link Addressee}).
 * Under a reply that only deferred the question ("That has to be explored.") or under the
 * asker's own follow-up, a reply carrying the question along speaks to it and can settle it.
 *
 * <p>A response that opens with a short answer of the question's kind ("It does not.",
 * "Nothing, I think.": {@link ShortAnswer}) settles it. Otherwise a response settles a
 * question unless it is the asker's own, it carries a
 * non-resolving cue ("good question", "hoping we can clear up", "no strong opinion", "not
 * sure") without opening on a concession ("Exactly", "Right"), it opens (after a salutation
 * or a "Huh.") by asking back, it only rates what was asked ("Good to have this data.", "That
 * sounds great.") when the question is not a suggestion, it gives a bare "yes" to a
 * wh-question ({@link AnswerKind}), it opens on a course of its own put to a yes/no question
 * ("I'd much rather see ...": {@link CounterProposal}), or
 * it meets a suggestion with a suggestion of its own ({@link Settlement}). The asker's own
 * follow-up settles nothing, except when it takes an answer ("Fine, ..." under a quote of
 * another participant that takes up the question: {@link Acknowledgement}). A settled
 * question settles the one asked right next to it in the same paragraph when a direct reply
 * settled it and nothing took the other up alone.
 *
 * <p>A question the opener of the thread puts to everyone about what "we" should do ("How can
 * we fix that?", "Do we want to change that?") asks for the outcome of the discussion: replies
 * respond to it without settling it ({@link Deliberation}).
 *
 * <p>A question its asker answers at once in the next sentence of the paragraph ("...? No.",
 * "Why? It is expected."), or a list of questions each followed by the asker's own paragraph
 * ("- Who decides?" / "I'd say the maintainers." / "- Where is it written down?" / ...), is
 * rhetorical and settled ({@link SelfAnswer}). One the asker follows with "No idea, nobody
 * says." is rhetorical too, and stays open.
 *
 * <p>Text set off from the author's own (indented, or a quote the segmenter missed) asks
 * nothing, nor does a sentence copied from an earlier message's own text (a message
 * recovered from quotes, or sent twice); a run of questions in one paragraph that asks one thing is one question
 * ({@link QuestionSeries}).
 *
 * <p>A learned answered/open reader ({@link AnswerModel}) can weigh the rules' verdicts after
 * them; none ships (cross-validated on the development files it did not beat the rules), so
 * the rules decide unless {@value AnswerModel#OVERRIDE} names a model for an experiment.
 */
public final class QuestionFinder {
  private final QuestionForms forms = new QuestionForms();
  private final Settlement settlement = new Settlement();
  private final SelfAnswer selfAnswer = new SelfAnswer();
  private final Optional<AnswerModel> model;

  /** A finder with the learned answered/open reader in use ({@link AnswerModel#inUse}). */
  public QuestionFinder() {
    this(AnswerModel.inUse());
  }

  /** A finder with {@code model} weighing the rules' verdicts (empty: the rules alone). */
  public QuestionFinder(Optional<AnswerModel> model) {
    this.model = model;
  }

  public List<Asked> find(ThreadView view) {
    List<Asked> raw = new ArrayList<>();
    for (Turn t : view.turns()) {
      String own = ThreadView.ownText(t.message());
      for (Block b : t.blocks()) {
        List<Sentence> ss = b.sentences();
        boolean prevAsked = false;
        for (int i = 0; i < ss.size(); i++) {
          Sentence s = ss.get(i);
          boolean continuation = i > 0 && continuesAfterMark(ss.get(i - 1), s);
          if (continuation && !prevAsked || OthersText.holds(own, s) || copied(view, t, s)) {
            prevAsked = false;
            continue;
          }
          String own1 = about(s, i + 1 < ss.size() ? ss.get(i + 1) : null);
          // "Dave is doing another version. Dave, correct me if I'm wrong." asks the first
          String about = i > 0 && confirmsPrevious(s)
              ? ss.get(i - 1).text().replaceAll("\\s+", " ").strip() + " (" + own1 + ")" : own1;
          Optional<QuestionForm> form = forms.classify(s);
          prevAsked = form.isPresent();
          if (form.isEmpty()) {
            continue;
          }
          Sentence answer = selfAnswer.of(ss, i, own);
          if (answer == null) {
            answer = selfAnswer.inLayout(ss, i, own);
          }
          if (answer != null) {
            raw.add(new Asked(new Question(t.author(), about, QuestionForm.RHETORICAL,
                QuestionStatus.ANSWERED, List.of(new Response(t.author(), t.key(), true,
                    "answers it: " + answer.text().replaceAll("\\s+", " ").strip())),
                Evidences.of(t, b, s)), t, b, s));
            continue;
          }
          QuestionForm asked = selfAnswer.admitsNotKnowing(ss, i, own)
              ? QuestionForm.RHETORICAL : form.get();
          raw.add(new Asked(new Question(t.author(), about, asked,
              QuestionStatus.OPEN, List.of(), Evidences.of(t, b, s)), t, b, s));
        }
      }
    }
    List<Asked> out = new ArrayList<>();
    for (Asked a : raw) {
      List<Response> responses = new ArrayList<>(a.question().responses());
      List<Response> replies = responses(view, a, raw);
      if (Deliberation.asksTheGroup(view, a)) {
        // one participant's view does not settle what the group should do
        replies.replaceAll(r -> new Response(r.by(), r.in(), false, r.gist()));
      }
      responses.addAll(replies);
      QuestionStatus status = responses.stream().anyMatch(Response::resolves)
          ? QuestionStatus.ANSWERED
          : responses.isEmpty() ? QuestionStatus.OPEN : QuestionStatus.RESPONDED_NOT_RESOLVED;
      Question q = a.question();
      out.add(new Asked(new Question(q.asker(), q.about(), q.form(), status, responses,
          q.evidence()), a.turn(), a.block(), a.sentence()));
    }
    List<Asked> ruled = withAnsweredNeighbours(view, withOfferedAlternatives(QuestionSeries.merge(out)));
    return model.map(m -> m.apply(view, ruled)).orElse(ruled);
  }

  /**
   * "Would it be acceptable to send it as a fix? I'm not sure why a missing capability
   * couldn't count as one.": a reply to the asker's message that quotes one of two questions
   * asked next to each other in a paragraph, and settles it, answers the paragraph: the other
   * question, which no reply took up on its own, is settled with it.
   */
  private static List<Asked> withAnsweredNeighbours(ThreadView view, List<Asked> found) {
    List<Asked> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Asked a = out.get(i);
      if (!a.question().responses().isEmpty() || listItem(a.sentence())
          || a.question().form() == QuestionForm.RHETORICAL) {
        continue;
      }
      int at = a.block().sentences().indexOf(a.sentence());
      for (Asked b : found) {
        int bt = b.block().sentences().indexOf(b.sentence());
        if (b == a || b.block() != a.block() || Math.abs(bt - at) != 1
            || b.question().status() != QuestionStatus.ANSWERED
            || !sameParagraph(ThreadView.ownText(a.turn().message()), a.sentence(), b.sentence())) {
          continue;
        }
        List<Response> direct = new ArrayList<>();
        for (Response r : b.question().responses()) {
          boolean child = view.parent(r.in()).filter(a.turn().key()::equals).isPresent();
          if (r.resolves() && child) {
            direct.add(r);
          }
        }
        if (!direct.isEmpty()) {
          Question q = a.question();
          out.set(i, new Asked(new Question(q.asker(), q.about(), q.form(), QuestionStatus.ANSWERED,
              direct, q.evidence()), a.turn(), a.block(), a.sentence()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * "Do we really want another --prune option? Wouldn't --expire read better?": a challenge
   * followed at once (the next question of the block) by the alternative it offers is one
   * point; a reply that takes the alternative up settles the challenge too.
   */
  private static List<Asked> withOfferedAlternatives(List<Asked> found) {
    List<Asked> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Asked a = out.get(i);
      if (a.question().status() == QuestionStatus.ANSWERED) {
        continue;
      }
      // only the question right after it: one asked further on, after other questions, is a
      // point of its own (a list of questions for a meeting), not the alternative to this one
      Asked b = i + 1 < out.size() ? out.get(i + 1) : null;
      if (b != null && b.block() == a.block()
          && b.question().form() == QuestionForm.SUGGESTION_AS_QUESTION
          && b.question().status() == QuestionStatus.ANSWERED) {
        Question q = a.question();
        out.set(i, new Asked(new Question(q.asker(), q.about(), q.form(), QuestionStatus.ANSWERED,
            b.question().responses(), q.evidence()), a.turn(), a.block(), a.sentence()));
      }
    }
    return out;
  }

  /**
   * The question's text, with a trailing alternative that continues it in the next sentence
   * ("...a MUST? (or go with SHOULD otherwise)."), which the sentence splitter cut off.
   */
  private static String about(Sentence s, Sentence next) {
    String text = s.text().replaceAll("\\s+", " ").strip();
    if (next != null && !next.tokens().isEmpty()) {
      String w = next.token(1).lowerWord();
      boolean alternative = w.equals("(") || w.equals("-lrb-") || w.equals("or");
      if (alternative && next.size() <= 12) {
        return text + " " + next.text().replaceAll("\\s+", " ").strip();
      }
    }
    return text;
  }

  private List<Response> responses(ThreadView view, Asked a, List<Asked> all) {
    Map<String, Response> byMessage = new LinkedHashMap<>();
    Set<String> underQuestion = new HashSet<>();
    Set<String> qWords = Words.content(a.sentence().text());
    String qSquash = Words.squash(a.sentence().text());
    for (Turn r : view.turns()) {
      if (r.position() <= a.turn().position()) {
        continue;
      }
      boolean asker = r.author().sameAs(a.turn().author());
      boolean childOf = view.parent(r.key()).filter(a.turn().key()::equals).isPresent();
      boolean quoted = false;
      for (Block rb : r.blocks()) {
        if (rb.sentences().isEmpty()) {
          continue;
        }
        String anchor = Words.squash(rb.anchor());
        boolean quotedFirstHand = qSquash.split(" ").length >= 4 && anchor.contains(qSquash);
        // a question trimmed to a deeper quote ("&gt;&gt; Would that address your concern?")
        // counts in a reply to the answer it got, one level down
        String context = grandchild(view, r, a) ? Words.squash(QuoteContext.above(r, rb)) : anchor;
        if (context.isEmpty()) {
          continue;
        }
        boolean holdsQuestion = !qSquash.isEmpty() && context.contains(qSquash);
        if (holdsQuestion) {
          anchor = context;
        }
        boolean holdsItsAnchor = a.block().hasAnchor() && !asker && !anchor.isEmpty()
            && anchor.contains(lastLine(Words.squash(a.block().anchor())));
        boolean holdsItsParagraph = !asker && childOf
            && Addressing.quotesItsParagraph(anchor, a, all);
        if (!holdsQuestion && !holdsItsAnchor && !holdsItsParagraph) {
          continue;
        }
        if (holdsQuestion && !targets(rb, a, all, anchor)) {
          continue;
        }
        quoted = true;
        // the asker's own follow-up never settles it, nor does a reply further down the branch
        // that carries the question along in its quotes: it speaks to the reply it follows,
        // unless that reply only deferred the question or was the asker's own
        boolean settles = !asker
            && (childOf || quotedFirstHand || putTo(view, a, r) || followsDeferral(view, a, r, byMessage))
            && answerable(view, a, r)
            && resolves(rb, a)
            && (!listItem(a.sentence()) || settlesItem(rb, a.sentence(), qWords));
        // the block right under the question speaks for its message, not one under the
        // paragraph before it ("> ...faulty device. / Agreed." then "> What would you expect? /
        // I am looking to propagate the error ...")
        Response response = new Response(r.author(), r.key(), settles, gist(rb));
        if (holdsQuestion && underQuestion.add(r.key().value())) {
          byMessage.put(r.key().value(), response);
        } else {
          byMessage.putIfAbsent(r.key().value(), response);
        }
      }
      if (quoted) {
        continue;
      }
      if (asker) {
        Response thanked = Acknowledgement.of(view, r, a);
        if (thanked != null) {
          byMessage.putIfAbsent(thanked.in().value(), thanked);
          continue;
        }
        String again = descendant(view, r, a) ? askedAgain(r, qWords) : null;
        if (again != null) {
          byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(), false,
              "asks again: " + again));
        }
        continue;
      }
      if (forAll(a) && !r.blocks().isEmpty() && childOf) {
        // "Thoughts?" asks for any view on the message; a reply to it gives one
        byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(), true,
            gist(r.blocks().get(0))));
        continue;
      }
      Block named = Addressing.naming(r, a);
      if (named != null) {
        byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(),
            resolves(named, a), gist(named)));
        continue;
      }
      if (childOf && Addressing.plainReply(r, a, all)) {
        Block first = r.blocks().get(0);
        byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(),
            resolves(first, a) && answerable(view, a, r), gist(first)));
        continue;
      }
      Block near = Addressing.nearby(r, a, all);
      if (near != null) {
        byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(),
            resolves(near, a), gist(near)));
        continue;
      }
      Block restated = Addressing.restating(r, a);
      if (restated != null) {
        byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(),
            resolves(restated, a) && answerable(view, a, r), gist(restated)));
        continue;
      }
      Block elsewhere = descendant(view, r, a) ? null : Addressing.takingUp(r, a);
      if (elsewhere != null) {
        byMessage.putIfAbsent(r.key().value(), new Response(r.author(), r.key(),
            resolves(elsewhere, a) && answerable(view, a, r), gist(elsewhere)));
      }
    }
    return new ArrayList<>(byMessage.values());
  }

  /**
   * Whether {@code s} copies an earlier message's own text: a message recovered from quotes,
   * or sent twice from another address, repeats a question already asked there ("&gt; ... before
   * we have to worry about it?" attributed to the wrong writer). Four words at least, so a
   * short "Why?" asked again still asks.
   */
  private static boolean copied(ThreadView view, Turn t, Sentence s) {
    String squashed = Words.squash(s.text());
    if (squashed.split(" ").length < 4) {
      return false;
    }
    for (Turn earlier : view.turns()) {
      if (earlier.position() >= t.position()) {
        break;
      }
      if (Words.squash(ThreadView.ownText(earlier.message())).contains(squashed)) {
        return true;
      }
    }
    return false;
  }

  /** A bare "Dave, correct me if I'm wrong.": it asks about the sentence before it. */
  private static boolean confirmsPrevious(Sentence s) {
    return QuestionForms.asksToConfirm(s) && Words.content(s.text()).size() <= 3;
  }

  /** Whether no blank line parts two sentences of the own text {@code own}. */
  static boolean sameParagraph(String own, Sentence x, Sentence y) {
    int from = Math.min(x.end(), y.end());
    int to = Math.max(x.begin(), y.begin());
    if (from < 0 || to > own.length() || from > to) {
      return false;
    }
    String between = own.substring(from, to).replace(" ", "").replace("\t", "");
    return !between.contains("\n\n");
  }

  /**
   * "... is this page anonymous? is it file?": a sentence the splitter cut at a "?" that goes
   * on in lower case continues the one before, and asks only if that one did.
   */
  static boolean continuesAfterMark(Sentence prev, Sentence s) {
    String p = prev.text().strip();
    String t = s.text().strip();
    return p.endsWith("?") && !t.isEmpty() && Character.isLowerCase(t.charAt(0));
  }

  /**
   * The asker's later sentence that takes the question up again ("Just trying to clarify what
   * that decision is."): one sentence sharing two content words with it. Counted per sentence,
   * not over the whole message, so a prolific asker's later remarks ("Good idea.", "I think so,
   * yes.") in a long message that happens to share words are not listed as responses.
   */
  private static String askedAgain(Turn r, Set<String> qWords) {
    for (Block b : r.blocks()) {
      for (Sentence s : b.sentences()) {
        String t = s.text().replaceAll("\\s+", " ").strip();
        if (Words.overlap(Words.content(t), qWords) >= 2) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code r} is by the participant the question was put to: the author of the message
   * the asker replied to.
   */
  private static boolean putTo(ThreadView view, Asked a, Turn r) {
    return view.parent(a.turn().key()).flatMap(view::turn)
        .filter(t -> t.author().sameAs(r.author())).isPresent();
  }

  /**
   * Whether {@code r}'s author can settle {@code a}: anyone, except for a question put in the
   * second person to the author of the message it replies to ("Are you looking for ...?", "Do
   * you know of a rule I could read?"), which only that person can.
   */
  private static boolean answerable(ThreadView view, Asked a, Turn r) {
    return view.parent(a.turn().key()).isEmpty() || putTo(view, a, r)
        || !Addressee.putToThem(a.sentence());
  }

  /** Whether {@code r} sits in the branch below the question's message. */
  private static boolean descendant(ThreadView view, Turn r, Asked a) {
    Optional<MessageKey> up = view.parent(r.key());
    for (int hops = 0; up.isPresent() && hops <= view.turns().size(); hops++) {
      if (up.get().equals(a.turn().key())) {
        return true;
      }
      up = view.parent(up.get());
    }
    return false;
  }

  /**
   * Whether {@code r} replies to a message that took the question up and left it open: one
   * that only deferred it ("That has to be explored.") or the asker's own follow-up. A reply there
   * that carries the question along in its quotes speaks to the question still open; under a
   * reply that asked back or argued a point of its own it speaks to that reply.
   */
  private boolean followsDeferral(ThreadView view, Asked a, Turn r, Map<String, Response> byMessage) {
    Optional<Turn> parent = view.parent(r.key()).flatMap(view::turn);
    if (parent.isEmpty()) {
      return false;
    }
    Response took = byMessage.get(parent.get().key().value());
    if (took == null || took.resolves()) {
      return false;
    }
    if (parent.get().author().sameAs(a.turn().author())) {
      return true;
    }
    for (Block b : parent.get().blocks()) {
      if (settlement.onlyDefers(b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean grandchild(ThreadView view, Turn r, Asked a) {
    return view.parent(r.key()).flatMap(view::parent).filter(a.turn().key()::equals).isPresent();
  }

  /**
   * "Thoughts?", "Comments?", "Objections?": a question with fewer than two content words
   * asks everyone for a view on the message it ends, not something a quote can single out.
   */
  static boolean forAll(Asked a) {
    return Words.content(a.sentence().text()).size() < 2;
  }

  /** "* What work is left?", "- how could we ...?", "2. Which tests?": an item of a list. */
  static boolean listItem(Sentence s) {
    String t = s.text().strip();
    if (t.startsWith("*") || t.startsWith("-") || t.startsWith("\u2022")) {
      return true;
    }
    int i = 0;
    while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
      i++;
    }
    return i > 0 && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')');
  }

  /**
   * One item of a quoted list of questions (an agenda) is settled only by a reply that speaks
   * to that item at once: its first two sentences share two content words with it, or its
   * first sentence answers in the item's kind ("When they do ..." to "- When do ...?").
   * "Agreed on all points." over a long reply under the whole list settles no item.
   */
  private static boolean settlesItem(Block rb, Sentence item, Set<String> q) {
    List<Sentence> ss = Settlement.withoutSalutation(rb.sentences());
    if (!ss.isEmpty() && AnswerKind.answersInKind(item, ss.get(0))) {
      return true;
    }
    StringBuilder opening = new StringBuilder();
    for (int i = 0; i < Math.min(2, ss.size()); i++) {
      opening.append(ss.get(i).text()).append(' ');
    }
    return Words.overlap(Words.content(opening.toString()), q) >= 2;
  }

  /** The last 8 words of a squashed anchor: what a reply under the same quote also holds. */
  private static String lastLine(String squashed) {
    String[] w = squashed.split(" ");
    if (w.length < 4) {
      return "\u0000"; // too short to tell one quote from another
    }
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, w.length - 8); i < w.length; i++) {
      sb.append(sb.length() == 0 ? "" : " ").append(w[i]);
    }
    return sb.toString();
  }

  /**
   * Whether {@code later} follows {@code a} in one run of questions: the same paragraph,
   * with only questions from {@code a} to it ("Do you have patches today? Why not send them
   * already? Why wait till December?"). A reply under the whole run answers the run.
   */
  private static boolean sameRun(Asked a, Asked later, List<Asked> all) {
    if (later.block() != a.block() || listItem(a.sentence()) || listItem(later.sentence())) {
      return false;
    }
    List<Sentence> ss = a.block().sentences();
    int from = ss.indexOf(a.sentence());
    int to = ss.indexOf(later.sentence());
    String own = ThreadView.ownText(a.turn().message());
    for (int i = from + 1; i <= to; i++) {
      Sentence s = ss.get(i);
      boolean asked = false;
      for (Asked o : all) {
        asked |= o.sentence() == s;
      }
      if (!asked || !sameParagraph(own, ss.get(i - 1), s)) {
        return false;
      }
    }
    return from >= 0 && to > from;
  }

  /**
   * Whether {@code rb} answers {@code a} rather than another question quoted after it. A
   * closing "Thoughts?" asks for views on everything above it, so it takes no reply away from
   * the questions it closes.
   */
  private static boolean targets(Block rb, Asked a, List<Asked> all, String anchor) {
    int mine = anchor.lastIndexOf(Words.squash(a.sentence().text()));
    for (Asked other : all) {
      if (other == a || other.question().form() == QuestionForm.RHETORICAL || forAll(other)
          || !other.turn().key().equals(a.turn().key())) {
        continue;
      }
      int theirs = anchor.lastIndexOf(Words.squash(other.sentence().text()));
      if (theirs > mine && !sameRun(a, other, all)) {
        Set<String> reply = Words.content(text(rb));
        return Words.overlap(reply, Words.content(a.sentence().text())) >= 2;
      }
    }
    return true;
  }

  private boolean resolves(Block rb, Asked a) {
    if (a.question().form() == QuestionForm.SUGGESTION_AS_QUESTION && counters(rb)) {
      return false;
    }
    return settlement.settles(rb, a.sentence());
  }

  /**
   * "They called it wiki and etherpad ... could we use such tools today?" in reply to "Perhaps
   * a git repository would do?": a suggestion answered with another suggestion is contested,
   * not taken up.
   */
  private boolean counters(Block rb) {
    for (Sentence s : rb.sentences()) {
      if (forms.classify(s).filter(f -> f == QuestionForm.SUGGESTION_AS_QUESTION).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static String text(Block b) {
    StringBuilder sb = new StringBuilder();
    for (Sentence s : b.sentences()) {
      sb.append(s.text()).append(' ');
    }
    return sb.toString();
  }

  /** The reply's first sentence after a salutation ("Hi Konstantin," says nothing of it). */
  static String gist(Block b) {
    List<Sentence> ss = Settlement.withoutSalutation(b.sentences());
    if (ss.isEmpty()) {
      ss = b.sentences();
    }
    return ss.isEmpty() ? "" : ss.get(0).text().replaceAll("\\s+", " ").strip();
  }
}
