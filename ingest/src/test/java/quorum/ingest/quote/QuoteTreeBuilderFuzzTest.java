package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.ingest.InputFormat;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Provenance;

/**
 * Fuzzes {@link QuoteTreeBuilder#complete} (with the threader before it) on small threads whose
 * bodies the fuzzer writes: the input becomes a real mbox that the {@link Ingester} reads.
 *
 * <p>Input layout (UTF-8 text, so seeds are readable): messages separated by form feeds
 * ({@code \f}), at most {@value #MAX_MESSAGES}. The first line of each is a header line of up to
 * three characters: the index of the message it replies to ({@code 0}-{@code 7}, any message,
 * itself and later ones included; anything else: no parent), the author ({@code a}-{@code d}),
 * and a header quirk ({@code d}: no Date, {@code r}: References only, {@code s}: another
 * subject, {@code i}: no Message-ID). The rest is the body.
 *
 * <p>Invariants: every message is read and accounted for; each real message lands in exactly
 * one discussion; every reply tree is a forest and every message's segments, quote-only ones
 * included, cover its body ({@link ThreadInvariants}).
 */
class QuoteTreeBuilderFuzzTest {
  static final int MAX_MESSAGES = 8;
  private static final String[] AUTHORS = {"Alice Archer <alice@example.org>",
      "Bob Baker <bob@example.net>", "Carol Chen <carol@example.com>",
      "Dave Dias <dave@example.org>"};
  private final Path file;

  QuoteTreeBuilderFuzzTest() throws IOException {
    Path dir = Files.createTempDirectory("quorum-fuzz-thread");
    dir.toFile().deleteOnExit();
    file = dir.resolve("thread.mbox");
    file.toFile().deleteOnExit();
  }

  @FuzzTest(maxDuration = "5m")
  void rebuildsAForestFromAnyQuotes(byte[] input) throws IOException, IngestException {
    String[] parts = new String(input, StandardCharsets.UTF_8).split("\f", MAX_MESSAGES);
    Files.writeString(file, mbox(parts), StandardCharsets.UTF_8);

    // read as the mbox it is: a body with NUL bytes would make the format sniffer say "binary"
    IngestResult r = new Ingester(IngestOptions.LENIENT.withFormat(InputFormat.MBOX))
        .ingest(List.of(file));
    assertThat(r.read()).as("every message read").isEqualTo(parts.length);
    assertThat(r.rejected()).isZero();

    ThreadInvariants.assertThreads(r.discussions());
    Set<MessageKey> real = new HashSet<>();
    for (Discussion d : r.discussions()) {
      for (Message m : d.messages()) {
        if (m.provenance() != Provenance.QUOTED_ONLY) {
          assertThat(real.add(m.key())).as("%s in one discussion only", m.key()).isTrue();
        }
      }
    }
    assertThat(real).hasSize(r.accepted());
  }

  /** An mboxo file of the parts; body lines that would start a message are escaped. */
  static String mbox(String[] parts) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int eol = part.indexOf('\n');
      String head = eol < 0 ? part : part.substring(0, eol);
      String body = eol < 0 ? "" : part.substring(eol + 1);
      char parentChar = head.length() > 0 ? head.charAt(0) : '-';
      int parent = parentChar >= '0' && parentChar < '0' + parts.length ? parentChar - '0' : -1;
      String author = AUTHORS[head.length() > 1 ? Math.floorMod(head.charAt(1) - 'a', 4) : i % 4];
      char quirk = head.length() > 2 ? head.charAt(2) : ' ';
      b.append("From fuzz@example.org Mon Jan  1 00:00:00 2024\n");
      b.append("From: ").append(author).append('\n');
      b.append("Subject: ").append(quirk == 's' ? "another topic " + i : i == 0 ? "fuzzed thread"
          : "Re: fuzzed thread").append('\n');
      if (quirk != 'd') {
        b.append(String.format("Date: Mon, %d Jan 2024 10:%02d:00 +0000\n", 1 + i / 4, i * 7 % 60));
      }
      if (quirk != 'i') {
        b.append("Message-ID: <m").append(i).append("@fuzz.example>\n");
      }
      if (parent >= 0) {
        if (quirk != 'r') {
          b.append("In-Reply-To: <m").append(parent).append("@fuzz.example>\n");
        }
        b.append("References: <m").append(parent).append("@fuzz.example>\n");
      }
      b.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
          + "Content-Transfer-Encoding: 8bit\n\n");
      for (String line : body.split("\n", -1)) {
        b.append(line.startsWith("From ") ? ">" : "").append(line).append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }
}
