package quorum.index.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The analyzers of the schema. Text is cut at whitespace and most punctuation, but {@code _ . -
 * / @ '} stay inside a token, so {@code bpf_jit_supports_kfunc_call}, {@code EXPORT_SYMBOL_GPL},
 * {@code kfuncs.rst} and {@code ast@kernel.org} are indexed whole and, through
 * {@link WordDelimiterGraphFilter} with {@code PRESERVE_ORIGINAL}, by their parts
 * ({@code kfunc}, {@code gpl}, {@code rst}, {@code kernel}). Then lowercase and ASCII folding
 * ({@code Høiland} finds {@code hoiland}); prose fields also get KStem ({@code kfuncs} finds
 * {@code kfunc}). Index-time analyzers flatten the token graph (Lucene needs a flat stream to
 * index); query-time analyzers keep the graph so that a query for {@code bpf_jit} becomes "the
 * whole token or the phrase of its parts".
 */
public final class Analyzers {
  private Analyzers() {}

  static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
      | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
      | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE
      | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  /** Prose fields at index time. */
  public static final Analyzer PROSE = new TextAnalyzer(true, true);
  /** Code and address fields at index time. */
  public static final Analyzer CODE = new TextAnalyzer(false, true);
  /** Prose fields at query time. */
  public static final Analyzer PROSE_QUERY = new TextAnalyzer(true, false);
  /** Code and address fields at query time. */
  public static final Analyzer CODE_QUERY = new TextAnalyzer(false, false);
  /** Keyword fields: the value is the term. */
  public static final Analyzer KEYWORD = new KeywordAnalyzer();

  /** Characters kept inside a token besides letters and digits. */
  static boolean isTokenChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/'
        || c == '@' || c == '\'' || c == '\u2019';
  }

  private static final class TextAnalyzer extends Analyzer {
    private final boolean stem;
    private final boolean flatten;

    TextAnalyzer(boolean stem, boolean flatten) {
      this.stem = stem;
      this.flatten = flatten;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = CharTokenizer.fromTokenCharPredicate(Analyzers::isTokenChar);
      TokenStream ts = new EdgePunctuationFilter(source);
      ts = new WordDelimiterGraphFilter(ts, WORD_DELIMITER_FLAGS, null);
      if (flatten) {
        ts = new FlattenGraphFilter(ts);
      }
      ts = new LowerCaseFilter(ts);
      ts = new ASCIIFoldingFilter(ts);
      if (stem) {
        ts = new KStemFilter(ts);
      }
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
