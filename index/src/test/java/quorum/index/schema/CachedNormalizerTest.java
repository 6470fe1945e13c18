package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The index analyzers remember each term's lowercased, folded and stemmed form
 * ({@link CachedNormalizer}); every token (text, offsets, positions, type) must be the one the
 * filters in line give, for repeated and new terms, after the memory is cleared, and for
 * keyword tokens.
 */
class CachedNormalizerTest {
  private static final String[] WORDS = {"Running", "runs", "ran", "kfuncs", "KFUNC",
      "bpf_jit_supports_kfunc_call", "EXPORT_SYMBOL_GPL()", "kfuncs.rst.", "Høiland", "Straße",
      "İstanbul", "ΣΊΣΥΦΟΣ", "naïve", "ast@kernel.org", "it's", "O'Brien's", "v2.3-rc1",
      "x86_64", "memory", "barriers", "Barrier", "quiescence", "don’t", "(see", "this)", "--",
      "ﬁle", "ＦＵＬＬ", "42nd", "mmap_sem", "CamelCaseWord", "ponies", "happily"};

  /** The chain as it was before terms were remembered. */
  private static Analyzer inLine(boolean stem, CharArraySet keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(Analyzers::isTokenChar);
        TokenStream ts = new EdgePunctuationFilter(source);
        ts = new WordDelimiterGraphFilter(ts, Analyzers.WORD_DELIMITER_FLAGS, null);
        if (keywords != null) {
          ts = new SetKeywordMarkerFilter(ts, keywords);
        }
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        return new TokenStreamComponents(source, stem ? new KStemFilter(ts) : ts);
      }
    };
  }

  /** The same with the remembering filter in place of the three. */
  private static Analyzer cached(boolean stem, CharArraySet keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(Analyzers::isTokenChar);
        TokenStream ts = new EdgePunctuationFilter(source);
        ts = new WordDelimiterGraphFilter(ts, Analyzers.WORD_DELIMITER_FLAGS, null);
        ts = new SetKeywordMarkerFilter(ts, keywords);
        return new TokenStreamComponents(source, new CachedNormalizer(ts, in -> {
          TokenStream t = new ASCIIFoldingFilter(new LowerCaseFilter(in));
          return stem ? new KStemFilter(t) : t;
        }));
      }
    };
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute l = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute y = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t + " " + o.startOffset() + "-" + o.endOffset() + " +" + p.getPositionIncrement()
            + " /" + l.getPositionLength() + " " + y.type());
      }
      ts.end();
      out.add("end " + o.endOffset() + " +" + p.getPositionIncrement());
    }
    return out;
  }

  private static String text(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? "\n\n" : " ");
    }
    return b.toString();
  }

  @Test
  void indexAnalyzersGiveTheTokensOfTheFiltersInLine() throws IOException {
    Random r = new Random(3);
    Analyzer prose = inLine(true, null);
    Analyzer code = inLine(false, null);
    for (int i = 0; i < 300; i++) {
      String text = text(r, 1 + r.nextInt(60));
      assertThat(tokens(Analyzers.PROSE, text)).as(text).isEqualTo(tokens(prose, text));
      assertThat(tokens(Analyzers.CODE, text)).as(text).isEqualTo(tokens(code, text));
    }
    assertThat(tokens(Analyzers.PROSE, "Running kfuncs")).containsExactly(
        "running 0-7 +1 /1 word", "kfunc 8-14 +1 /1 word", "end 14 +0");
  }

  @Test
  void aClearedMemoryGivesTheSameTokens() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < CachedNormalizer.MAX_TERMS + 5_000; i++) {
      b.append("Word");
      for (char c : Integer.toString(i, 26).toCharArray()) {
        b.append(c <= '9' ? (char) ('q' + c - '0') : c);  // letters only, all distinct
      }
      b.append("ing ");
    }
    String many = b.toString() + " Running Runs Ran " + b;  // past the bound, then again
    assertThat(tokens(Analyzers.PROSE, many)).isEqualTo(tokens(inLine(true, null), many));
  }

  @Test
  void keywordTokensAreFoldedButNotStemmed() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("Running", "kfuncs"), false);
    String text = "Running runs kfuncs kfuncs Running Høiland";
    List<String> expected = tokens(inLine(true, keywords), text);
    assertThat(tokens(cached(true, keywords), text)).isEqualTo(expected);
    assertThat(expected.get(0)).startsWith("running ");
    assertThat(expected.get(2)).startsWith("kfuncs ");
  }
}
