package quorum.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import quorum.index.QuerySyntaxException;

class LuceneQueryTranslatorTest {
  final QueryParser parser = new QueryParser(QueryParserTest.CLOCK);

  /** {@code n} different words of letters only (a word with digits is also split: w0, "w 0"). */
  static String words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
        .collect(Collectors.joining(" "));
  }

  /** Found by QueryParserFuzzTest: 200 words searched in six fields each broke the searcher. */
  @Test
  void aPastedParagraphIsRefusedWithAReasonNotAnInternalError() {
    String query = words(200);
    assertThatThrownBy(() -> LuceneQueryTranslator.translate(query, parser.parse(query)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageStartingWith("column 1: query too large: more than 1024 searches");
  }

  @Test
  void oneWordThatSplitsIntoTooManyTokensIsRefused() {
    String query = "b:" + "x,".repeat(1100) + "x"; // 1101 tokens that must all match
    assertThatThrownBy(() -> LuceneQueryTranslator.translate(query, parser.parse(query)))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("query too large");
  }

  @Test
  void aLongQueryWithinTheBoundStillSearches() throws Exception {
    String query = words(150); // 150 words x 6 fields = 900 leaf queries
    IndexSearcher searcher = new IndexSearcher(new MultiReader());
    assertThat(searcher.count(LuceneQueryTranslator.translate(query, parser.parse(query))))
        .isZero();
    String prefixed = words(170).replace("w", "s:w"); // one field each
    assertThat(searcher.count(LuceneQueryTranslator.translate(prefixed, parser.parse(prefixed))))
        .isZero();
  }
}
