package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.MailVisitor;
import quorum.ingest.mbox.MailReader;
import quorum.ingest.thread.Threader;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;
import quorum.testing.CorpusLocator;

/**
 * The quote tree on a real list archive ({@code ../shared/peer-corpora/ksummit}, read in place):
 * it adds quote-only messages and parents for header roots, but never moves a header parent,
 * never loses a message, keeps parents before replies, and rarely makes a quote-only node for
 * a message that is in the thread as real mail.
 */
class KsummitQuoteTreeTest {
  /**
   * The allowed share of quote-only nodes that look like real mail of their thread. 2026 was
   * at 4 of 13 (ceiling 0.50) while a nested attribution followed by a snip ("On ..., Dave
   * wrote:\n> On ..., Lorenzo wrote:\n> ...") was reported at depth 0; since that fix it
   * measures 1 of 7 (0.143).
   */
  @ParameterizedTest
  @CsvSource({"2023, 0.10", "2026, 0.15"})
  void addsQuotedMessagesWithoutDisturbingHeaderThreading(String year, double maxDuplicates)
      throws IngestException {
    Path mbox = CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox");
    List<Message> read = new ArrayList<>();
    BodySegmenter segmenter = new BodySegmenter();
    new MailReader(IngestOptions.LENIENT).read(mbox, new MailVisitor() {
      @Override
      public void message(Message m) {
        read.add(m.withSegments(segmenter.segment(m.body())));
      }

      @Override
      public void rejected(Diagnostic why) {}

      @Override
      public void diagnostic(Diagnostic d) {}
    });
    int quoteOnly = 0;
    int duplicates = 0;
    int newParents = 0;
    QuoteTreeBuilder builder = new QuoteTreeBuilder();
    for (Discussion before : new Threader().thread(read)) {
      Discussion after = builder.complete(before);
      for (Message m : before.messages()) {
        assertThat(after.message(m.key())).as(m.key().value()).isPresent();
        Optional<MessageKey> header = before.tree().parentOf(m.key());
        if (header.isPresent()) {
          assertThat(after.tree().parentOf(m.key())).as(m.key().value()).isEqualTo(header);
        } else if (after.tree().parentOf(m.key()).isPresent()) {
          newParents++;
        }
      }
      List<MessageKey> order = after.messages().stream().map(Message::key).toList();
      for (Map.Entry<MessageKey, ReplyNode> e : after.tree().nodes().entrySet()) {
        Optional<MessageKey> p = e.getValue().parent();
        if (p.isPresent() && order.contains(p.get()) && order.contains(e.getKey())) {
          assertThat(order.indexOf(p.get())).isLessThan(order.indexOf(e.getKey()));
          assertThat(e.getValue().depth())
              .isEqualTo(after.tree().nodes().get(p.get()).depth() + 1);
        }
      }
      for (Message q : after.messages()) {
        if (q.provenance() == Provenance.QUOTED_ONLY) {
          quoteOnly++;
          duplicates += before.messages().stream().anyMatch(r -> sameMessage(q, r)) ? 1 : 0;
        }
      }
    }
    System.out.printf("ksummit %s quote tree: %d messages read, %d quote-only nodes added, "
        + "%d of them look like real mail of their thread, %d header roots got a parent%n",
        year, read.size(), quoteOnly, duplicates, newParents);
    assertThat(quoteOnly).isPositive();
    assertThat((double) duplicates / quoteOnly).as("share of quote-only nodes duplicating real mail")
        .isLessThanOrEqualTo(maxDuplicates);
  }

  /** Same author, and the same minute in some time zone (attributions rarely give the zone). */
  private static boolean sameMessage(Message quoted, Message real) {
    if (real.provenance() == Provenance.QUOTED_ONLY || !real.from().sameAs(quoted.from())
        || quoted.date().isEmpty() || real.date().isEmpty()) {
      return false;
    }
    MailDate a = quoted.date().get();
    MailDate b = real.date().get();
    long minutes = Math.abs(Duration.between(a.local().withSecond(0).withNano(0),
        b.local().withSecond(0).withNano(0)).toMinutes());
    return minutes % 15 == 0 && minutes <= 26 * 60;
  }
}
