package quorum.analysis.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence turns something down flatly, the way whoever is in charge says no on a
 * list: "That's not an option", "It's not worth discussing", "This is by design",
 * "We don't want to go back to that", "I'm not going to take it", "I do not recommend
 * staging", "That isn't going to be possible", "That's the wrong kind of easy", "I really
 * don't think we need to do that"; and a bare "No." or "No, ..." (see {@link #answersNo}).
 * A concern ("I worry that ...") or a doubt ("not sure this helps") is not a refusal; nor is
 * "No" before a noun ("No surprise, but ..."), which names what is absent, not an answer.
 */
final class FlatRefusal {
  private FlatRefusal() {}

  /** Word sequences that refuse wherever they stand in the sentence. */
  private static final List<List<String>> PHRASES = List.of(List.of("not", "an", "option"),
      List.of("not", "worth"), List.of("isn't", "worth"), List.of("by", "design"),
      List.of("pointless"), List.of("bad", "idea"), List.of("wrong", "kind"),
      List.of("no", "need"), List.of("not", "necessary"), List.of("not", "needed"),
      List.of("is", "wrong"), List.of("is", "just", "wrong"), List.of("that's", "not", "how"),
      List.of("we", "don't", "want"), List.of("we", "do", "not", "want"),
      List.of("i", "don't", "want"), List.of("i", "do", "not", "want"),
      List.of("i'm", "not", "going", "to"), List.of("i", "am", "not", "going", "to"),
      List.of("don't", "recommend"), List.of("do", "not", "recommend"));

  /** "isn't going to be possible", "won't work", "will not happen": what cannot be done. */
  private static final List<List<String>> NEGATIONS = List.of(List.of("isn't"),
      List.of("is", "not"), List.of("won't"), List.of("will", "not"), List.of("doesn't"),
      List.of("does", "not"));

  private static final List<List<String>> CANNOT = List.of(List.of("going", "to", "be",
      "possible"), List.of("going", "to", "happen"), List.of("going", "to", "work"),
      List.of("be", "possible"), List.of("happen"), List.of("work"));

  /** "doesn't work as well", "won't work so well for you": a weaker, comparative doubt. */
  private static final Set<String> HEDGES = Set.of("as", "so", "that", "quite", "very", "well");

  /** Words that open a flat answer when a comma or stop follows them: "No.", "Nope, ...". */
  private static final Set<String> NO = Set.of("no", "nope", "nak", "nack");

  /** Whether the sentence refuses in words that need no question before them. */
  static boolean refuses(String sentence) {
    String[] words = words(sentence);
    for (int i = 0; i < words.length; i++) {
      if (startsAt(words, i, PHRASES) > 0 || cannot(words, i) || thinksNotNeeded(words, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "No.", "Nope, that would break every user": "no" said on its own, which turns down what
   * was put forward only when that was a course of action ("Should we drop X?"), not a
   * question of fact ("Are they limited to DDR3?" - "No, ...").
   */
  static boolean answersNo(String sentence) {
    String text = lower(sentence);
    String[] words = words(sentence);
    if (words.length == 0 || !NO.contains(words[0])) {
      return false;
    }
    int at = text.indexOf(words[0]) + words[0].length();
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at < text.length() && ".,;:!".indexOf(text.charAt(at)) >= 0;
  }

  private static String lower(String sentence) {
    return sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** The sentence's words, lower-case, apostrophes kept ("don't", "i'm"). */
  private static String[] words(String sentence) {
    String[] w = lower(sentence).split("[^a-z']+");
    return w.length > 0 && w[0].isEmpty() ? Arrays.copyOfRange(w, 1, w.length) : w;
  }

  /** "won't work", "isn't going to be possible", but not "doesn't work as well". */
  private static boolean cannot(String[] words, int i) {
    int neg = startsAt(words, i, NEGATIONS);
    if (neg == 0) {
      return false;
    }
    int tail = startsAt(words, i + neg, CANNOT);
    int after = i + neg + tail;
    return tail > 0 && (after >= words.length || !HEDGES.contains(words[after]));
  }

  /** "I don't think we need ...", "I do not think that this should ...". */
  private static boolean thinksNotNeeded(String[] words, int i) {
    int neg = startsAt(words, i, List.of(List.of("don't", "think"), List.of("do", "not",
        "think")));
    if (neg == 0) {
      return false;
    }
    int at = i + neg;
    if (at < words.length && words[at].equals("that")) {
      at++;
    }
    return at + 1 < words.length && Set.of("we", "this", "it").contains(words[at])
        && Set.of("need", "needs", "should").contains(words[at + 1]);
  }

  /** The length of the first of {@code phrases} that starts at word {@code i}, else 0. */
  private static int startsAt(String[] words, int i, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (i + p.size() > words.length) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < p.size() && all; k++) {
        all = words[i + k].equals(p.get(k));
      }
      if (all) {
        return p.size();
      }
    }
    return 0;
  }
}
