package quorum.index.schema;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Strips punctuation from both ends of a token ({@code kfuncs.rst.} becomes {@code kfuncs.rst},
 * {@code 'quoted'} becomes {@code quoted}) and drops tokens that were only punctuation, so the
 * original kept by the word-delimiter filter is the identifier as people type it.
 */
final class EdgePunctuationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  EdgePunctuationFilter(TokenStream in) {
    super(in);
  }

  static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      char[] buf = term.buffer();
      int len = term.length();
      int start = 0;
      while (start < len && !isWordChar(buf[start])) {
        start++;
      }
      int end = len;
      while (end > start && !isWordChar(buf[end - 1])) {
        end--;
      }
      if (start == end) {
        skipped += posInc.getPositionIncrement();
        continue;
      }
      if (start > 0 || end < len) {
        int so = offset.startOffset();
        int eo = offset.endOffset();
        boolean exact = eo - so == len;
        System.arraycopy(buf, start, buf, 0, end - start);
        term.setLength(end - start);
        if (exact) {
          offset.setOffset(so + start, eo - (len - end));
        }
      }
      posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
      return true;
    }
    return false;
  }
}
