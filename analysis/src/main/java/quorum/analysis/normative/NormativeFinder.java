package quorum.analysis.normative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Evidences;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.Patch;
import quorum.mail.Rfc2119;
import quorum.mail.Segment;

/**
 * Finds requirement words in proposed text and the debate about them.
 *
 * <p>Proposed text is, first, the message's own patches: every keyword of an added or removed
 * line in any case (RFC 8174: only capitals are normative; lower case is ordinary English and
 * is graded, so "may take long" is a possibility, not a permission), and of a context line
 * when the patch adds capitalized keywords (under the BCP 14 boilerplate the lower-case words
 * around them become non-normative, which is worth seeing). Keywords inside quotation marks
 * are named, not used ("the key words "MUST", ...") and are left out. Second, own prose:
 * capitalized keywords used as modals ("clients MUST retry") and lower-case must / should /
 * shall / "recommend" where they oblige ("we should land it") rather than guess ("that should
 * work", "must have been"), except in sentences that name wordings ("a MUST is worse than a
 * should"): those argue about the text and are options of its debate.
 *
 * <p>A use is debated when a later message names keywords or quoted wordings as options ("it's
 * a MUST", "keep it at "should"") and either quotes the sentence or names the same keyword,
 * or when a later message quotes the sentence and asks about it, or when someone else answers
 * it line by line other than to agree with it. Each option carries who
 * raised it, why (see {@link Reasons}) and how it ended: adopted when a later version of the
 * text or a settling statement ("let's go with MUST NOT", "SHOULD it is") uses it, dropped
 * when another option was adopted, else open.
 */
public final class NormativeFinder {
  private static final Set<String> EPISTEMIC_AFTER_MAY = Set.of("need", "needs", "have", "want",
      "also", "well", "be", "seem", "change", "vary", "differ", "break", "fail", "require",
      "cause", "happen", "still", "even", "already", "not", "get", "end", "look", "take");

  /** "should be fine", "should work": a guess about the outcome, not an obligation. */
  private static final Set<String> EPISTEMIC_AFTER_SHOULD_BE = Set.of("fine", "ok", "okay",
      "enough", "possible", "easy", "harmless", "safe", "good", "doable", "trivial", "straightforward",
      "able", "available", "there", "covered", "gone");
  private static final Set<String> EPISTEMIC_AFTER_SHOULD = Set.of("work", "help", "suffice",
      "happen", "apply", "hold", "fix", "cover", "solve", "allow", "make", "give", "mean");

  /** Lower-case strength phrases that are not RFC 2119 keywords but carry the same debates. */
  private static final List<List<String>> STRENGTH_PHRASES = List.of(
      List.of("highly", "encouraged"), List.of("strongly", "encouraged"), List.of("encouraged"),
      List.of("usually", "will"), List.of("will", "usually"), List.of("recommend"),
      List.of("recommends"), List.of("expected"));

  /**
   * "you are expected to": an obligation only between a form of "be" and "to" ("we expected to
   * see it" reports, "as expected" compares).
   */
  private static final Set<String> BE_FORMS = Set.of("is", "are", "be", "been", "being", "am",
      "was", "were");

  /**
   * Subjects a rule is addressed to: people in a role ("submitters should", "you may"). With
   * one of them a lower-case modal obliges or permits even where it would guess about a thing
   * ("you should be able to show ..." asks something of the reader; "it should be able to
   * cope" predicts).
   */
  private static final Set<String> ADDRESSEES = Set.of("you", "we", "one", "everyone",
      "everybody", "anyone", "anybody", "nobody", "developer", "maintainer", "contributor",
      "submitter", "author", "reviewer", "user", "caller", "vendor", "people", "folk",
      "committer", "sender");

  private final ModalStrength strength = new ModalStrength();

  public List<NormativeUse> find(ThreadView view) {
    List<NormativeUse> out = new ArrayList<>();
    for (Use u : uses(view)) {
      out.add(Debate.of(view, u).apply(u));
    }
    return out;
  }

