package quorum.analysis.decision;

import java.util.List;
import java.util.Set;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Whether a settling cue in a sentence is the writer's own act ("Applied, thanks", "I've
 * queued it", "We settled on SHOULD", "NAK.") rather than a word about something else ("the
 * merge tree looks flat", "whether folios get merged", "the industry settled on X", "people
 * who have NACKs down"). A verb cue must be a verb with nothing before it in its clause but
 * the writer, auxiliaries and fillers, or open the sentence; "NAK" must open it.
 */
final class SpeakersAct {
  private SpeakersAct() {}

  /** Cue words that are verbs of the maintainer's act. */
  private static final Set<String> ACT_VERBS = Set.of("apply", "applied", "queue", "queued",
      "merge", "merged", "approve", "approved", "settle", "decide", "pull", "take", "drop",
      "reject", "grant", "accept", "withdraw", "withdrawn", "commit", "pick", "push", "nacked");

  /** Cues that also open concessions ("Granted, it is ugly"): they count only as a verdict. */
  private static final Set<String> VERDICT_ONLY = Set.of("grant", "accept");

  /** Words that may stand before the act in its clause. */
  private static final Set<String> LEAD = Set.of("i", "we", "'ve", "have", "has", "had", "will",
      "'ll", "just", "now", "already", "also", "ok", "okay", "thanks", "thank", "so", "and",
      "then", "finally", "be", "is", "was", "been", "'s", "this", "that", "it", "patch",
      "series", "the", "both", "all", "yes", "hence", "therefore", "ack", "sure");

  /** Words that may come before an act that opens its sentence ("Thanks, applied"). */
  private static final Set<String> OPENERS = Set.of("ok", "okay", "thanks", "thank", "you", "so",
      "and", "yes", "also", "now", "sure", "ack", "then", "finally", "hence", "i", "we", "will",
      "'ll", "have", "'ve");

  static boolean holds(Sentence s, int at, List<String> phrase) {
    String cue = phrase.get(0);
    if (cue.equals("nak") || cue.equals("nack") || cue.equals("nacked")) {
      return opens(s, at);
    }
    if (!ACT_VERBS.contains(cue)) {
      return true; // "let's go with", "we have consensus": a statement by its form
    }
    if (passiveVerdict(s, at)) {
      return true; // "So the unblock request for 2.5.0 is rejected."
    }
    if (VERDICT_ONLY.contains(cue)) {
      return s.token(at).tag().equals("VBN") && namedThenDone(s, at);
    }
    if (opens(s, at)) {
      return true; // "Applied, thanks", "Queued for 3.1" (tagged as anything at the start)
    }
    if (!s.token(at).tag().startsWith("VB")) {
      return false; // "the merge window"
    }
    if (s.token(at).tag().equals("VBN") && namedThenDone(s, at)) {
      return true; // "Freeze break approved", "Both patches applied"
    }
    for (int i = at - 1; i >= 1; i--) {
      Token b = s.token(i);
      String w = b.lowerWord();
      if (w.equals(";") || w.equals(":")) {
        return true;
      }
      if (!b.isPunct() && !LEAD.contains(w) && !LEAD.contains(b.lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The request is rejected", "Both patches are applied": the participle is the sentence's
   * main verb, in the passive, with a subject; not "whether it gets merged" (a clause of
   * something else), "the flag was merged in 2019" (history), "it could be applied" (a
   * possibility), "contributions are accepted on trust" (how things go in general) or "once
   * it is applied" (a condition, caught by the caller).
   */
  static boolean passiveVerdict(Sentence s, int at) {
    Token t = s.token(at);
    if (!t.tag().equals("VBN") || s.root() != at || s.isNegated(at)) {
      return false;
    }
    boolean be = false;
    for (int c : s.children(at, "aux:pass", "aux")) {
      Token a = s.token(c);
      if (a.tag().equals("VBD") || a.isModal() && !a.lowerWord().equals("will")) {
        return false; // "the flag was merged in 2019", "it could be applied": no verdict now
      }
      be |= a.lower().equals("be");
    }
    List<Integer> subj = s.children(at, "nsubj:pass");
    return be && !subj.isEmpty() && !generic(s, subj.get(0));
  }

  /**
   * "Contributions are accepted based on trust": a bare plural subject states how things go
   * in general, not a verdict on anything here ("Both patches are applied" has a determiner).
   */
  private static boolean generic(Sentence s, int subj) {
    return s.token(subj).tag().equals("NNS") && s.children(subj, "det", "nmod:poss").isEmpty();
  }

  /** "Freeze break approved": only a noun phrase before the participle. */
  private static boolean namedThenDone(Sentence s, int at) {
    for (int i = 1; i < at; i++) {
      String tag = s.token(i).tag();
      boolean nominal = tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ")
          || tag.equals("CD") || tag.equals("PRP$") || i == 1 && tag.startsWith("VB");
      if (!nominal) {
        return false;
      }
    }
    // the participle ends its clause or names where it went: "approved, as long as ...",
    // "applied to main"; "settled on X" says what someone else chose
    String next = at < s.size() ? s.token(at + 1).lowerWord() : ".";
    return at > 1 && (s.token(at + Math.min(1, s.size() - at)).isPunct() || next.equals(".")
        || next.equals("to") || next.equals("for") || next.equals("in"));
  }

  /** Whether token {@code at} comes before any word but punctuation and openers. */
  private static boolean opens(Sentence s, int at) {
    for (int i = 1; i < at; i++) {
      Token b = s.token(i);
      if (!b.isPunct() && !OPENERS.contains(b.lowerWord())) {
        return false;
      }
    }
    return true;
  }
}
