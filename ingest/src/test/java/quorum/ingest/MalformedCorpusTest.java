package quorum.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.ReplyNode;
import quorum.testing.CorpusLocator;

/**
 * Every small case of {@code corpus/malformed/} (issue 8): no exception, the accounting holds
 * (read = accepted + duplicates + rejected), and the outcome is the one its README promises,
 * down to the wording of each diagnostic. The huge cases are generated: {@link HugeMailTest}.
 */
class MalformedCorpusTest {
  /** What a case must produce: counts, and every diagnostic as printed (path cut to the name). */
  record Outcome(int read, int accepted, int duplicates, int rejected, List<String> diagnostics) {}

  private static Outcome outcome(int read, int accepted, int duplicates, int rejected,
      String... diagnostics) {
    return new Outcome(read, accepted, duplicates, rejected, List.of(diagnostics));
  }

  private static final Map<String, Outcome> EXPECTED = new HashMap<>();

  static {
    EXPECTED.put("attachment-path-names.mbox", outcome(1, 1, 0, 0));
    EXPECTED.put("bad-dates.mbox", outcome(6, 6, 0, 0,
        "bad-dates.mbox:4: warning: implausible Date [\"Fri, 31 Dec 9999 23:59:59 +0000\"] (before"
            + " 1971 or in the future); kept as given, so timelines and 'oldest first' may mislead",
        "bad-dates.mbox:13: warning: implausible Date [\"Mon, 1 Jan 1901 00:00:00 +0000\"] (before"
            + " 1971 or in the future); kept as given, so timelines and 'oldest first' may mislead",
        "bad-dates.mbox:22: warning: implausible Date [\"Thu, 1 Jan 1970 00:00:00 +0000\"] (before"
            + " 1971 or in the future); kept as given, so timelines and 'oldest first' may mislead",
        "bad-dates.mbox:31: warning: unparseable Date [\"the day after the storm\"]; date left empty",
        "bad-dates.mbox:40: warning: unparseable Date [\"Mon, 6 Mar 2023 08:27:00 +9999\"]; date left empty",
        "bad-dates.mbox:49: warning: unparseable Date [\"Mon, 6 Mar 100000 08:28:00 +0000\"]; date left empty"));
    EXPECTED.put("bad-transfer-encoding.mbox", outcome(2, 2, 0, 0,
        "bad-transfer-encoding.mbox:1: warning: damaged transfer encoding (Unexpected base64 byte: 33;"
            + " ignoring.; Unexpected base64 byte: 64; ignoring.; Unexpected base64 byte: 35; ignoring.;"
            + " Unexpected end of BASE64 stream; dropping 2 sextet(s)); decoded what could be",
        "bad-transfer-encoding.mbox:14: warning: damaged transfer encoding (Malformed encoded value"
            + " encountered; leaving =ZZ as is; Malformed encoded value encountered; leaving =4  as"
            + " is); decoded what could be"));
    EXPECTED.put("crlf-line-ends.mbox", outcome(2, 2, 0, 0));
    EXPECTED.put("duplicate-message-id.mbox", outcome(3, 1, 2, 0,
        "duplicate-message-id.mbox:10: warning: duplicate Message-ID <malformed.dup@example.org> with"
            + " different content (first at duplicate-message-id.mbox:1); kept the first",
        "duplicate-message-id.mbox:19: warning: duplicate Message-ID <malformed.dup@example.org> with"
            + " different content (first at duplicate-message-id.mbox:1); kept the first"));
    EXPECTED.put("eight-bit-headers.mbox", outcome(2, 2, 0, 0));
    EXPECTED.put("headers-only.mbox", outcome(1, 1, 0, 0));
    EXPECTED.put("invalid-rfc2047.mbox", outcome(1, 1, 0, 0,
        "invalid-rfc2047.mbox:3: warning: Subject has damaged encoded words (Unexpected base64 byte: 33;"
            + " ignoring.; Unexpected end of BASE64 stream; dropping 1 sextet(s); Mime charser"
            + " 'x-no-such-charset' doesn't have a corresponding Java charset"
            + " (=?x-no-such-charset?Q?caf=E9?=); leaving word encoded); decoded what could be"));
    EXPECTED.put("lone-cr-line-ends.mbox", outcome(2, 2, 0, 0,
        "lone-cr-line-ends.mbox:1: warning: line ends are bare CR (classic Mac OS); read each CR as a"
            + " line end"));
    EXPECTED.put("lying-charset.mbox", outcome(2, 2, 0, 0,
        "lying-charset.mbox:1: warning: text declared charset \"utf-8\" but its bytes are not utf-8;"
            + " decoded as windows-1252",
        "lying-charset.mbox:12: warning: text declared charset \"us-ascii\" but its bytes are not"
            + " us-ascii; decoded as UTF-8"));
    EXPECTED.put("missing-from-line.mbox", outcome(1, 1, 0, 0,
        "missing-from-line.mbox:10: warning: a header block with From, Date and Message-ID fields"
            + " inside the body of the message at line 1 (a lost From_ line?); kept as body text"));
    EXPECTED.put("no-header-fields.mbox", outcome(2, 1, 0, 1,
        "no-header-fields.mbox:10: error: no RFC 5322 header fields; message skipped"));
    EXPECTED.put("nul-bytes.mbox", outcome(1, 1, 0, 0,
        "nul-bytes.mbox:1: warning: 4 NUL byte(s) in the message; removed them from its text"));
    EXPECTED.put("references-cycle.mbox", outcome(3, 3, 0, 0));
    EXPECTED.put("truncated-in-headers.mbox", outcome(2, 2, 0, 0,
        "truncated-in-headers.mbox:14: error: file ends inside the header block of the message at line"
            + " 10 (truncated?); kept what was read",
        "truncated-in-headers.mbox:14: warning: Message-ID has no <id> [\"<malformed.2@exa\"]; used a"
            + " content hash as key"));
    EXPECTED.put("unclosed-boundary.mbox", outcome(2, 2, 0, 0,
        "unclosed-boundary.mbox:1: warning: multipart boundary \"outer\" is never closed, so the From_"
            + " line(s) inside its last part (line 20) start messages after all; split there",
        "unclosed-boundary.mbox:1: warning: multipart boundary \"outer\" is never closed; read its last"
            + " part to the end of the message"));
    EXPECTED.put("unknown-charset.mbox", outcome(1, 1, 0, 0,
        "unknown-charset.mbox:1: warning: unknown charset \"x-no-such-charset\"; decoded as"
            + " windows-1252"));
  }

