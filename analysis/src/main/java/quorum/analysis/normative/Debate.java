package quorum.analysis.normative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.Evidences;
import quorum.analysis.internal.Lexicon;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Patch;
import quorum.mail.Rfc2119;
import quorum.mail.Segment;

/**
 * The debate about one use of a requirement word: the options later messages put forward,
 * whether the sentence was questioned, and what it was resolved to.
 */
record Debate(boolean questioned, List<NormativeOption> options, Optional<String> resolvedTo) {

  NormativeUse apply(NormativeFinder.Use u) {
    return u.with(questioned || !options.isEmpty(), options, resolvedTo);
  }

  static Debate of(ThreadView view, NormativeFinder.Use u) {
    String sentence = Words.squash(u.sentence());
    String base = base(u.found().keyword().map(Rfc2119::text).orElse(u.found().asWritten()));
    List<NormativeOption> out = new ArrayList<>();
    boolean questioned = false;
    String adopted = null;
    String[] adoptedBox = {null};
    List<String> parts = proposalParts(u, sentence);
    boolean onlyOfItsFamily = familyUses(u, base) == 1;
    for (Turn r : view.turns()) {
      if (r.position() <= u.turn().position()) {
        continue;
      }
      boolean quotes = !sentence.isEmpty() && Words.squash(r.message().quotedText()
          + "\n" + patchText(r)).contains(sentence);
      boolean ownsText = r.author().sameAs(u.turn().author());
      int afterLine = 0;
      for (Block b : r.blocks()) {
        // an inline reply under another quoted sentence of the proposal speaks to that one
        boolean elsewhere = answersAnotherPart(quotedAbove(r, afterLine, b), sentence, parts);
        afterLine = b.lines().last();
        if (elsewhere) {
          continue;
        }
        if (ownsText && !out.isEmpty()) {
          accepted(b, out).ifPresent(o -> adoptedBox[0] = o);
        }
        boolean underIt = answers(b, sentence) || discusses(view, b, r, u, sentence);
        List<NormativeOption> mentions = new ArrayList<>();
        List<Sentence> settling = new ArrayList<>();
        List<Sentence> ss = b.sentences();
        for (int i = 0; i < ss.size(); i++) {
          Sentence s = ss.get(i);
          List<String> named = named(s);
          for (String o : named) {
            mentions.add(new NormativeOption(o, r.author(), r.key(),
                s.text().replaceAll("\\s+", " ").strip(), Reasons.why(ss, i), NormativeOption.Outcome.OPEN));
          }
          if (!named.isEmpty() && settles(s, ownsText)) {
            settling.add(s);
          }
          questioned |= underIt && s.text().contains("?");
        }
        // someone else answering the rule line by line, other than to agree, argues about it
        questioned |= !ownsText && answers(b, sentence) && !b.sentences().isEmpty()
            && !agrees(b.sentences().get(0));
        // a block answering the sentence debates it; elsewhere in a message quoting it, a block
        // naming the same keyword family does, and so it does in a reply below that quotes none
        // of it when the patch has no other rule of that family; else such a reply must name
        // the very wording ("MUST NOT is fine with me" is not about the patch's "MUST"); prose
        // is debated only by a reply to it
        boolean sameKeyword = u.place() != NormativeUse.Place.PROSE
            && (quotes && mentions.stream().anyMatch(m -> base(m.option()).equals(base))
                || view.descendsFrom(r.key(), u.turn().key())
                    && mentions.stream().anyMatch(m -> onlyOfItsFamily
                        ? base(m.option()).equals(base) : same(m.option(), u.found().asWritten())));
        if (!mentions.isEmpty() && (underIt || sameKeyword)) {
          List<String> raisedBefore = out.stream().map(NormativeOption::option).toList();
          for (NormativeOption m : mentions) {
            if (out.stream().noneMatch(o -> o.option().equals(m.option()))) {
              out.add(m);
            }
          }
          for (Sentence s : settling) {
            adopted = settledOn(named(s), raisedBefore, u.found().asWritten());
          }
        }
      }
    }
    if (adoptedBox[0] != null && adopted == null) {
      adopted = adoptedBox[0];
    }
    Optional<String> rewritten = laterWording(view, u);
    Optional<String> resolved = rewritten.isPresent() ? rewritten : Optional.ofNullable(adopted);
    List<NormativeOption> ended = new ArrayList<>();
    for (NormativeOption o : out) {
      NormativeOption.Outcome oc = resolved.isEmpty() ? NormativeOption.Outcome.OPEN
          : same(o.option(), resolved.get()) ? NormativeOption.Outcome.ADOPTED
          : NormativeOption.Outcome.DROPPED;
      ended.add(o.withOutcome(oc));
    }
    return new Debate(questioned, ended, out.isEmpty() && rewritten.isEmpty() ? Optional.empty() : resolved);
  }

