package quorum.analysis.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.QuestionForm;
import quorum.mail.Response;

/**
 * The features {@link AnswerModel} reads a found question by, the same at training and at run
 * time. All are general: what the hand-written rules decided and why (the status, each
 * response's {@link Settlement.Reading}), how the question is put (form, kind of answer it
 * asks for, whether it asks the group or about the person it was put to, an item of a list,
 * one of a run), where it sits (the thread's opening message, under a quote, its place in its
 * message), how the thread went on after it (replies, direct replies, responders, the asker
 * coming back), and the first response's shape (its opening word, whether it quotes the
 * question itself, asks back or hedges, its length, its lemmas: the trainer keeps only lemmas
 * seen in several threads).
 */
final class AnswerFeatures {
  private AnswerFeatures() {}

  private static final Settlement SETTLEMENT = new Settlement();
  private static final QuestionForms FORMS = new QuestionForms();

  /** The features of {@code a}, found by the rules among {@code all} in {@code view}. */
  static List<String> of(ThreadView view, Asked a, List<Asked> all) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    f.add("rule=" + a.question().status().label());
    f.add("form=" + a.question().form().label());
    f.add("kind=" + AnswerKind.of(a.sentence()).name().toLowerCase(java.util.Locale.ROOT));
    asked(view, a, all, f);
    after(view, a, f);
    responses(view, a, f);
    return new ArrayList<>(f);
  }

  /** How and where the question is put. */
  private static void asked(ThreadView view, Asked a, List<Asked> all, Set<String> f) {
    hit(f, "opener", view.root().filter(r -> r == a.turn()).isPresent());
    hit(f, "asks-group", Deliberation.asksTheGroup(view, a));
    hit(f, "asks-about-them", Addressee.asksAboutThem(a.sentence()));
    hit(f, "for-all", QuestionFinder.forAll(a));
    hit(f, "list-item", QuestionFinder.listItem(a.sentence()));
    f.add(a.block().hasAnchor() ? "under-quote" : "unquoted");
    List<Sentence> own = a.turn().sentences();
    int at = own.indexOf(a.sentence());
    f.add(own.size() == 1 ? "place=only" : at == 0 ? "place=first"
        : at == own.size() - 1 ? "place=last" : "place=middle");
    int inMessage = 0;
    int inBlock = 0;
    boolean lastOfBlock = true;
    for (Asked o : all) {
      if (o.turn() == a.turn()) {
        inMessage++;
      }
      if (o.block() == a.block()) {
        inBlock++;
        lastOfBlock &= o == a || o.block().sentences().indexOf(o.sentence()) < at(a);
      }
    }
    f.add("questions-in-message=" + bucket(inMessage, 1, 2, 4));
    f.add("questions-in-block=" + bucket(inBlock, 1, 2, 3));
    hit(f, "last-of-block", lastOfBlock);
    int n = a.sentence().size();
    f.add("length=" + (n <= 6 ? "short" : n <= 15 ? "mid" : "long"));
    hit(f, "asks-we", a.sentence().tokens().stream().anyMatch(t -> t.lowerWord().equals("we")));
    hit(f, "asks-you", a.sentence().tokens().stream().anyMatch(t -> t.lowerWord().equals("you")));
  }

  private static int at(Asked a) {
    return a.block().sentences().indexOf(a.sentence());
  }

  /** How the thread went on after the question's message. */
  private static void after(ThreadView view, Asked a, Set<String> f) {
    int later = 0;
    int children = 0;
    int below = 0;
    boolean askerBelow = false;
    for (Turn t : view.turns()) {
      if (t.position() <= a.turn().position()) {
        continue;
      }
      later++;
      if (view.parent(t.key()).filter(a.turn().key()::equals).isPresent()) {
        children++;
      }
      if (view.descendsFrom(t.key(), a.turn().key())) {
        below++;
        askerBelow |= t.author().sameAs(a.turn().author());
      }
    }
    f.add("later=" + bucket(later, 0, 2, 5));
    f.add("children=" + bucket(children, 0, 1, 2));
    f.add("below=" + bucket(below, 0, 2, 5));
    hit(f, "asker-below", askerBelow);
  }

  /** What the responses the rules found were, the first one's shape in detail. */
  private static void responses(ThreadView view, Asked a, Set<String> f) {
    List<Response> rs = a.question().responses();
    int settling = 0;
    Set<String> responders = new LinkedHashSet<>();
    boolean askerResponds = false;
    Block first = null;
    Turn firstTurn = null;
    for (Response r : rs) {
      boolean asker = r.by().sameAs(a.question().asker());
      askerResponds |= asker;
      if (r.resolves()) {
        settling++;
      }
      if (asker) {
        continue;
      }
      responders.add(r.by().display());
      Optional<Turn> t = view.turn(r.in());
      Block b = t.map(turn -> blockOf(turn, r)).orElse(null);
      if (b == null) {
        f.add("response-unplaced");
        continue;
      }
      f.add("reading=" + reading(b, a));
      if (first == null || t.get().position() < firstTurn.position()) {
        first = b;
        firstTurn = t.get();
      }
    }
    f.add("responses=" + bucket(rs.size(), 0, 1, 2));
    f.add("settling=" + bucket(settling, 0, 1, 2));
    f.add("responders=" + bucket(responders.size(), 0, 1, 2));
    hit(f, "asker-responds", askerResponds);
    if (first != null) {
      firstResponse(view, a, firstTurn, first, f);
    }
  }

  private static String reading(Block b, Asked a) {
    return SETTLEMENT.reading(b, a.sentence()).name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The first response's shape: its reading, its opening, its place, its lemmas. */
  private static void firstResponse(ThreadView view, Asked a, Turn t, Block b, Set<String> f) {
    f.add("first-reading=" + reading(b, a));
    hit(f, "first-direct", view.parent(t.key()).filter(a.turn().key()::equals).isPresent());
    String q = Words.squash(a.sentence().text());
    hit(f, "first-quotes-question", !q.isEmpty() && Words.squash(b.anchor()).contains(q));
    hit(f, "first-by-put-to", view.parent(a.turn().key()).flatMap(view::turn)
        .filter(p -> p.author().sameAs(t.author())).isPresent());
    List<Sentence> ss = Settlement.withoutSalutation(b.sentences());
    if (ss.isEmpty()) {
      return;
    }
    f.add("first-sentences=" + bucket(ss.size(), 1, 2, 4));
    Sentence s = ss.get(0);
    if (s.size() > 0) {
      String w = s.token(1).lowerWord();
      f.add("first-opens=" + (w.equals("yes") || w.equals("yeah") || w.equals("yep") ? "yes"
          : w.equals("no") || w.equals("nope") ? "no" : Lexicon.CONCEDE.contains(w) ? "concede"
          : s.token(1).isWh() ? "wh" : s.token(1).tag().equals("PRP") ? "pronoun"
          : s.token(1).tag().equals("CC") ? "conjunction" : "other"));
    }
    hit(f, "first-asks", FORMS.classify(s).isPresent());
    hit(f, "first-hedges", ss.stream().anyMatch(Settlement::defers));
    hit(f, "first-counters", CounterProposal.proposes(s));
    hit(f, "first-negated", s.size() > 0 && s.isNegated(s.root()));
    hit(f, "first-shares-words",
        Words.overlap(Words.content(s.text()), Words.content(a.sentence().text())) >= 2);
    for (Token k : s.tokens()) {
      if (!k.isPunct()) {
        f.add("first-lem=" + k.lower());
      }
      hit(f, "first-contrast", CONTRAST.contains(k.lowerWord()));
    }
    // a reply that argues or takes a side speaks to the question without giving what it asks
    for (Sentence x : ss) {
      hit(f, "block-supports", any(x, Lexicon.SUPPORT));
      hit(f, "block-opposes", any(x, Lexicon.OPPOSE));
      hit(f, "block-concern", any(x, Lexicon.CONCERN) || any(x, Lexicon.CONDITION));
      hit(f, "block-proposes", any(x, Lexicon.PROPOSING) || CounterProposal.proposes(x));
      hit(f, "block-asks", FORMS.classify(x).isPresent());
    }
  }

  private static boolean any(Sentence s, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (s.findLemmas(p) > 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CONTRAST = Set.of("but", "however", "although", "though",
      "instead", "rather");

  /**
   * The block of {@code t} a response was read from: the one whose gist it carries (an
   * acknowledged answer carries the quoted text instead, and has none).
   */
  private static Block blockOf(Turn t, Response r) {
    for (Block b : t.blocks()) {
      if (!b.sentences().isEmpty() && QuestionFinder.gist(b).equals(r.gist())) {
        return b;
      }
    }
    return null;
  }

  /** A count in coarse steps: itself up to {@code a}, then the ranges to {@code b}, to {@code c}, above. */
  private static String bucket(int n, int a, int b, int c) {
    return n <= a ? String.valueOf(n) : n <= b ? range(a + 1, b) : n <= c ? range(b + 1, c)
        : (c + 1) + "+";
  }

  private static String range(int from, int to) {
    return from == to ? String.valueOf(to) : from + "-" + to;
  }

  private static void hit(Set<String> f, String name, boolean yes) {
    if (yes) {
      f.add(name);
    }
  }
}
