package quorum.analysis.position;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Stance;

/**
 * A bare agreement or disagreement with another participant: "I agree.", "Yeah, I agree
 * 100%", "+1", "Same here.", "Seconded.", "Exactly.", "I agree with Greg here.", "I
 * disagree." Such a sentence says nothing of its own about any issue: it takes the stance of
 * the one it answers (the author of the quoted text, or of the parent message, or the earlier
 * participant it names) on the issue that one spoke to, and a disagreement takes the
 * opposite. A sentence with content of its own ("I agree that X breaks Y") is not bare and is
 * read as usual.
 *
 * @param agrees agreement (true) or disagreement (false)
 * @param named the first name after "with" ("I agree with Greg"), if any
 */
record Agreement(boolean agrees, Optional<String> named) {

  /** Words that carry the agreement or disagreement itself. */
  private static final Set<String> CORE = Set.of("agree", "agreed", "concur", "seconded",
      "second", "+1", "ditto", "exactly", "same", "likewise", "disagree", "right", "true");

  /** "Good point.", "Fair enough.": a word that grants the answered speaker their point. */
  private static final Set<String> GRANTED = Set.of("point", "enough");

  /**
   * Words that may stand around the core without adding content of their own ("Yeah, I
   * fully agree with you here", "I don't agree with that").
   */
  private static final Set<String> FILLER = Set.of("i", "we", "yes", "yeah", "yep", "fully",
      "completely", "totally", "strongly", "absolutely", "wholeheartedly", "entirely", "very",
      "much", "100", "%", "here", "too", "me", "with", "you", "that", "this", "oh", "well",
      "so", "and", "also", "indeed", "do", "n't", "not", "'m", "am", "+1", "both", "all",
      "of", "on", "there", "again", "certainly", "definitely", "really", "'d", "'re", "are",
      "is", "'s", "good", "fair", "valid", "quite", "a");

  private static final Set<String> NEGATION = Set.of("n't", "not");

  /** Marks after which a leading agreement's reason follows ("Agreed; the old name ..."). */
  private static final Set<String> CLAUSE_BREAKS = Set.of("-", "--", "\u2014", ";", ":");

  /** Bound on a bare agreement's length in words: longer sentences say something themselves. */
  private static final int MAX_WORDS = 9;

  static Optional<Agreement> of(Sentence s) {
    boolean core = false;
    boolean disagree = false;
    boolean negated = false;
    Optional<String> named = Optional.empty();
    int words = 0;
    for (int i = 1; i <= s.size(); i++) {
      Token t = s.token(i);
      if (core && i < s.size() && t.word().equals(",") && s.token(i + 1).lowerWord().equals("and")) {
        break; // "Yeah, I agree 100%, and I've said so before": the rest adds, not qualifies
      }
      if (core && i > 1 && CLAUSE_BREAKS.contains(t.word())) {
        break; // "I disagree entirely - you have to be able to ...": the rest gives the reason
      }
      if (t.isPunct() && !t.word().equals("+1") && !t.word().equals("%")) {
        continue;
      }
      words++;
      String w = t.lowerWord();
      if (t.tag().startsWith("NNP") && i > 1 && (s.token(i - 1).lowerWord().equals("with")
          || s.token(i - 1).tag().startsWith("NNP"))) {
        if (named.isEmpty()) {
          named = Optional.of(t.word());
        }
        continue;
      }
      if (GRANTED.contains(w) && i > 1 && Set.of("good", "fair", "valid")
          .contains(s.token(i - 1).lowerWord())) {
        core = true;
        continue;
      }
      if (CORE.contains(w) || CORE.contains(t.lower())) {
        core = true;
        disagree |= w.equals("disagree");
        continue;
      }
      if (NEGATION.contains(w)) {
        negated = true;
        continue;
      }
      if (!FILLER.contains(w)) {
        return Optional.empty();
      }
    }
    if (!core && words == 1 && s.size() >= 1 && s.token(1).lowerWord().equals("this")) {
      core = true; // "This." under a quote: the reply-all of agreement
    }
    if (!core || words > MAX_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Agreement(disagree == negated, named));
  }

  /**
   * The stance {@code s} echoes, on the issue the answered participant took it on, if the
   * sentence is a bare agreement and that participant took a stance earlier in the thread.
   */
  static Optional<Position> echo(Sentence s, Turn t, Block b, ThreadView view,
      List<Position> earlier, quorum.mail.Evidence evidence) {
    Optional<Agreement> a = of(s);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Optional<MessageKey> answered = b.anchorFrom().or(() -> view.parent(t.key()));
    Optional<Participant> whom = a.get().named.flatMap(n -> namedEarlier(n, t, view))
        .or(() -> answered.flatMap(view::turn).map(Turn::author));
    if (whom.isEmpty() || whom.get().sameAs(t.author())) {
      return Optional.empty();
    }
    Optional<MessageKey> in = a.get().named.isPresent() ? Optional.empty() : answered;
    return stanceOf(whom.get(), in, b.anchor(), earlier).flatMap(p -> {
      Optional<Stance> st = a.get().agrees ? Optional.of(p.stance()) : opposite(p.stance());
      return st.map(x -> new Position(t.author(), p.issue(), x, evidence));
    });
  }

  /** "I agree with Greg": the latest earlier author whose name starts with that word. */
  private static Optional<Participant> namedEarlier(String name, Turn t, ThreadView view) {
    String n = name.toLowerCase(Locale.ROOT);
    Participant found = null;
    for (Turn x : view.turns()) {
      if (x == t) {
        break;
      }
      String[] parts = x.author().display().toLowerCase(Locale.ROOT).split("[\\s,]+");
      if (parts.length > 0 && parts[0].equals(n)) {
        found = x.author();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The position {@code whom} took in the answered message (the one whose evidence the quote
   * above repeats, else the last there), or else their latest anywhere before.
   */
  private static Optional<Position> stanceOf(Participant whom, Optional<MessageKey> in,
      String anchor, List<Position> earlier) {
    String quoted = flat(anchor);
    Position inMessage = null;
    Position quotedOne = null;
    Position latest = null;
    for (Position p : earlier) {
      if (!p.who().sameAs(whom)) {
        continue;
      }
      latest = p;
      if (in.isPresent() && p.evidence().in().equals(in.get())) {
        inMessage = p;
        if (!quoted.isEmpty() && quoted.contains(flat(p.evidence().excerpt()))) {
          quotedOne = p;
        }
      }
    }
    if (!quoted.isEmpty() && in.isPresent()) {
      return Optional.ofNullable(quotedOne); // under a quote: only a stance the quote repeats
    }
    return Optional.ofNullable(inMessage != null ? inMessage : latest);
  }

  private static Optional<Stance> opposite(Stance s) {
    return switch (s) {
      case SUPPORT, CONDITIONAL -> Optional.of(Stance.OPPOSE);
      case OPPOSE, CONCERN -> Optional.of(Stance.SUPPORT);
      default -> Optional.empty();
    };
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
