package quorum.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import quorum.index.QuerySyntaxException;

/**
 * Fuzzes the query language end to end: {@link QueryParser#parse} and
 * {@link LuceneQueryTranslator#translate} give a Lucene query that a searcher accepts, or a
 * one-line {@link QuerySyntaxException} pointing inside the query. Without
 * {@code JAZZER_FUZZ} it replays the inputs under {@code QueryParserFuzzTestInputs/}; see the
 * README's Robustness section for the long run.
 */
class QueryParserFuzzTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final QueryParser parser = new QueryParser(CLOCK);
  // an empty index still rewrites the query and checks its clause count, as a search does
  private final IndexSearcher searcher;

  QueryParserFuzzTest() throws IOException {
    searcher = new IndexSearcher(new MultiReader());
  }

  @FuzzTest(maxDuration = "5m")
  void parsesOrPointsAtTheError(byte[] input) throws IOException {
    String query = new String(input, StandardCharsets.UTF_8);
    Query lucene;
    try {
      lucene = LuceneQueryTranslator.translate(query, parser.parse(query));
    } catch (QuerySyntaxException e) {
      assertThat(e.column()).as("column of %s", e.getMessage())
          .isBetween(1, query.length() + 1);
      assertThat(e.getMessage()).startsWith("column " + e.column() + ": ").doesNotContain("\n");
      assertThat(e.pointer().split("\n", -1)).as("query and caret").hasSizeGreaterThanOrEqualTo(2);
      return;
    }
    assertThat(lucene).isNotNull();
    assertThat(searcher.count(lucene)).isZero();
  }
}
