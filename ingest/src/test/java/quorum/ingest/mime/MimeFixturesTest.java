package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.mail.Attachment;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.Participant;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;

/** MIME decoding over the fixtures in corpus/mime (see corpus/mime/README.md). */
class MimeFixturesTest {
  private static CollectingVisitor read(String name) throws Exception {
    return CollectingVisitor.read(CorpusLocator.corpus("mime/" + name));
  }

  @Test
  void decodesQuotedPrintableLatin1() throws Exception {
    CollectingVisitor c = read("qp-latin1.eml");
    Message m = c.single();
    assertThat(m.from()).isEqualTo(Participant.of("J\u00f6rg M\u00fcller", "joerg@example.org"));
    assertThat(m.body()).contains("Gr\u00fc\u00dfe aus K\u00f6ln, und bitte keine Weiterleitung"
        + " \u00e0 la \"see the code\".");
    assertThat(m.inReplyTo()).containsExactly(new MessageId("patch-tw-reuse@example.net"));
    assertThat(m.date()).contains(MailDate.of(java.time.OffsetDateTime.parse(
        "2023-03-06T09:12:44+01:00")));
    assertThat(c.diagnostics).isEmpty();
  }

  @Test
  void decodesBase64Utf8() throws Exception {
    Message m = read("base64-utf8.eml").single();
    assertThat(m.from().name()).isEqualTo("Ren\u00e9 Dupont");
    assertThat(m.body()).contains("\u201cmust not sleep\u201d", "\u65e5\u672c\u8a9e");
  }

  @Test
  void decodesBytesThatDoNotFitTheDeclaredCharsetAndWarns() throws Exception {
    Path file = CorpusLocator.corpus("mime/wrong-charset.eml");
    CollectingVisitor c = CollectingVisitor.read(file);
    assertThat(c.single().body()).contains("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105");
    assertThat(c.printed()).containsExactly(file + ":1: warning: text declared charset"
        + " \"us-ascii\" but its bytes are not us-ascii; decoded as UTF-8");
  }

  @Test
  void decodesEncodedWordsInSubjectAndName() throws Exception {
    Message m = read("rfc2047-subject.eml").single();
    assertThat(m.subject()).isEqualTo(
        "Re: [PATCH RFC] bpf: document stable kfuncs \u2014 a straw man");
    assertThat(m.from().name()).isEqualTo("Toke H\u00f8iland-J\u00f8rgensen");
  }

  @Test
  void convertsHtmlOnlyMailToTextWithQuoteMarkers() throws Exception {
    Message m = read("html-only.eml").single();
    assertThat(m.body()).isEqualTo(
        "On Wed, Jan 18, 2023 at 4:02 PM Sam Wu <sam@example.com> wrote:\n"
            + "> The rule should read MUST: anything weaker will be ignored.\n"
            + ">\n"
            + "> > I proposed SHOULD.\n"
            + "\n"
            + "I disagree. SHOULD leaves room for the cases\n"
            + "we cannot foresee today.\n"
            + "\n"
            + "Pat\n");
  }

  @Test
  void prefersPlainTextInMultipartAlternative() throws Exception {
    Message m = read("multipart-alternative.eml").single();
    assertThat(m.body()).contains("Plain text wins").doesNotContain("HTML loses");
    assertThat(m.attachments()).isEmpty();
  }

  @Test
  void listsAttachmentsWithoutInliningThem() throws Exception {
    Message m = read("attachment.eml").single();
    assertThat(m.body()).isEqualTo(
        "The measurements are in the attached PDF; the patch is attached too.\n");
    assertThat(m.attachments()).containsExactly(
        new Attachment(Optional.of("tw-reuse-latency.pdf"), "application/pdf", 9 + 1024),
        new Attachment(Optional.of("0001-tcp-document-tw_reuse.patch"), "text/x-patch", 116));
  }

  @Test
  void readsDamagedHeadersLeniently() throws Exception {
    Path file = CorpusLocator.corpus("mime/lenient-headers.eml");
    CollectingVisitor c = CollectingVisitor.read(file);
    Message m = c.single();
    assertThat(m.id()).isEmpty();
    assertThat(m.key().isSynthetic()).isTrue();
    assertThat(m.key()).isEqualTo(CollectingVisitor.read(file).single().key());
    assertThat(m.from()).isEqualTo(Participant.of("John Doe", "jdoe@example.com"));
    assertThat(m.inReplyTo()).containsExactly(new MessageId("parent.1@example.com"));
    assertThat(m.references()).containsExactly(new MessageId("root.0@example.com"),
        new MessageId("parent.1@example.com"));
    assertThat(m.date()).isEmpty();
    assertThat(c.printed()).containsExactly(
        file + ":3: warning: unparseable Date [\"sometime last tuesday\"]; date left empty",
        file + ":4: warning: In-Reply-To has no <id> [\"parent.1@example.com\"];"
            + " used it as a bare id");
  }

  @Test
  void listsAnAttachedMessageWithoutInliningIt() throws Exception {
    Message m = read("attached-message.eml").single();
    assertThat(m.body()).isEqualTo("Forwarding the original patch as an attachment.\n");
    assertThat(m.attachments()).singleElement().satisfies(a -> {
      assertThat(a.filename()).contains("original.eml");
      assertThat(a.mimeType()).isEqualTo("message/rfc822");
      assertThat(a.size()).isPositive();
    });
    assertThat(m.id()).contains(new MessageId("attached-message.1@example.org"));
  }
}
