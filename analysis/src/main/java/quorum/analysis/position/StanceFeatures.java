package quorum.analysis.position;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.QuestionForm;
import quorum.mail.Stance;

/**
 * The features {@link StanceModel} reads a sentence by, the same at training and at run time.
 * All are general: the sentence's lemmas (the trainer keeps only those seen in several
 * threads), the shape of its parse (negated root, modal, who the subject is, a condition, a
 * comparison, a question), the stance lexicons' and evaluative words' hits, what the
 * hand-written rules read, and where the sentence sits (under a quote, first or last of its
 * message, in the thread's opening message).
 */
final class StanceFeatures {
  private StanceFeatures() {}

  /**
   * The features of {@code s} in block {@code b} of turn {@code t}; {@code form} is the
   * question form found for it (null: not a question), {@code rules} what the hand-written
   * rules read.
   */
  static List<String> of(Sentence s, Block b, Turn t, boolean opener, QuestionForm form,
      Optional<Stance> rules) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    f.add("rule=" + rules.map(Stance::label).orElse("none"));
    f.add("form=" + (form == null ? "none" : form.label()));
    f.add(b.hasAnchor() ? "quoted" : "unquoted");
    if (opener) {
      f.add("opener");
    }
    List<Sentence> all = t.sentences();
    int at = indexOf(all, s);
    f.add(at == 0 ? "first" : at == all.size() - 1 ? "last" : "middle");
    int n = s.size();
    f.add("len=" + (n <= 5 ? "short" : n <= 12 ? "mid" : n <= 25 ? "long" : "verylong"));
    for (Token k : s.tokens()) {
      if (!k.isPunct()) {
        f.add("lem=" + k.lower());
      }
      if (k.tag().equals("JJR") || k.tag().equals("RBR")) {
        f.add("comparative");
      }
      if (NEGATION.contains(k.lowerWord())) {
        f.add("negation");
      }
      if (CONTRAST.contains(k.lower())) {
        f.add("contrast");
      }
      if (k.isModal()) {
        f.add("modal");
      }
    }
    shape(s, f);
    lexicons(s, f);
    if (s.text().strip().endsWith("?")) {
      f.add("question-mark");
    }
    return new ArrayList<>(f);
  }

  /** The parse's shape: the root, whether it is negated, its modals, who its subject is. */
  private static void shape(Sentence s, Set<String> f) {
    if (s.size() == 0) {
      return;
    }
    int root = s.root();
    f.add("root=" + s.token(root).lower());
    boolean negated = s.isNegated(root);
    if (negated) {
      f.add("root-negated");
    }
    for (String m : s.modals(root)) {
      f.add("root-modal=" + m);
      if (negated) {
        f.add("root-modal-negated");
      }
    }
    s.subject(root).ifPresent(i -> {
      String w = s.token(i).lowerWord();
      f.add("subject=" + (FIRST_PERSON.contains(w) ? "first" : w.equals("you") ? "second"
          : DEICTIC.contains(w) ? "this" : s.token(i).tag().startsWith("NN") ? "noun" : "other"));
    });
    for (List<String> c : Lexicon.CONDITION) {
      if (s.findLemmas(c) > 0) {
        f.add("condition");
      }
    }
    if (s.findLemmas(List.of("if")) > 0 || s.findLemmas(List.of("unless")) > 0) {
      f.add("condition");
    }
  }

  /** Hits of the stance lexicons and of the evaluative word lists. */
  private static void lexicons(Sentence s, Set<String> f) {
    hit(f, "lex=support", StanceReader.any(s, Lexicon.SUPPORT));
    hit(f, "lex=oppose", StanceReader.any(s, Lexicon.OPPOSE));
    hit(f, "lex=concern", StanceReader.any(s, Lexicon.CONCERN));
    hit(f, "lex=neutral", StanceReader.any(s, Lexicon.NEUTRAL));
    hit(f, "lex=either", StanceReader.any(s, Lexicon.ACCEPT_EITHER));
    hit(f, "lex=defer", StanceReader.any(s, Lexicon.DEFER));
    hit(f, "lex=endorse", s.hasAny(Lexicon.ENDORSE));
    hit(f, "ev=positive", s.hasAny(EvaluativeWords.POSITIVE));
    hit(f, "ev=verdict", s.hasAny(EvaluativeWords.VERDICT));
    hit(f, "ev=cost", s.hasAny(EvaluativeWords.COST));
    hit(f, "ev=good-verb", s.hasAny(EvaluativeWords.GOOD_VERBS));
    hit(f, "ev=harm-verb", s.hasAny(EvaluativeWords.HARM_VERBS));
    hit(f, "ev=speaker-positive", s.hasAny(EvaluativeWords.SPEAKER_POSITIVE));
    hit(f, "ev=speaker-negative", s.hasAny(EvaluativeWords.SPEAKER_NEGATIVE));
    hit(f, "ev=hedge", s.hasAny(EvaluativeWords.HEDGE_MODALS)
        || s.hasAny(EvaluativeWords.HEDGE_ADVERBS));
    hit(f, "ev=opinion", s.hasAny(EvaluativeWords.OPINION));
    hit(f, "ev=mistake", s.hasAny(EvaluativeWords.MISTAKES));
    if (f.contains("negation")) {
      // "not good", "doesn't help": a negation turns an evaluative hit around
      for (String e : List.of("ev=positive", "ev=good-verb", "ev=cost", "ev=harm-verb")) {
        hit(f, "negated-" + e, f.contains(e));
      }
    }
  }

  private static void hit(Set<String> f, String name, boolean yes) {
    if (yes) {
      f.add(name);
    }
  }

  private static int indexOf(List<Sentence> all, Sentence s) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == s) {
        return i;
      }
    }
    return -1;
  }

  private static final Set<String> NEGATION = Set.of("not", "n't", "no", "never", "nothing",
      "nobody", "neither", "nor", "cannot");
  private static final Set<String> CONTRAST = Set.of("but", "however", "although", "though",
      "while", "instead", "rather");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> DEICTIC = Set.of("this", "that", "it", "these", "those");
}
