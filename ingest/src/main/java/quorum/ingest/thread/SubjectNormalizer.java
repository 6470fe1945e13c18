package quorum.ingest.thread;

import java.util.Locale;
import java.util.Set;
import quorum.ingest.internal.Whitespace;

/**
 * Strips what mail software puts in front of a subject: reply and forward prefixes
 * ({@code Re:}, {@code RE:}, {@code Re[2]:}, {@code Fwd:}, {@code Aw:}, {@code Sv:}, ...) and
 * bracketed tags ({@code [list-tag]}, {@code [PATCH v2 3/7]}), repeatedly and in any mix, so
 * {@code "Re: [ksummit] Re: [PATCH v2 1/3] foo"} normalizes to {@code "foo"}. A hand-written
 * scanner, no regular expressions: it runs in time linear in the subject.
 */
public final class SubjectNormalizer {
  /** Prefixes that mark a reply (English and the common translations). */
  private static final Set<String> REPLY = Set.of("re", "aw", "sv", "vs", "antw", "odp", "ynt");
  /** Prefixes that mark a forward. */
  private static final Set<String> FORWARD = Set.of("fwd", "fw", "wg", "tr");

  public SubjectNormalizer() {}

  /** The subject without prefixes and tags, whitespace collapsed; case kept. */
  public String normalize(String subject) {
    int at = 0;
    while (true) {
      at = skipSpace(subject, at);
      int next = skipPrefix(subject, at, true);
      if (next == at) {
        next = skipBracket(subject, at);
      }
      if (next == at) {
        break;
      }
      at = next;
    }
    return collapse(subject.substring(at));
  }

  /** The comparison key: {@link #normalize} in lower case. */
  public String key(String subject) {
    return normalize(subject).toLowerCase(Locale.ROOT);
  }

  /**
   * The subject without its leading reply and forward prefixes ("Re: Fwd: AW: [ANN] x" becomes
   * "[ANN] x"): for readers of the tags, which {@link #normalize} drops. Case kept.
   */
  public String withoutPrefixes(String subject) {
    int at = skipSpace(subject, 0);
    for (int next = skipPrefix(subject, at, true); next > at; next = skipPrefix(subject, at, true)) {
      at = skipSpace(subject, next);
    }
    return subject.substring(at);
  }

  /** True when the subject, after any leading bracketed tags, starts with a reply prefix. */
  public boolean isReply(String subject) {
    int at = 0;
    while (true) {
      at = skipSpace(subject, at);
      if (skipPrefix(subject, at, false) > at) {
        return true;
      }
      int next = skipBracket(subject, at);
      if (next == at) {
        return false;
      }
      at = next;
    }
  }

  /**
   * If a reply (or, with {@code forwards}, forward) prefix starts at {@code at}, the index after
   * its colon; else {@code at}. Accepts {@code Re:}, {@code Re :}, {@code Re[2]:}, {@code Re(2):}
   * and {@code Re^2:}.
   */
  static int skipPrefix(String s, int at, boolean forwards) {
    int i = at;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    if (i == at) {
      return at;
    }
    String word = s.substring(at, i).toLowerCase(Locale.ROOT);
    if (!REPLY.contains(word) && !(forwards && FORWARD.contains(word))) {
      return at;
    }
    i = skipCounter(s, i);
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '\uFF1A')) {
      return i + 1;
    }
    return at;
  }

  private static int skipCounter(String s, int at) {
    if (at >= s.length()) {
      return at;
    }
    char open = s.charAt(at);
    if (open != '[' && open != '(' && open != '^') {
      return at;
    }
    int i = at + 1;
    int digits = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == digits) {
      return at;
    }
    if (open == '^') {
      return i;
    }
    char close = open == '[' ? ']' : ')';
    return i < s.length() && s.charAt(i) == close ? i + 1 : at;
  }

  /** If a {@code [...]} group starts at {@code at}, the index after its {@code ]}; else {@code at}. */
  static int skipBracket(String s, int at) {
    if (at >= s.length() || s.charAt(at) != '[') {
      return at;
    }
    int close = s.indexOf(']', at + 1);
    return close < 0 ? at : close + 1;
  }

  static int skipSpace(String s, int at) {
    int i = at;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static String collapse(String s) {
    return Whitespace.collapse(s);
  }
}
