package quorum.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quorum.index.QuerySyntaxException;
import quorum.index.query.QueryNode.And;
import quorum.index.query.QueryNode.DateRange;
import quorum.index.query.QueryNode.Match;
import quorum.index.query.QueryNode.Not;
import quorum.index.query.QueryNode.Or;

class QueryParserTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T12:00:00Z"), ZoneOffset.UTC);
  final QueryParser parser = new QueryParser(CLOCK);

  static Match word(String w) {
    return new Match(Prefix.DEFAULT, w, false);
  }

  @Test
  void juxtapositionIsAnd() throws Exception {
    assertThat(parser.parse("kfunc  stability")).isEqualTo(new And(List.of(word("kfunc"),
        word("stability"))));
  }

  @Test
  void orBindsLooserThanAnd() throws Exception {
    assertThat(parser.parse("a b OR c AND d")).isEqualTo(new Or(List.of(
        new And(List.of(word("a"), word("b"))), new And(List.of(word("c"), word("d"))))));
  }

  @Test
  void parenthesesGroup() throws Exception {
    assertThat(parser.parse("a (b OR c)")).isEqualTo(new And(List.of(word("a"),
        new Or(List.of(word("b"), word("c"))))));
  }

  @Test
  void notAndMinusNegate() throws Exception {
    assertThat(parser.parse("a NOT b -c")).isEqualTo(new And(List.of(word("a"),
        new Not(word("b")), new Not(word("c")))));
    assertThat(parser.parse("NOT NOT a")).isEqualTo(word("a"));
    assertThat(parser.parse("-\"x y\"")).isEqualTo(new Not(new Match(Prefix.DEFAULT, "x y", true)));
  }

  @Test
  void lowercaseOperatorsAreWords() throws Exception {
    assertThat(parser.parse("this and that")).isEqualTo(new And(List.of(word("this"),
        word("and"), word("that"))));
  }

  @Test
  void prefixesTakeWordsAndPhrases() throws Exception {
    assertThat(parser.parse("s:kfunc")).isEqualTo(new Match(Prefix.SUBJECT, "kfunc", false));
    assertThat(parser.parse("f:ast@kernel.org")).isEqualTo(
        new Match(Prefix.FROM, "ast@kernel.org", false));
    assertThat(parser.parse("nq:\"helper freeze\"")).isEqualTo(
        new Match(Prefix.OWN, "helper freeze", true));
    assertThat(parser.parse("DFN:kfuncs.rst")).isEqualTo(
        new Match(Prefix.PATCH_FILE, "kfuncs.rst", false));
    for (String p : List.of("b", "q", "dfa", "dfb", "m")) {
      assertThat(parser.parse(p + ":x")).isInstanceOf(Match.class)
          .extracting(n -> ((Match) n).prefix().prefixName()).isEqualTo(p);
    }
  }

  @Test
  void urlsAreWords() throws Exception {
    assertThat(parser.parse("https://lore.kernel.org/bpf/")).isEqualTo(
        word("https://lore.kernel.org/bpf/"));
  }

  @Test
  void blankQueryMatchesAll() throws Exception {
    assertThat(parser.parse("  ")).isEqualTo(new QueryNode.All());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-01-01..2023-02-28 | 2023-01-01T00:00:00Z | 2023-03-01T00:00:00Z",
      "2023-01-17             | 2023-01-17T00:00:00Z | 2023-01-18T00:00:00Z",
      "2023-02                | 2023-02-01T00:00:00Z | 2023-03-01T00:00:00Z",
      "2022                   | 2022-01-01T00:00:00Z | 2023-01-01T00:00:00Z",
      "20230117..             | 2023-01-17T00:00:00Z | ",
      "..2023-01-01           |                      | 2023-01-02T00:00:00Z",
      "2.weeks.ago..          | 2023-02-15T12:00:00Z | ",
      "2.weeks.ago            | 2023-02-15T12:00:00Z | ",
      "3.days.ago..yesterday  | 2023-02-26T12:00:00Z | 2023-03-01T00:00:00Z",
      "1.month.ago..now       | 2023-02-01T12:00:00Z | 2023-03-01T12:00:00Z",
      "1.year.ago..today      | 2022-03-01T12:00:00Z | 2023-03-02T00:00:00Z",
      "36.hours.ago..         | 2023-02-28T00:00:00Z | ",
  })
  void datesAndRanges(String value, String from, String until) throws Exception {
    assertThat(parser.parse("d:" + value)).isEqualTo(new DateRange(
        Optional.ofNullable(from).map(Instant::parse), Optional.ofNullable(until).map(Instant::parse)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "s:kfunc AND (uapi            | column 18: missing \")\" for \"(\" at column 13",
      "a OR                         | column 5: expected a term after \"OR\" at column 3",
      "a AND OR b                   | column 7: expected a term after \"AND\" at column 3",
      "a )                          | column 3: unexpected \")\" without \"(\"",
      "()                           | column 2: empty parentheses",
      "NOT                          | column 4: expected a term after \"NOT\" at column 1",
      "\"unterminated phrase        | column 1: unterminated phrase: no closing '\"'",
      "x:foo                        | column 1: unknown prefix \"x:\"; known: s: f: b: q: nq: dfn: dfa: dfb: d: m: changeid: patchid:",
      "s:                           | column 1: nothing after \"s:\"",
      "d:2023-13-01                 | column 3: no such date [2023-13-01]",
      "d:2.fortnights.ago           | column 5: unknown time unit [fortnights]; expected seconds, minutes, hours, days, weeks, months or years",
      "d:yesterday..2020            | column 3: date range ends before it starts [yesterday..2020]",
      "d:..                         | column 3: empty date range \"..\"",
      "d:soon                       | column 3: bad date [soon]; expected YYYY-MM-DD, YYYY-MM, YYYY or N.unit.ago",
  })
  void syntaxErrorsNameTheColumn(String query, String message) {
    assertThatThrownBy(() -> parser.parse(query.strip()))
        .isInstanceOf(QuerySyntaxException.class).hasMessage(message);
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "(".repeat(10_000) + "a" + ")".repeat(10_000);
    assertThatThrownBy(() -> parser.parse(deep)).isInstanceOf(QuerySyntaxException.class)
        .hasMessage("column 33: parentheses nested deeper than 32");
    String ok = "(".repeat(32) + "a" + ")".repeat(32);
    assertThatCode(() -> parser.parse(ok)).doesNotThrowAnyException();
  }

  @Test
  void aLongQueryParsesInLinearTime() throws Exception {
    String big = "a b OR ".repeat(50_000) + "c";
    long t = System.nanoTime();
    parser.parse(big);
    assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void pointerMarksTheColumn() {
    QuerySyntaxException e = new QuerySyntaxException("a )", 3, "unexpected");
    assertThat(e.pointer()).isEqualTo("a )\n  ^");
  }
}