  /** A reply opening with an acceptance ("Agreed, ...", "Good point.") takes the rule as it is. */
  private static boolean agrees(Sentence first) {
    for (List<String> p : Lexicon.ACCEPT) {
      int at = first.findLemmas(p);
      if (at >= 1 && at <= 2 && !first.isNegated(at)) {
        return true;
      }
    }
    String said = first.text().strip().toLowerCase(Locale.ROOT);
    int end = said.length();
    while (end > 0 && (said.charAt(end - 1) == '.' || said.charAt(end - 1) == '!')) {
      end--;
    }
    return Lexicon.ENDORSE.contains(said.substring(0, end));
  }

  /**
   * What a settling sentence adopts for this rule. One that settles several rules at once
   * ("let's go with MUST NOT for the layout and keep the selftest rule at "should"") names
   * this rule's option among others: the last one named that was already argued about for it,
   * or that is its present wording; else, as for a sentence settling one rule, the last named.
   */
  private static String settledOn(List<String> named, List<String> raisedBefore, String wording) {
    for (int i = named.size() - 1; i >= 0; i--) {
      String o = named.get(i);
      if (raisedBefore.stream().anyMatch(r -> same(r, o)) || same(o, wording)) {
        return o;
      }
    }
    return named.get(named.size() - 1);
  }

