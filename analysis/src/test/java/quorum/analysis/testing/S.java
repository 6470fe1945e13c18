package quorum.analysis.testing;

import java.util.ArrayList;
import java.util.List;
import quorum.analysis.nlp.Dependency;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * Hand-built sentences for finder tests: the surface text, tokens as {@code word|TAG|lemma}
 * separated by spaces, and edges as {@code rel(gov,dep)}. Fixtures were printed by
 * {@link DumpSentences} from the real pipeline, so they look like what CoreNLP gives.
 */
public final class S {
  private S() {}

  public static Sentence of(String surface, String tokens, String edges) {
    List<Token> ts = new ArrayList<>();
    int from = 0;
    int i = 1;
    for (String t : tokens.trim().split(" +")) {
      String[] p = t.split("\\|", -1);
      if (p.length != 3) {
        throw new IllegalArgumentException("token is not word|TAG|lemma: " + t);
      }
      int at = surface.indexOf(surfaceForm(p[0]), from);
      int begin = at < 0 ? from : at;
      int end = at < 0 ? from : at + surfaceForm(p[0]).length();
      ts.add(new Token(i++, p[0], p[1], p[2], begin, end));
      from = end;
    }
    List<Dependency> ds = new ArrayList<>();
    if (!edges.isBlank()) {
      for (String e : edges.trim().split(" +")) {
        int open = e.indexOf('(');
        int comma = e.indexOf(',', open);
        ds.add(new Dependency(e.substring(0, open), Integer.parseInt(e.substring(open + 1, comma)),
            Integer.parseInt(e.substring(comma + 1, e.length() - 1))));
      }
    }
    return new Sentence(surface, 0, surface.length(), ts, ds);
  }

  private static String surfaceForm(String word) {
    return switch (word) {
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      case "``", "''" -> "\"";
      default -> word;
    };
  }

  /** The same sentence placed at {@code offset} of a longer text. */
  public static Sentence shift(Sentence s, int offset) {
    List<Token> ts = new ArrayList<>();
    for (Token t : s.tokens()) {
      ts.add(new Token(t.index(), t.word(), t.tag(), t.lemma(), t.begin() + offset, t.end() + offset));
    }
    return new Sentence(s.text(), s.begin() + offset, s.end() + offset, ts, s.edges());
  }
}
