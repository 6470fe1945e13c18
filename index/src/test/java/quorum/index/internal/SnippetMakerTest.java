package quorum.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import quorum.index.query.LuceneQueryTranslator;
import quorum.index.query.QueryParser;

/** When the highlighter is worth building: only if the query can match a snippet field. */
class SnippetMakerTest {
  private static final QueryParser PARSER =
      new QueryParser(Clock.fixed(Instant.parse("2023-03-01T12:00:00Z"), ZoneOffset.UTC));

  private static Query query(String q) throws Exception {
    return LuceneQueryTranslator.translate(q, PARSER.parse(q));
  }

  @Test
  void queriesOnTextMayHighlight() throws Exception {
    assertThat(SnippetMaker.mayHighlight(query("kfunc"))).isTrue();
    assertThat(SnippetMaker.mayHighlight(query("\"helper freeze\""))).isTrue();
    assertThat(SnippetMaker.mayHighlight(query("s:stability"))).isTrue();
    assertThat(SnippetMaker.mayHighlight(query("q:kfuncs"))).isTrue();
    assertThat(SnippetMaker.mayHighlight(query("f:alexei kfunc"))).isTrue();
    assertThat(SnippetMaker.mayHighlight(query("d:2023-01-01..2023-02-01 OR uapi"))).isTrue();
  }

  @Test
  void queriesOnAuthorOrDateOnlyCannot() throws Exception {
    assertThat(SnippetMaker.mayHighlight(query("f:alexei"))).isFalse();
    assertThat(SnippetMaker.mayHighlight(query("d:2023-01-01..2023-02-01"))).isFalse();
    assertThat(SnippetMaker.mayHighlight(query("f:alexei d:2023-01-01..2023-02-01"))).isFalse();
  }

  @Test
  void aLeafWithoutAFieldCountsAsAPossibleMatch() throws Exception {
    // NOT x is "all documents but x": conservative, the highlighter runs as before
    assertThat(SnippetMaker.mayHighlight(query("NOT kfunc"))).isTrue();
  }
}
