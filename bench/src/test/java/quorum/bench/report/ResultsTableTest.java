package quorum.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  @Test
  void printsRatesRatiosAndPercentiles() {
    Raw raw = Raw.parse(List.of("corpus\tsynthetic 2k", "messages\t2000", "mbox_bytes\t6000000",
        "quorum.ingest_s\t4", "notmuch.ingest_s\t8", "mu.ingest_s\t2", "ceiling.messages\t2000",
        "ceiling.index_s\t1", "query.rare\tquiescence",
        "search.quorum.rare\t100", "search.quorum.rare\t300", "search.quorum.rare\t200",
        "search.notmuch.rare\t50", "start.quorum\t40", "noise without a tab"));

    String md = ResultsTable.render(raw);

    assertThat(md).contains("| ingest+index, messages/s | 500 | 250 | 1000 | 2000 | 2.00 | 0.50 | 0.25 |");
    assertThat(md).contains("| search rare `quiescence`, p50 ms (hits q/n/m: ?/?/?) | 200 | 50 | – | – | 0.25 | – | – |");
    assertThat(md).contains("| search rare `quiescence`, p95 ms (hits q/n/m: ?/?/?) | 300 |");
    assertThat(md).contains("| start share of a small search (rare word, p50) | 20% |");
  }

  @Test
  void aServedSearchGetsItsOwnRowUnderTheColdOne() {
    Raw raw = Raw.parse(List.of("query.rare\tquiescence", "search.quorum.rare\t400",
        "search.served.rare\t100", "search.mu.rare\t50"));

    String md = ResultsTable.render(raw);

    assertThat(md).contains("| search rare `quiescence`, p50 ms (hits q/n/m: ?/?/?) | 400 | – | 50 | – | – | 0.13 | – |\n"
        + "| &nbsp;&nbsp;the same, `quorum serve` running, p50 ms | 100 | – | 50 | – | – | 0.50 | – |");
    assertThat(ResultsTable.render(Raw.parse(List.of("search.quorum.rare\t400")))).doesNotContain("quorum serve` running, p");
  }

  @Test
  void marksAQueryCutAtTheTimeoutAsALowerBound() {
    Raw raw = Raw.parse(List.of("query.common\tkernel", "search.quorum.common\t120000",
        "timedout.quorum.common\t1", "search.mu.common\t900"));

    assertThat(ResultsTable.render(raw))
        .contains("| search common `kernel`, p50 ms (hits q/n/m: ?/?/?) | ≥120000 | – | 900 | – | – | 0.01 | – |");
  }

  @Test
  void nearestRankPercentiles() {
    double[] s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(Raw.percentile(s, 50).getAsDouble()).isEqualTo(5);
    assertThat(Raw.percentile(s, 95).getAsDouble()).isEqualTo(10);
    assertThat(Raw.percentile(new double[0], 50)).isEmpty();
  }
}
