package quorum.analysis.question;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.QuestionForm;

/**
 * How a later message can speak to a question without quoting it: by naming it ("To
 * Priya's question upthread about X: ...", "As for your question, ..."), or as a plain reply
 * to the question's message when that question is the one it asked (the only question
 * there) or the reply takes up its words, or as a reply under a quote of another part of
 * the asker's message (not another of its questions) that takes up most of its words, or as a
 * reply elsewhere in the thread that opens by taking up most of its words.
 */
final class Addressing {
  private Addressing() {}

  /**
   * The block of {@code r} that names the question: a sentence with "question" after the
   * asker's given name or "your", and at least one content word of the question.
   */
  static Block naming(Turn r, Asked a) {
    String given = givenName(a.question().asker().display());
    Set<String> q = Words.content(a.sentence().text());
    for (Block b : r.blocks()) {
      for (Sentence s : b.sentences()) {
        for (Token t : s.tokens()) {
          if (!t.lowerWord().equals("question") || t.index() < 2) {
            continue;
          }
          int i = t.index() - 1;
          if (s.token(i).lowerWord().equals("'s") && i > 1) {
            i--;
          }
          String owner = s.token(i).word();
          boolean named = owner.equalsIgnoreCase("your")
              || given.length() >= 3 && owner.equalsIgnoreCase(given);
          if (named && Words.overlap(Words.content(s.text()), q) >= 1) {
            return b;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code r}, a reply to the question's message that quotes nothing, speaks to
   * {@code a}: it was the only question asked there, or the reply shares two content words
   * with it.
   */
  static boolean plainReply(Turn r, Asked a, List<Asked> all) {
    for (Block b : r.blocks()) {
      if (b.hasAnchor()) {
        return false;
      }
    }
    if (r.blocks().isEmpty()) {
      return false;
    }
    long asked = all.stream().filter(o -> o.turn().key().equals(a.turn().key())
        && o.question().form() != QuestionForm.RHETORICAL).count();
    if (asked == 1) {
      return true;
    }
    StringBuilder sb = new StringBuilder();
    r.sentences().forEach(s -> sb.append(s.text()).append(' '));
    return Words.overlap(Words.content(sb.toString()), Words.content(a.sentence().text())) >= 2;
  }

  /**
   * The block of {@code r} that answers {@code a} under a quote of another part of the
   * asker's message: "Why churn working code? [...] It's also not clear whether the MUST
   * applies to existing code" gets "Nobody is proposing to churn anything: the MUST is for new
   * code, and existing code ..." under the first quote only. The block must share at least
   * three content words with the question, and a third of the question's. A quote that holds
   * another question of the asker's, in another paragraph, picks that one out: "&gt; 1. Does X
   * still work? ..." gets its answer, and the points 2 to 5 the reply left unquoted stay
   * unanswered. A question of the same paragraph (the next item of a list of questions) may be
   * answered together with the quoted one.
   */
  static Block nearby(Turn r, Asked a, List<Asked> all) {
    Set<String> q = Words.content(a.sentence().text());
    for (Block b : r.blocks()) {
      if (!b.anchorFrom().filter(a.turn().key()::equals).isPresent()
          || quotesAnotherQuestion(b, a, all)) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      b.sentences().forEach(s -> sb.append(s.text()).append(' '));
      int shared = Words.overlap(Words.content(sb.toString()), q);
      if (shared >= 3 && 3 * shared >= q.size()) {
        return b;
      }
    }
    return null;
  }

  /**
   * Whether {@code b}'s quote holds a question of {@code a}'s message, other than {@code a}, in
   * another paragraph.
   */
  private static boolean quotesAnotherQuestion(Block b, Asked a, List<Asked> all) {
    String anchor = Words.squash(b.anchor());
    String own = ThreadView.ownText(a.turn().message());
    for (Asked o : all) {
      if (o == a || !o.turn().key().equals(a.turn().key())
          || o.question().form() == QuestionForm.RHETORICAL
          || o.block() == a.block()
              && QuestionFinder.sameParagraph(own, o.sentence(), a.sentence())) {
        continue;
      }
      String asked = Words.squash(o.sentence().text());
      if (!asked.isEmpty() && anchor.contains(asked)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The block of {@code r} that opens by taking up the question: its first two sentences
   * (after a salutation) share at least three content words with it, and half of the
   * question's. For a reply outside the question's branch, which quotes nothing of it.
   */
  static Block takingUp(Turn r, Asked a) {
    Set<String> q = Words.content(a.sentence().text());
    for (Block b : r.blocks()) {
      List<Sentence> ss = Settlement.withoutSalutation(b.sentences());
      StringBuilder opening = new StringBuilder();
      for (int i = 0; i < Math.min(2, ss.size()); i++) {
        opening.append(ss.get(i).text()).append(' ');
      }
      int shared = Words.overlap(Words.content(opening.toString()), q);
      if (shared >= 3 && 2 * shared >= q.size()) {
        return b;
      }
    }
    return null;
  }

  /**
   * The block of {@code r} under a quote that ends on the asker's restatement of the question
   * elsewhere in the message: "Perhaps maintainers should just start splitting up their
   * work? [...] Perhaps the first step is just to have maintainers split up their work." gets
   * "Agreed." under the second. The restatement shares three content lemmas with the
   * question, and half of the question's.
   */
  static Block restating(Turn r, Asked a) {
    Set<String> q = lemmas(a.sentence());
    for (Block b : r.blocks()) {
      if (!b.anchorFrom().filter(a.turn().key()::equals).isPresent() || b.sentences().isEmpty()) {
        continue;
      }
      Sentence restated = quotedLast(a.turn(), Words.squash(b.anchor()));
      if (restated == null || restated == a.sentence()) {
        continue;
      }
      Set<String> shared = new HashSet<>(lemmas(restated));
      shared.retainAll(q);
      if (shared.size() >= 3 && 2 * shared.size() >= q.size()) {
        return b;
      }
    }
    return null;
  }

  /** The sentence of {@code t}'s own text that the squashed quote {@code anchor} ends on. */
  private static Sentence quotedLast(Turn t, String anchor) {
    for (Block b : t.blocks()) {
      for (Sentence s : b.sentences()) {
        String sq = Words.squash(s.text());
        if (sq.split(" ").length >= 4 && anchor.endsWith(sq)) {
          return s;
        }
      }
    }
    return null;
  }

  /** Lemmas of the nouns, adjectives and main verbs of {@code s}. */
  private static Set<String> lemmas(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      boolean main = t.isVerb() && !AUXILIARY.contains(t.lower());
      if (t.tag().startsWith("NN") || t.tag().startsWith("JJ") || main) {
        out.add(t.lower());
      }
    }
    return out;
  }

  private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "get");

  /**
   * Whether {@code quote} holds the sentence right before the question, which ends its block
   * and was trimmed off the quote: a reply to that paragraph speaks to the only question in it.
   */
  static boolean quotesItsParagraph(String quote, Asked a, List<Asked> all) {
    for (Asked o : all) {
      if (o != a && o.block() == a.block()) {
        return false;
      }
    }
    List<Sentence> ss = a.block().sentences();
    int at = ss.indexOf(a.sentence());
    if (at < 1 || at != ss.size() - 1) {
      return false;
    }
    String before = Words.squash(ss.get(at - 1).text());
    return before.split(" ").length >= 6 && quote.contains(before);
  }

  private static String givenName(String display) {
    String d = display.strip();
    int comma = d.indexOf(',');
    if (comma > 0) { // "Raman, Priya"
      d = d.substring(comma + 1).strip();
    }
    int sp = d.indexOf(' ');
    return sp > 0 ? d.substring(0, sp) : d;
  }
}