  /** Rewordings inside one hunk whose modal strength changed ("need to" became "may need to"). */
  public List<StrengthChange> strengthChanges(ThreadView view) {
    List<StrengthChange> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      for (List<List<String>> hunk : ProposedText.hunks(t.message())) {
        for (String before : hunk.get(0)) {
          String after = closest(before, hunk.get(1));
          if (after == null) {
            continue;
          }
          int gb = strength.grade(before).value();
          int ga = strength.grade(after).value();
          if (gb != ga) {
            out.add(new StrengthChange(t.key(), before, gb, after, ga));
          }
        }
      }
    }
    return out;
  }

  static String closest(String before, List<String> candidates) {
    Set<String> b = Words.content(before);
    String best = null;
    double score = 0.5;
    for (String c : candidates) {
      double j = Words.jaccard(b, Words.content(c));
      if (j >= score) {
        best = c;
        score = j;
      }
    }
    return best;
  }

  /** One keyword occurrence before debate linking. */
  record Use(Found found, NormativeUse.Place place, String sentence, Turn turn, LineSpan lines,
      ModalStrength.Grade grade) {
    NormativeUse with(boolean debated, List<NormativeOption> options, Optional<String> resolvedTo) {
      return new NormativeUse(found.asWritten(), found.keyword(), found.capitalized(),
          turn.author(), grade, place, new Evidence(turn.key(), lines, sentence, ""), debated,
          options, resolvedTo);
    }
  }

  private List<Use> uses(ThreadView view) {
    List<Use> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      LineSpan patchLines = patchLines(t).orElse(LineSpan.of(1, 1));
      List<String> added = ProposedText.added(t.message());
      boolean bcp14 = false;
      for (String s : added) {
        for (Found f : scan(s)) {
          out.add(use(f, NormativeUse.Place.ADDED, s, t, patchLines));
          bcp14 |= f.capitalized() && f.keyword().isPresent();
        }
      }
      for (String s : ProposedText.removed(t.message())) {
        scan(s).forEach(f -> out.add(use(f, NormativeUse.Place.REMOVED, s, t, patchLines)));
      }
      if (bcp14) {
        for (String s : ProposedText.context(t.message())) {
          scan(s).stream().filter(f -> !f.capitalized())
              .forEach(f -> out.add(use(f, NormativeUse.Place.CONTEXT, s, t, patchLines)));
        }
      }
      for (Block b : t.blocks()) {
        for (Sentence s : b.sentences()) {
          for (Found f : prose(s)) {
            String text = s.text().replaceAll("\\s+", " ").strip();
            out.add(new Use(f, NormativeUse.Place.PROSE, text, t, b.lines(), grade(f, text)));
          }
        }
      }
    }
    return out;
  }

  private Use use(Found f, NormativeUse.Place place, String s, Turn t, LineSpan lines) {
    return new Use(f, place, s, t, lines, grade(f, s));
  }

  /** The strength of the keyword itself; a lower-case keyword that guesses is a possibility. */
  ModalStrength.Grade grade(Found f, String sentence) {
    if (!f.capitalized() && f.keyword().isPresent() && !f.addressed() && !deontic(f, sentence)) {
      return new ModalStrength.Grade(1, f.asWritten().toLowerCase(Locale.ROOT));
    }
    ModalStrength.Grade g = strength.grade(f.asWritten());
    return g.value() > 0 ? g : strength.grade(f.asWritten().toLowerCase(Locale.ROOT).replace(" not", ""));
  }

  private static Optional<LineSpan> patchLines(Turn t) {
    for (Segment s : t.message().segments()) {
      if (s instanceof Patch && s.depth() == 0) {
        return Optional.of(s.lines());
      }
    }
    return Optional.empty();
  }

  /**
   * A keyword or strength phrase in plain text.
   *
   * @param at    index of its first word in {@code words}
   * @param words the sentence's words, lower case
   * @param addressed a lower-case modal whose subject is a person it asks something of
   *     ({@link #addressed(Sentence, int)}): a rule whatever verb follows
   */
  record Found(String asWritten, Optional<Rfc2119> keyword, boolean capitalized, int at,
      List<String> words, boolean addressed) {
    Found(String asWritten, Optional<Rfc2119> keyword, boolean capitalized, int at, List<String> words) {
      this(asWritten, keyword, capitalized, at, words, false);
    }
  }

  private record Word(String text, int begin, int end) {}

  /**
   * Keywords and strength phrases in plain text, two-word forms ("MUST NOT", "shouldn't")
   * first; one inside quotation marks is named, not used, and is skipped.
   */
  static List<Found> scan(String sentence) {
    List<Word> raw = words(sentence);
    List<String> lower = new ArrayList<>();
    raw.forEach(w -> lower.add(w.text().toLowerCase(Locale.ROOT)));
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Found f = at(raw, lower, i);
      if (f == null) {
        continue;
      }
      int last = i + f.asWritten().split(" ").length - 1;
      if (!quoted(sentence, raw.get(i).begin(), raw.get(last).end())
          && !partOfIdentifier(sentence, raw.get(i).begin(), raw.get(last).end())) {
        out.add(f);
      }
      i = last;
    }
    return out;
  }

  private static Found at(List<Word> raw, List<String> lower, int i) {
    String w = raw.get(i).text();
    if (i + 1 < raw.size()) {
      String two = w + " " + raw.get(i + 1).text();
      Optional<Rfc2119> k = Rfc2119.parse(two);
      if (k.isPresent()) {
        return new Found(two, k, isUpper(two), i, lower);
      }
    }
    String l = lower.get(i);
    if (l.endsWith("n't") && (l.equals("shouldn't") || l.equals("mustn't") || l.equals("shan't"))) {
      String base = l.equals("shan't") ? "shall" : l.substring(0, l.length() - 3);
      return new Found(w, Rfc2119.parse(base + " not"), false, i, lower);
    }
    Optional<Rfc2119> one = Rfc2119.parse(w);
    if (one.isPresent()) {
      return new Found(w, one, isUpper(w), i, lower);
    }
    for (List<String> p : STRENGTH_PHRASES) {
      if (i + p.size() <= lower.size() && lower.subList(i, i + p.size()).equals(p)
          && (!p.get(0).equals("expected") || i > 0 && BE_FORMS.contains(lower.get(i - 1))
              && i + 1 < lower.size() && lower.get(i + 1).equals("to"))) {
        StringBuilder as = new StringBuilder();
        for (int j = i; j < i + p.size(); j++) {
          as.append(j > i ? " " : "").append(raw.get(j).text());
        }
        return new Found(as.toString(), Optional.empty(), false, i, lower);
      }
    }
    return null;
  }

  private static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean letter = Character.isLetter(c)
          || c == '\'' && start >= 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(new Word(s.substring(start, i), start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Whether the words at [begin, end) stand inside quotation marks ("MUST", 'should'). */
  static boolean quoted(String s, int begin, int end) {
    char before = begin > 0 ? s.charAt(begin - 1) : ' ';
    char after = end < s.length() ? s.charAt(end) : ' ';
    return QUOTES.indexOf(before) >= 0 && QUOTES.indexOf(after) >= 0;
  }

  /**
   * Whether the words at [begin, end) are glued to a name by "-", "_" or "/" ("optional-args",
   * "must_check", "non-optional"): part of an identifier or a compound, not a keyword used.
   */
  static boolean partOfIdentifier(String s, int begin, int end) {
    return glued(s, begin - 1, begin - 2) || glued(s, end, end + 1);
  }

  private static boolean glued(String s, int joint, int beyond) {
    return joint >= 0 && joint < s.length() && "-_/".indexOf(s.charAt(joint)) >= 0
        && beyond >= 0 && beyond < s.length() && Character.isLetterOrDigit(s.charAt(beyond));
  }

  private static final String QUOTES = "\"'`\u201c\u201d\u2018\u2019*";

  static boolean isUpper(String s) {
    return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Whether a lower-case keyword obliges or permits (RFC 8174 plain English), not guesses. */
  static boolean deontic(Found f, String sentence) {
    List<String> w = f.words();
    int after = f.at() + f.asWritten().split(" ").length;
    String next = after < w.size() ? w.get(after) : "";
    String next2 = after + 1 < w.size() ? w.get(after + 1) : "";
    if (f.keyword().isEmpty()) {
      return true;
    }
    switch (f.keyword().get()) {
      case MAY:
        return !EPISTEMIC_AFTER_MAY.contains(next);
      case MUST:
        return !(next.equals("have") && (next2.endsWith("ed") || next2.equals("been")));
      case SHOULD:
        return !(next.equals("be") && EPISTEMIC_AFTER_SHOULD_BE.contains(next2))
            && !EPISTEMIC_AFTER_SHOULD.contains(next)
            && !(next.equals("have") && (next2.endsWith("ed") || next2.equals("been")));
      case REQUIRED, RECOMMENDED, OPTIONAL, NOT_RECOMMENDED: {
        String prev = f.at() > 0 ? w.get(f.at() - 1) : "";
        return Set.of("is", "are", "be", "been", "not", "strongly").contains(prev) || next.equals("to")
            || next.equals("that");
      }
      default:
        return true;
    }
  }

  /**
   * Requirement words of own prose: capitalized keywords used as modals, and lower-case
   * must / should / shall (and their negations), "recommend", "required" / "recommended"
   * between "be" and "to"/"that", and "require" with a person as subject, where they oblige.
   * Also "require" of a whole class or put forward as a proposal ({@link RequireReading}),
   * "should be able / possible to" as an entitlement ({@link Entitlement}); a modal of an
   * embedded question or of someone else's view is left out ({@link UnproposedClause}).
   */
  static List<Found> prose(Sentence s) {
    List<Found> out = new ArrayList<>();
    // a sentence that names wordings ("Shouldn't that be a SHOULD?") argues about text
    boolean arguing = !Debate.named(s).isEmpty();
    List<String> lower = new ArrayList<>();
    s.tokens().forEach(t -> lower.add(t.lowerWord()));
    for (int i = 1; i <= s.size(); i++) {
      Token k = s.token(i);
      String w = k.word();
      boolean upper = w.length() >= 3 && isUpper(w);
      Optional<Rfc2119> kw = Rfc2119.parse(w);
      if (kw.isPresent() && upper) {
        if (isMention(s, i)) {
          continue;
        }
        if (kw.get() == Rfc2119.RECOMMENDED && i > 1 && s.token(i - 1).word().equals("NOT")) {
          out.add(new Found("NOT " + w, Optional.of(Rfc2119.NOT_RECOMMENDED), true, i - 2, lower));
          continue;
        }
        String as = w;
        if (i < s.size() && s.token(i + 1).word().equals("NOT")) {
          as = w + " NOT";
          kw = Rfc2119.parse(as).or(() -> Rfc2119.parse(w));
        }
        out.add(new Found(as, kw, true, i - 1, lower));
        i += as.equals(w) ? 0 : 1;
        continue;
      }
      String l = k.lowerWord();
      boolean modal = l.equals("must") || l.equals("should") || l.equals("shall")
          || l.equals("may") && (addressed(s, i) || grantsPermission(s, i));
      if (modal && !upper && !arguing && !quotedToken(s, i) && !UnproposedClause.at(s, i)) {
        boolean neg = i < s.size() && (s.token(i + 1).lowerWord().equals("n't")
            || s.token(i + 1).lowerWord().equals("not"));
        int subj = i + (neg ? 2 : 1);
        if (subj <= s.size() && s.token(subj).tag().startsWith("PRP")) {
          // "should we decide ...": an inverted conditional or a question, not a proposed rule
          i += neg ? 1 : 0;
          continue;
        }
        String as = neg ? (s.token(i + 1).lowerWord().equals("n't") ? w + "n't" : w + " not") : w;
        Optional<Rfc2119> key = Rfc2119.parse(neg ? l + " not" : l);
        Found bare = new Found(l, Rfc2119.parse(l), false, i - 1 + (neg ? 1 : 0), lower);
        boolean rule = (addressed(s, i) && !l.equals("may") || grantsPermission(s, i)
            || Entitlement.at(s, i)) && !pastInference(bare);
        Found f = new Found(as, key, false, i - 1, lower, rule);
        if (rule || deontic(bare, s.text())) {
          out.add(f);
        }
        i += neg ? 1 : 0;
        continue;
      }
      if (!upper && !arguing && lowerCaseAdjective(s, i)) {
        out.add(new Found(w, kw, false, i - 1, lower, true));
        continue;
      }
      if (!upper && !arguing && askedOfPeople(s, i)) {
        out.add(withGrader(s, i, lower));
        continue;
      }
      if (k.lower().equals("recommend") && k.isVerb() && !upper && !arguing && !reported(s, i)) {
        // "the recommended practice": the participle is the RFC 2119 adjective in lower case
        Optional<Rfc2119> adjective = Rfc2119.parse(w);
        out.add(new Found(w, adjective, false, i - 1, lower, adjective.isPresent()));
        continue;
      }
      if (k.lower().equals("require") && k.isVerb() && !upper && !arguing && imposedBy(s, i)) {
        out.add(new Found(w, Rfc2119.parse(w), false, i - 1, lower, true));
        continue;
      }
      // "We strongly encourage everyone to request a ballot": asked of people, like "require";
      // the keyword is the verb, as with "recommend", and an adverb before it is not part of it
      if (k.lower().equals("encourage") && k.isVerb() && !w.endsWith("ed") && !upper && !arguing
          && imposedBy(s, i)) {
        out.add(new Found(w, Optional.empty(), false, i - 1, lower, true));
      }
    }
    return out;
  }

  /**
   * Whether the modal at {@code i} has a subject the rule is addressed to ({@link #ADDRESSEES}):
   * the subject of the verb it is the auxiliary of.
   */
  static boolean addressed(Sentence s, int i) {
    return s.head(i).filter(d -> d.base().equals("aux"))
        .flatMap(d -> s.subject(d.governor()))
        .map(subj -> ADDRESSEES.contains(s.token(subj).lower()))
        .orElse(false);
  }

  /** Passive participles that grant or withhold a permission ("may be allowed"). */
  private static final Set<String> PERMISSIONS = Set.of("allow", "permit", "forbid", "prohibit");

  /**
   * "Rants may be allowed", "such tags may be permitted": a modal that is the auxiliary of a
   * passive permission verb grants or withholds leave, whoever its subject is; "may" there
   * permits rather than guesses, as it does with a person as subject.
   */
  static boolean grantsPermission(Sentence s, int i) {
    return s.head(i).filter(d -> d.base().equals("aux"))
        .map(d -> d.governor())
        .filter(v -> s.token(v).tag().equals("VBN") && PERMISSIONS.contains(s.token(v).lower()))
        .isPresent();
  }

  /** "must have been", "should have noticed": a guess about the past, never a rule. */
  private static boolean pastInference(Found f) {
    List<String> w = f.words();
    int after = f.at() + 1;
    String next = after < w.size() ? w.get(after) : "";
    String next2 = after + 1 < w.size() ? w.get(after + 1) : "";
    return next.equals("have") && (next2.endsWith("ed") || next2.equals("been"));
  }

  private static boolean quotedToken(Sentence s, int i) {
    if (i <= 1 || i >= s.size()) {
      return false;
    }
    String before = s.token(i - 1).word();
    String after = s.token(i + 1).word();
    return (before.equals("``") || before.equals("\"") || before.equals("'") || before.equals("`"))
        && (after.equals("''") || after.equals("\"") || after.equals("'"));
  }

  /**
   * "a MUST", "go with SHOULD", "having MUST here": the keyword named, not used as a modal. A
   * modal is used when a verb follows, past "NOT", adverbs ("SHOULD also log", "MAY optionally
   * send") and one parenthetical between commas ("SHALL, at minimum, check"). The adjective
   * keywords are used after a form of "be" ("is REQUIRED", "is NOT RECOMMENDED") or before
   * "to" / "that" ("RECOMMENDED to run", "REQUIRED that every ...").
   */
  static boolean isMention(Sentence s, int i) {
    Optional<Rfc2119> kw = Rfc2119.parse(s.token(i).word());
    if (kw.isPresent() && ADJECTIVES.contains(kw.get())) {
      return !adjectiveUse(s, i);
    }
    int next = skipModifiers(s, i + 1);
    if (next <= s.size() && s.token(next).word().equals(",")) {
      int close = next + 1;
      while (close <= s.size() && close - next <= PARENTHETICAL && !s.token(close).word().equals(",")) {
        close++;
      }
      if (close <= s.size() && s.token(close).word().equals(",")) {
        next = skipModifiers(s, close + 1);
      }
    }
    boolean beforeVerb = next <= s.size() && s.token(next).tag().equals("VB");
    if (!beforeVerb) {
      return true;
    }
    if (i > 1) {
      String prev = s.token(i - 1).tag();
      return prev.equals("DT") || prev.equals("IN") || prev.equals("VBG") || prev.equals("TO");
    }
    return false;
  }

  private static final Set<Rfc2119> ADJECTIVES = Set.of(Rfc2119.REQUIRED, Rfc2119.RECOMMENDED,
      Rfc2119.OPTIONAL);

  /**
   * "whoever changes it is required to test the driver", "it is recommended that you ...": the
   * lower-case adjective keywords oblige between a form of "be" and "to" or "that" (RFC 8174
   * reads them as plain English, which here still states a rule). Alone ("no action is
   * required", "an optional step") they describe rather than oblige, and are left out.
   */
  static boolean lowerCaseAdjective(Sentence s, int i) {
    Optional<Rfc2119> kw = Rfc2119.parse(s.token(i).word());
    if (kw.isEmpty() || kw.get() == Rfc2119.OPTIONAL || !ADJECTIVES.contains(kw.get())) {
      return false;
    }
    return afterBe(s, i) && beforeToOrThat(s, i);
  }

  /** Adverbs that grade an encouragement ("strongly encouraged") and belong to its wording. */
  private static final Set<String> GRADERS = Set.of("strongly", "highly");

  /** The strength word at {@code i} as a rule of own prose, with a grading adverb before it. */
  private static Found withGrader(Sentence s, int i, List<String> lower) {
    boolean graded = i > 1 && GRADERS.contains(s.token(i - 1).lowerWord());
    String w = s.token(i).word();
    return new Found(graded ? s.token(i - 1).word() + " " + w : w, Optional.empty(), false,
        i - (graded ? 2 : 1), lower, true);
  }

  /**
   * "Everyone who qualifies is strongly encouraged to vote", "maintainers are expected to
   * reply": the passive strength phrases of {@link #STRENGTH_PHRASES} ask something of people
   * when a form of "be" stands before them, "to" follows, and their subject is someone a rule
   * is addressed to. Otherwise they report or predict ("I was encouraged to see it", "the
   * patch is expected to land in the next release") and are left out.
   */
  static boolean askedOfPeople(Sentence s, int i) {
    String w = s.token(i).lowerWord();
    if (!(w.equals("encouraged") || w.equals("expected")) || !afterBe(s, i) || i >= s.size()
        || !s.token(i + 1).lowerWord().equals("to")) {
      return false;
    }
    // the parser sometimes takes a passive's subject for its object when a relative clause
    // follows it ("everyone who qualifies is ..."): either, standing before the verb, will do
    for (int x : s.children(i, "nsubj", "obj")) {
      if (x < i && ADDRESSEES.contains(s.token(x).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a rule is written in: "the policy should not require posting exploits" imposes a
   * rule as much as "we require" does, where "this change requires a reboot" states a need.
   */
  // not "document" or "documentation": in a doc patch's thread they are what is changed ("the
  // documentation requires an update"), not what rules
  private static final Set<String> RULE_BEARERS = Set.of("policy", "rule", "guideline",
      "process", "specification", "spec", "standard", "license", "checklist", "agreement", "charter");

  /**
   * "We require a Signed-off-by", "I'm going to require that it is done": "require" with a
   * person as its subject (its own, or that of the verb it completes: "going to require") is
   * a rule someone imposes, and so is "require" with a policy or a guideline as its subject
   * ({@link #RULE_BEARERS}), or "require" that a permission word completes ("it is permitted to
   * require"); "this requires a reboot" states a need and is left out.
   */
  static boolean imposedBy(Sentence s, int i) {
    if (RequireReading.proposedAsGerund(s, i)) {
      return true;
    }
    int conjunct = RequireReading.misparsedConjunct(s, i);
    if (conjunct > 0) {
      return imposedBy(s, conjunct);
    }
    // "I'm happy to relax the rule and require a comment": a second verb of a conjunction
    // shares the first one's subject and the word it completes
    int verb = i;
    while (s.subject(verb).isEmpty() && s.head(verb).filter(d -> d.base().equals("conj")).isPresent()) {
      verb = s.head(verb).get().governor();
    }
    Optional<Integer> completed = s.head(verb).filter(d -> d.base().equals("xcomp"))
        .map(d -> d.governor());
    // "how often it is permitted to require a newer compiler": a leave to require is a rule
    if (completed.filter(v -> PERMISSIONS.contains(s.token(v).lower())).isPresent()) {
      return true;
    }
    Optional<Integer> subject = s.subject(verb);
    if (subject.isEmpty()) {
      subject = completed.flatMap(v -> s.subject(v));
    }
    return subject.map(x -> {
      String who = s.token(x).lower();
      return who.equals("i") || ADDRESSEES.contains(who) || RULE_BEARERS.contains(who)
          || !s.token(i).tag().equals("VBN") && RequireReading.genericSubject(s, x);
    }).orElse(false);
  }

  /** Subjects whose advice the writer reports, not gives ("as Jani recommends"). */
  private static final Set<String> THIRD_PERSONS = Set.of("he", "she", "they");

  /**
   * "As the maintainer recommends", "she recommended a rewrite": "recommend" with a named or
   * third person as its subject passes on someone else's advice; with the writer, the
   * reader or no subject ("I'd recommend", "it is recommended") it is the writer's own.
   */
  static boolean reported(Sentence s, int i) {
    return s.subject(i).map(x -> s.token(x).tag().startsWith("NNP")
        || THIRD_PERSONS.contains(s.token(x).lowerWord())).orElse(false);
  }

  /** Longest aside between a modal and its verb that is still read as one ("at minimum"). */
  private static final int PARENTHETICAL = 5;

  /** "not" or an adverb: what may stand between a keyword and the verb or "be" it goes with. */
  private static boolean modifier(Token t) {
    return t.lowerWord().equals("not") || t.tag().startsWith("RB");
  }

  /** The first token from {@code from} on that is not a {@link #modifier}. */
  private static int skipModifiers(Sentence s, int from) {
    int next = from;
    while (next <= s.size() && modifier(s.token(next))) {
      next++;
    }
    return next;
  }

  private static boolean adjectiveUse(Sentence s, int i) {
    return afterBe(s, i) || beforeToOrThat(s, i);
  }

  /** Whether a form of "be" stands before token {@code i}, past "not" and adverbs. */
  private static boolean afterBe(Sentence s, int i) {
    int prev = i - 1;
    while (prev >= 1 && modifier(s.token(prev))) {
      prev--;
    }
    return prev >= 1 && BE_FORMS.contains(s.token(prev).lowerWord());
  }

  /** Whether "to" or "that" follows token {@code i} ("REQUIRED to run", "recommended that"). */
  private static boolean beforeToOrThat(Sentence s, int i) {
    String next = i < s.size() ? s.token(i + 1).lowerWord() : "";
    return next.equals("to") || next.equals("that");
  }

  static boolean isCapitalizedKeyword(Token t) {
    return t.word().length() >= 3 && isUpper(t.word()) && Rfc2119.parse(t.word()).isPresent();
  }

  static Evidence evidence(Turn t, Block b, Sentence s) {
    return Evidences.of(t, b, s);
  }
}
