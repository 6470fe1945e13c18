package quorum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.index.SearchHit;
import quorum.index.Snippet;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

class HitPrinterTest {
  @Test
  void printsEveryHitInRankOrderWhetherOrNotTheWriterThreadRuns() {
    for (int n : new int[] {0, 1, 1023, 1024, 1025, 5000}) {
      StringBuilder expected = new StringBuilder();
      StringWriter printed = new StringWriter();
      try (HitPrinter printer = new HitPrinter(new PrintWriter(printed), false)) {
        for (int i = 0; i < n; i++) {
          SearchHit h = hit(i);
          SearchCommand.appendHit(expected, h, "", false);
          printer.accept(h);
        }
        assertThat(printer.shown()).isEqualTo(n);
        printer.finish(n + " matches\n");
      }
      expected.append(n).append(" matches\n");
      assertThat(printed.toString()).as("%d hits", n).isEqualTo(expected.toString());
    }
  }

  private static SearchHit hit(int i) {
    Snippet snippet = i % 7 == 0
        ? new Snippet("own", "text " + i + " with  a match", java.util.List.of(new Snippet.Span(0, 4)))
        : Snippet.EMPTY;
    return new SearchHit(new MessageKey("m" + i + "@example.org"), "0000000000000001",
        "thread subject", i % 5 == 0 ? "" : "Re: subject ø " + i,
        Participant.of(i % 3 == 0 ? "" : "Jane Døe", "jane@example.org"),
        Optional.of(Instant.ofEpochSecond(1_600_000_000L + i)),
        i % 11 == 0 ? Optional.empty() : Optional.of("2020-09-13T12:26:40Z"), i % 13 == 0, 1f,
        snippet);
  }
}
