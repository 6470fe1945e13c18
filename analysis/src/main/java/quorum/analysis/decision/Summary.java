package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * A consensus summary ("Let's go with X, Y and Z", "that settles it: X, Y and Z", "we have
 * consensus on X") settles every point it names, not only the one its block answers: each
 * issue sharing at least {@value #MIN_SHARED} content words with the sentence. The thread's
 * proposal counts among them whatever words it shares, since a summary sums up the debate the
 * proposal opened, unless the same message asks for another version ("please send a v2"):
 * then the proposal itself is not yet agreed.
 */
final class Summary {
  private Summary() {}

  private static final int MIN_SHARED = 2;

  /** Lemmas of the cues that sum up a debate (as opposed to "Applied" or "Will queue"). */
  private static final Set<String> CUES = Set.of("go", "consensus", "settle", "decide",
      "decision");

  /** Words with which a reply asks for another round of the submission. */
  private static final Set<String> RESPIN = Set.of("v2", "v3", "v4", "v5", "v6", "respin",
      "resend", "repost", "re-spin", "re-send", "re-post");

  static boolean sums(Sentence s) {
    for (Token t : s.tokens()) {
      if (CUES.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The issues besides {@code own} that the summary names (see the class comment);
   * {@code respin} when its message asks for another version.
   */
  static List<Issue> alsoSettled(Sentence s, boolean respin, List<Issue> issues,
      Optional<Issue> own) {
    Set<String> words = Words.content(s.text());
    boolean wholeDebate = choosesOutright(s);
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      if (own.filter(o -> o.id().equals(i.id())).isPresent()
          || i.kind() == Issue.Kind.PROPOSAL && respin) {
        continue;
      }
      if (i.kind() == Issue.Kind.PROPOSAL && wholeDebate
          || Words.overlap(words, Words.content(i.text())) - keywordsShared(words, i) >= MIN_SHARED) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * "Let's go with X, Y and Z", "we settled on X": a choice made outright, which settles the
   * proposal the debate was about whatever words it shares with it; not "consensus is needed"
   * (a noun, no choice), nor a choice that waits for something ("..., and it happens only when
   * everyone has said yes").
   */
  static boolean choosesOutright(Sentence s) {
    boolean chooses = false;
    for (Token t : s.tokens()) {
      String w = t.lowerWord();
      if (WAITS.contains(w)) {
        return false;
      }
      chooses |= t.isVerb() && CHOICE_VERBS.contains(t.lower());
    }
    return chooses;
  }

  private static final Set<String> CHOICE_VERBS = Set.of("go", "settle", "decide");

  /** Words that tie a choice to something yet to happen. */
  private static final Set<String> WAITS = Set.of("only", "when", "until", "once", "if",
      "unless");

  /**
   * RFC 2119 keywords the summary shares with an issue: in a debate about strength every point
   * names them ("MUST NOT plus the padding clarification, keep the rule at should"), so they
   * do not tell which points the summary settles.
   */
  private static int keywordsShared(Set<String> words, Issue i) {
    int n = 0;
    for (String w : Words.content(i.text())) {
      if (words.contains(w) && KEYWORDS.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static final Set<String> KEYWORDS = Set.of("must", "should", "shall", "may",
      "required", "recommended", "optional", "mandatory");

  /** Whether the turn's own text asks for a new version ("please send a v2", "respin"). */
  static boolean asksForRespin(List<Sentence> own) {
    for (Sentence s : own) {
      for (Token k : s.tokens()) {
        if (RESPIN.contains(k.lowerWord())) {
          return true;
        }
      }
    }
    return false;
  }
}
