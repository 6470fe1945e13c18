package quorum.index.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
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
 * {@code kfunc}); {@link CachedNormalizer} remembers what those three filters make of each
 * term, which gives the same tokens for less work. At query time the token graph makes a query for {@code bpf_jit} "the whole
 * token or the phrase of its parts".
 *
 * <p>NOTE: no FlattenGraphFilter at index time. With PRESERVE_ORIGINAL and no catenation the
 * graph is only "the original over its parts", which the word-delimiter filter already emits
 * at correct positions (parts consecutive, the next word after the last part), so flattening
 * changes nothing, and it cost four times the rest of the chain on the ksummit archive.
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
  public static final Analyzer PROSE = new TextAnalyzer(true);
  /** Code and address fields at index time. */
  public static final Analyzer CODE = new TextAnalyzer(false);
  /** Prose fields at query time (the same chain; a backend may tune them apart). */
  public static final Analyzer PROSE_QUERY = PROSE;
  /** Code and address fields at query time. */
  public static final Analyzer CODE_QUERY = CODE;
  /** Keyword fields: the value is the term. */
  public static final Analyzer KEYWORD = new KeywordAnalyzer();

  /** Characters kept inside a token besides letters and digits. */
  static boolean isTokenChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/'
        || c == '@' || c == '\'' || c == '\u2019';
  }

  private static final class TextAnalyzer extends Analyzer {
    private final boolean stem;

    TextAnalyzer(boolean stem) {
      this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = CharTokenizer.fromTokenCharPredicate(Analyzers::isTokenChar);
      TokenStream ts = new EdgePunctuationFilter(source);
      ts = new WordDelimiterGraphFilter(ts, WORD_DELIMITER_FLAGS, null);
      ts = new CachedNormalizer(ts, this::normalizeTerm);
      return new TokenStreamComponents(source, ts);
    }

    /** What each token's text goes through after the word delimiter, in order. */
    private TokenStream normalizeTerm(TokenStream in) {
      TokenStream ts = new LowerCaseFilter(in);
      ts = new ASCIIFoldingFilter(ts);
      return stem ? new KStemFilter(ts) : ts;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
