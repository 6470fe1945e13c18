package quorum.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens an analyzer made of one field value, kept in a few flat arrays so another thread
 * can hand them to the index writer ({@link #replay()}). Analysis is the larger half of
 * indexing a document; doing it ahead, on the thread that prepares discussions, leaves the
 * writer's thread the term hash and flushing, and keeps the order in which documents reach the
 * writer (and so the index) as it was. What the writer reads of a token is its term, position
 * increment and offsets (and, after the last token, the final offset and increment); that is
 * what is kept, so a replayed stream indexes exactly as the analyzer's own would.
 */
public final class CapturedTokens {
  private char[] chars = new char[256];
  private int charCount;
  /** Per token: end in {@link #chars}, position increment, start and end offset. */
  private int[] tokens = new int[4 * 32];
  private int count;
  private int finalIncrement;
  private int finalStart;
  private int finalEnd;

  private CapturedTokens() {}

  /** Runs {@code analyzer} over {@code value} as the index writer would for {@code field}. */
  public static CapturedTokens of(Analyzer analyzer, String field, String value) {
    CapturedTokens c = new CapturedTokens();
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        c.add(term, inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
      }
      ts.end();
      c.finalIncrement = inc.getPositionIncrement();
      c.finalStart = offset.startOffset();
      c.finalEnd = offset.endOffset();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
    return c;
  }

  private void add(CharTermAttribute term, int increment, int start, int end) {
    int len = term.length();
    if (charCount + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
    }
    System.arraycopy(term.buffer(), 0, chars, charCount, len);
    charCount += len;
    if (4 * count + 4 > tokens.length) {
      tokens = Arrays.copyOf(tokens, tokens.length * 2);
    }
    int i = 4 * count++;
    tokens[i] = charCount;
    tokens[i + 1] = increment;
    tokens[i + 2] = start;
    tokens[i + 3] = end;
  }

  /** How many tokens were kept. */
  public int size() {
    return count;
  }

  /** A stream that gives the kept tokens again; read it once. */
  public TokenStream replay() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= count) {
        return false;
      }
      clearAttributes();
      int i = 4 * next;
      int from = next == 0 ? 0 : tokens[i - 4];
      term.copyBuffer(chars, from, tokens[i] - from);
      inc.setPositionIncrement(tokens[i + 1]);
      offset.setOffset(tokens[i + 2], tokens[i + 3]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      inc.setPositionIncrement(finalIncrement);
      offset.setOffset(finalStart, finalEnd);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