  /**
   * The author of the text, answering a quoted option ("... it should be a MUST."), opens with
   * an acceptance ("Agreed, I was being timid."): that option is taken.
   */
  private static Optional<String> accepted(Block b, List<NormativeOption> options) {
    if (!b.hasAnchor() || b.sentences().isEmpty()) {
      return Optional.empty();
    }
    String anchor = Words.squash(b.anchor());
    Sentence first = b.sentences().get(0);
    boolean accepts = false;
    for (List<String> p : Lexicon.ACCEPT) {
      int at = first.findLemmas(p);
      accepts |= at >= 1 && at <= 2 && !first.isNegated(at);
    }
    if (!accepts) {
      return Optional.empty();
    }
    for (int i = options.size() - 1; i >= 0; i--) {
      String said = Words.squash(options.get(i).text());
      if (!said.isEmpty() && anchor.contains(said)) {
        return Optional.of(options.get(i).option());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a block takes up a sentence of prose without answering it line by line: it quotes
   * a passage holding the sentence ("Clients MUST retry ... Servers MAY reject ..." quoted
   * whole, then "make the first a SHOULD"), or it is a top-posted direct reply to the sentence's
   * message (no quote above it: the proposal hangs below an "Original Message" line), and it
   * names the sentence's own keyword.
   */
  private static boolean discusses(ThreadView view, Block b, Turn r, NormativeFinder.Use u,
      String sentence) {
    if (u.place() != NormativeUse.Place.PROSE || sentence.isEmpty()) {
      return false;
    }
    // it names the rule's own keyword, case kept ("the MUST seems too strong"): a reply naming
    // only other keywords could be about any rule of the message
    boolean namesIt = b.sentences().stream().flatMap(s -> named(s).stream())
        .anyMatch(o -> same(o, u.found().asWritten()));
    if (!namesIt) {
      return false;
    }
    if (b.hasAnchor()) {
      return Words.squash(b.anchor()).contains(sentence);
    }
    return view.parent(r.key()).filter(u.turn().key()::equals).isPresent();
  }

  /** Whether a block answers the sentence directly: it is the last sentence quoted above it. */
  private static boolean answers(Block b, String sentence) {
    String last = Words.squash(Evidences.lastSentence(b.anchor()));
    return !sentence.isEmpty() && !last.isEmpty() && (sentence.contains(last) || last.contains(sentence));
  }

  /**
   * The other sentences of the text the use stands in (its patch's lines, or the prose of its
   * message), squashed, so a reply quoting one of them can be told to answer that one.
   */
  private static List<String> proposalParts(NormativeFinder.Use u, String sentence) {
    List<String> raw = new ArrayList<>();
    if (u.place() == NormativeUse.Place.PROSE) {
      u.turn().blocks().forEach(b -> b.sentences().forEach(x -> raw.add(x.text())));
    } else {
      raw.addAll(ProposedText.added(u.turn().message()));
      raw.addAll(ProposedText.removed(u.turn().message()));
      raw.addAll(ProposedText.context(u.turn().message()));
    }
    List<String> out = new ArrayList<>();
    for (String x : raw) {
      String sq = Words.squash(x);
      // a short line ("Structures", a heading) could stand anywhere
      if (sq.split(" ").length >= MIN_PART_WORDS && !sq.contains(sentence) && !sentence.contains(sq)) {
        out.add(sq);
      }
    }
    return out;
  }

  private static final int MIN_PART_WORDS = 4;

  /** How many keywords of the family {@code base} the patch of the use adds or removes. */
  private static int familyUses(NormativeFinder.Use u, String base) {
    List<String> lines = new ArrayList<>(ProposedText.added(u.turn().message()));
    lines.addAll(ProposedText.removed(u.turn().message()));
    int n = 0;
    for (String line : lines) {
      for (NormativeFinder.Found f : NormativeFinder.scan(line)) {
        n += base(f.keyword().map(Rfc2119::text).orElse(f.asWritten())).equals(base) ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * The quoted text, at any depth, between the end of the previous block (line
   * {@code afterLine}) and block {@code b}: what the block answers when it replies inline.
   */
  private static String quotedAbove(Turn r, int afterLine, Block b) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : r.message().segments()) {
      if (s.depth() > 0 && s.lines().first() > afterLine && s.lines().last() < b.lines().first()) {
        String text = s instanceof Patch ? s.text().replaceAll("(?m)^[+ -]", "") : s.text();
        sb.append(text).append('\n');
      }
    }
    return Words.squash(sb.toString());
  }

  /**
   * Whether the quote above a block holds another sentence of the proposal and not this one:
   * the block then answers that sentence, whichever keywords it names ("Why MUST NOT here?"
   * under one rule is not about the SHOULD of the next).
   */
  private static boolean answersAnotherPart(String above, String sentence, List<String> parts) {
    if (above.isEmpty() || sentence.isEmpty() || above.contains(sentence)) {
      return false;
    }
    return parts.stream().anyMatch(above::contains);
  }

  /** Options compare by keyword, case kept: "MUST" and "must" are different proposals. */
  private static boolean same(String option, String resolved) {
    return option.equals(resolved) || Rfc2119.parse(option).isPresent()
        && Rfc2119.parse(option).equals(Rfc2119.parse(resolved))
        && NormativeFinder.isUpper(option) == NormativeFinder.isUpper(resolved);
  }

  /**
   * Wordings a sentence names rather than uses: capitalized keywords in noun position ("a
   * MUST", "go with SHOULD NOT") and keywords or strength phrases in quotation marks
   * ("keep it at "should"", "'encouraged' is enough").
   */
  static List<String> named(Sentence s) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= s.size(); i++) {
      Token k = s.token(i);
      if (NormativeFinder.isCapitalizedKeyword(k) && NormativeFinder.isMention(s, i)) {
        String as = k.word();
        if (i < s.size() && s.token(i + 1).word().equals("NOT")
            && Rfc2119.parse(as + " NOT").isPresent()) {
          as = as + " NOT";
          i++;
        }
        out.add(as);
      }
    }
    for (NormativeFinder.Found f : quotedWordings(s.text())) {
      if (!out.contains(f.asWritten())) {
        out.add(f.asWritten());
      }
    }
    return out;
  }

  /** Lower-case keywords and phrases standing alone inside quotation marks. */
  private static List<NormativeFinder.Found> quotedWordings(String text) {
    List<NormativeFinder.Found> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = indexOfQuote(text, from);
      if (open < 0) {
        break;
      }
      int close = indexOfQuote(text, open + 1);
      if (close < 0) {
        break;
      }
      String inside = text.substring(open + 1, close).strip();
      List<NormativeFinder.Found> fs = NormativeFinder.scan(inside);
      if (fs.size() == 1 && !fs.get(0).capitalized()
          && fs.get(0).asWritten().length() + 2 >= inside.length()) {
        out.add(fs.get(0));
      }
      from = close + 1;
    }
    return out;
  }

  private static int indexOfQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if ("\"\u201c\u201d".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "let's go with MUST NOT" from anyone; "SHOULD it is", "it becomes MUST in v3", "keep ...
   * at should" only from the author of the text (from a reviewer they are proposals).
   */
  private static boolean settles(Sentence s, boolean byTextAuthor) {
    if (s.text().contains("?")) {
      return false;
    }
    for (List<String> p : byTextAuthor ? SETTLE : Lexicon.AGREED) {
      int at = s.findLemmas(p);
      if (at > 0 && !s.isNegated(at)) {
        return true;
      }
    }
    return false;
  }

  private static final List<List<String>> SETTLE;

  static {
    List<List<String>> s = new ArrayList<>(Lexicon.AGREED);
    s.add(List.of("it", "be", ","));
    s.add(List.of("it", "be", "."));
    s.add(List.of("become"));
    s.add(List.of("keep"));
    s.add(List.of("switch", "to"));
    s.add(List.of("change", "to"));
    s.add(List.of("in", "v2"));
    s.add(List.of("in", "v3"));
    s.add(List.of("next", "version"));
    SETTLE = List.copyOf(s);
  }

  /**
   * The wording a later own patch gives the same sentence (content words mostly the same once
   * the requirement words are set aside), when it spells another keyword or the same one.
   */
  private static Optional<String> laterWording(ThreadView view, NormativeFinder.Use u) {
    if (u.place() != NormativeUse.Place.ADDED && u.place() != NormativeUse.Place.CONTEXT) {
      return Optional.empty();
    }
    Optional<String> out = Optional.empty();
    Set<String> mine = contentWithoutKeywords(u.sentence());
    for (Turn r : view.turns()) {
      if (r.position() <= u.turn().position()) {
        continue;
      }
      String best = null;
      double bestScore = 0.5;
      for (String s : ProposedText.added(r.message())) {
        double j = Words.jaccard(mine, contentWithoutKeywords(s));
        if (j >= bestScore) {
          best = s;
          bestScore = j;
        }
      }
      if (best != null) {
        List<NormativeFinder.Found> fs = NormativeFinder.scan(best);
        String orig = u.found().asWritten();
        for (NormativeFinder.Found f : fs) {
          if (base(f.keyword().map(Rfc2119::text).orElse(f.asWritten()))
              .equals(base(u.found().keyword().map(Rfc2119::text).orElse(orig)))
              || fs.size() == 1) {
            out = Optional.of(f.asWritten());
            break;
          }
        }
        if (fs.isEmpty()) {
          out = Optional.of("(no keyword)");
        }
      }
    }
    return out;
  }

  private static Set<String> contentWithoutKeywords(String s) {
    Set<String> w = Words.content(s);
    w.removeAll(Set.of("must", "should", "shall", "required", "recommend", "recommended",
        "optional", "encourag", "highly", "strongly", "usually", "may", "cannot", "can"));
    return w;
  }

  /** The family a keyword belongs to, so "MUST NOT" and "must" both speak to MUST. */
  static String base(String option) {
    Optional<Rfc2119> k = Rfc2119.parse(option.replace("n't", " not"));
    if (k.isEmpty()) {
      return option.toLowerCase(Locale.ROOT);
    }
    return switch (k.get()) {
      case MUST_NOT, REQUIRED, SHALL, SHALL_NOT, MUST -> "must";
      case SHOULD_NOT, RECOMMENDED, NOT_RECOMMENDED, SHOULD -> "should";
      case OPTIONAL, MAY -> "may";
    };
  }

  private static String patchText(Turn r) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : r.message().segments()) {
      if (s instanceof Patch && s.depth() > 0) {
        sb.append(s.text().replaceAll("(?m)^[+ -]", "")).append('\n');
      }
    }
    return sb.toString();
  }
}
