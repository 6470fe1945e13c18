package quorum.analysis.internal;

import java.util.Set;
import quorum.analysis.nlp.Sentence;

/**
 * Code a writer pasted into own text without diff markers ("ok_or(Error::ENXIO)?", "let off =
 * base.offset(bit(n))?", a shell line with "${VAR} | git am"): not prose, so not a question,
 * a stance or a decision, however it ends. Rust's "?" operator ends many such lines. A line
 * is code when it has at most one English function word and code syntax ("::", "=", ";",
 * braces, "$", "->", "|", "&&"), or none at all and two calls' parentheses; "Why not
 * foo_bar() instead?" and "ctags?" stay prose.
 */
public final class CodeSentences {
  private CodeSentences() {}

  /** Words that nearly every English sentence has and code rarely does (not "if", "for", "in"). */
  private static final Set<String> PROSE = Set.of("the", "a", "an", "of", "to", "is", "are", "was",
      "were", "be", "been", "we", "i", "you", "it", "they", "this", "that", "would", "should",
      "could", "can", "does", "did", "have", "has", "what", "why", "how", "which", "with", "on",
      "at", "by", "about", "there", "here", "my", "our", "your", "will", "because", "but", "so",
      "than", "then", "also", "and", "or", "any", "not", "no");

  private static final String[] SYNTAX = {"::", "=", ";", "{", "}", "$", "->", "|", "&&"};

  /** A name right before an opening parenthesis: "foo(", "data.clone(" (not "(Jane)"). */
  private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile("\\w\\(");

  public static boolean isCode(Sentence s) {
    return isCode(s.text());
  }

  static boolean isCode(String text) {
    int prose = 0;
    int code = 0;
    for (String w : text.strip().split("\\s+")) {
      String bare = stripEdges(w).toLowerCase(java.util.Locale.ROOT);
      if (PROSE.contains(bare)) {
        prose++;
      }
      if (looksLikeCode(w)) {
        code++;
      }
    }
    if (code == 0 || prose > 1) {
      return false;
    }
    for (String mark : SYNTAX) {
      if (text.contains(mark)) {
        return true;
      }
    }
    return prose == 0 && CALL.matcher(text).results().count() >= 2;
  }

  /**
   * The word without the quotes, brackets and punctuation around it. A loop, not a regex: an
   * end-anchored character-class run rescans from every start, quadratic on long runs.
   */
  static String stripEdges(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && "\"'([".indexOf(w.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && "\"'.,!?:)]".indexOf(w.charAt(to - 1)) >= 0) {
      to--;
    }
    return w.substring(from, to);
  }

  /** An identifier with an underscore, a call, a path of names, or an assignment. */
  private static boolean looksLikeCode(String w) {
    return w.contains("_") || CALL.matcher(w).find() || w.contains("::") || w.contains("->")
        || w.contains("=") || w.contains("${");
  }
}