  static Stream<Path> cases() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CorpusLocator.corpus("malformed"))) {
      files = s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList();
    }
    assertThat(files).as("corpus/malformed cases").hasSizeGreaterThanOrEqualTo(15);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInTheOutcomeItsReadmePromises(Path file) throws Exception {
    IngestResult r = new Ingester(IngestOptions.LENIENT).ingest(List.of(file));
    Outcome want = EXPECTED.get(file.getFileName().toString());
    assertThat(want).as("an expected outcome for " + file.getFileName()).isNotNull();
    String dir = file.getParent() + "/";
    List<String> printed = r.diagnostics().stream().map(d -> d.toString().replace(dir, ""))
        .toList();
    assertThat(new Outcome(r.read(), r.accepted(), r.duplicates(), r.rejected(), printed))
        .isEqualTo(want);
    assertThat(r.read()).isEqualTo(r.accepted() + r.duplicates() + r.rejected());
    assertThat(messages(r)).as("messages threaded").hasSize(r.accepted());
    for (Discussion d : r.discussions()) {
      assertAcyclic(d);
    }
  }

  @Test
  void everyCaseIsListedInTheReadmeAndExpected() throws Exception {
    String readme = Files.readString(CorpusLocator.corpus("malformed/README.md"));
    Set<String> names = cases().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(names);
    for (String name : names) {
      assertThat(readme).as("README lists " + name).contains("`" + name + "`");
    }
    for (quorum.testing.HugeMail.Case c : quorum.testing.HugeMail.Case.values()) {
      assertThat(readme).as("README lists " + c.fileName).contains("`" + c.fileName + "`");
    }
  }

  @Test
  void keepsTextRepairedNotDropped() throws Exception {
    assertThat(body("nul-bytes.mbox", "malformed.5@example.org"))
        .isEqualTo("A body with a NULbyte, and two more here.\n");
    assertThat(body("lone-cr-line-ends.mbox", "malformed.8@example.org"))
        .isEqualTo("Every line of this file ends in a bare CR.\n> a quoted line\n\n");
    assertThat(body("crlf-line-ends.mbox", "malformed.6@example.org"))
        .isEqualTo("Every line of this file ends in CR LF.\n> quoted, too\n\n");
    assertThat(body("bad-transfer-encoding.mbox", "malformed.16@example.org"))
        .startsWith("Hello, base64 world.\n");
    assertThat(body("unclosed-boundary.mbox", "malformed.19@example.org"))
        .isEqualTo("The next message is read as its own.\n");
    Message latin = message("eight-bit-headers.mbox", "malformed.11@example.org");
    assertThat(latin.from().name()).isEqualTo("François Müller");
    assertThat(latin.subject()).isEqualTo("Re: Grüße aus Köln (raw Latin-1)");
  }

  @Test
  void handsTheRawBytesOfEachRejectedMessageToTheCaller() throws Exception {
    IngestResult r = ingest("no-header-fields.mbox");
    assertThat(r.rejects()).singleElement().satisfies(rej -> {
      assertThat(new String(rej.raw(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("\nThis message lost every header field.\n");
      assertThat(rej.complete()).isTrue();
      assertThat(rej.why().message()).isEqualTo("no RFC 5322 header fields; message skipped");
    });
    IngestResult small = new Ingester(IngestOptions.LENIENT.withMaxMessageBytes(100))
        .ingest(List.of(CorpusLocator.corpus("malformed/bad-dates.mbox")));
    assertThat(small.rejected()).isEqualTo(6);
    assertThat(small.rejects()).hasSize(6).allSatisfy(rej -> {
      assertThat(rej.complete()).isFalse();
      assertThat(rej.raw()).hasSizeLessThanOrEqualTo(100);
      assertThat(new String(rej.raw(), java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("From: Ann Example <ann@example.org>\n");
    });
  }

  @Test
  void keepsAttachmentNamesAsDataOnly() throws Exception {
    Message m = message("attachment-path-names.mbox", "malformed.34@example.org");
    assertThat(m.attachments()).extracting(a -> a.filename().orElse(""))
        .containsExactly("../../../../etc/passwd", "/tmp/quorum-owned", "C:\\Windows\\evil.bat");
    assertThat(Path.of("/tmp/quorum-owned")).doesNotExist();
  }

  @Test
  void breaksReferenceLoopsAndSelfReferences() throws Exception {
    IngestResult r = ingest("references-cycle.mbox");
    assertThat(r.discussions()).hasSize(1);
    Discussion d = r.discussions().get(0);
    assertThat(d.tree().roots()).hasSize(1);
    assertAcyclic(d);
  }

  private static void assertAcyclic(Discussion d) {
    Map<MessageKey, ReplyNode> nodes = d.tree().nodes();
    for (ReplyNode start : nodes.values()) {
      Set<MessageKey> seen = new HashSet<>();
      ReplyNode n = start;
      while (n.parent().isPresent()) {
        assertThat(seen.add(n.key())).as("loop through " + n.key()).isTrue();
        n = nodes.get(n.parent().get());
        if (n == null) {
          break;
        }
      }
    }
  }

  private static IngestResult ingest(String name) throws IngestException {
    return new Ingester(IngestOptions.LENIENT).ingest(
        List.of(CorpusLocator.corpus("malformed/" + name)));
  }

  private static List<Message> messages(IngestResult r) {
    List<Message> all = new ArrayList<>();
    r.discussions().forEach(d -> d.messages().stream()
        .filter(m -> m.provenance() == quorum.mail.Provenance.HEADERS).forEach(all::add));
    return all;
  }

  private static Message message(String file, String id) throws IngestException {
    return messages(ingest(file)).stream().filter(m -> m.key().value().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + file));
  }

  private static String body(String file, String id) throws IngestException {
    return message(file, id).body();
  }
}
