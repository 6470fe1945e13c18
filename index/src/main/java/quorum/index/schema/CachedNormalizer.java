package quorum.index.schema;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lowercasing, ASCII folding and (for prose) stemming, remembered per term: the same filters
 * run once per distinct term on a one-token stream, and later tokens with the same text take
 * the remembered result. Each filter rewrites only the term's text, from the text alone (the
 * stemmer leaves keyword tokens alone, and so does this), so the tokens are the ones the
 * filters in line give; mail repeats its words, and running the three filters on every token
 * was a fifth of inverting a document.
 *
 * <p>One instance per token stream, so per analyzing thread; at {@link #MAX_TERMS} distinct
 * terms (or {@link TermTable#MAX_CHARS} characters of them) it forgets them all and starts
 * again, which bounds its memory. The terms are kept in a {@link TermTable}.
 */
final class CachedNormalizer extends TokenFilter {
  static final int MAX_TERMS = 1 << 16;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final TermTable normalized = new TermTable(MAX_TERMS);
  private final OneTerm one = new OneTerm();
  private final TokenStream filters;
  private final CharTermAttribute result;

  /** @param chain the filters to remember, applied to a token stream */
  CachedNormalizer(TokenStream in, UnaryOperator<TokenStream> chain) {
    super(in);
    this.filters = chain.apply(one);
    this.result = filters.getAttribute(CharTermAttribute.class);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      // not remembered: lowercasing and folding apply, stemming does not
      normalize(term.buffer(), term.length(), true);
      term.copyBuffer(result.buffer(), 0, result.length());
      return true;
    }
    char[] buf = term.buffer();
    int len = term.length();
    int hash = TermTable.hash(buf, len);
    int e = normalized.find(buf, len, hash);
    if (e < 0) {
      normalize(buf, len, false);
      int n = result.length();
      if (len >= TermTable.MAX_LENGTH || n >= TermTable.MAX_LENGTH) {
        term.copyBuffer(result.buffer(), 0, n);  // not remembered
        return true;
      }
      if (normalized.full(len, n)) {
        normalized.clear();
      }
      e = normalized.put(buf, len, result.buffer(), n, hash);
    }
    if (!normalized.same(e)) {
      term.copyBuffer(normalized.chars(), normalized.valueStart(e), normalized.valueLength(e));
    }
    return true;
  }

  /** Runs the filters on one token with this text; the result is in {@link #result}. */
  private void normalize(char[] text, int len, boolean isKeyword) throws IOException {
    one.set(text, len, isKeyword);
    filters.reset();
    filters.incrementToken();  // no end(): it would clear the term read next
  }

  @Override
  public void close() throws IOException {
    filters.close();
    super.close();
  }

  /** A token stream of one token, set before each use. */
  private static final class OneTerm extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private boolean pending;

    void set(char[] text, int len, boolean isKeyword) {
      clearAttributes();
      term.copyBuffer(text, 0, len);
      keyword.setKeyword(isKeyword);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      boolean emit = pending;
      pending = false;
      return emit;
    }
  }
}
