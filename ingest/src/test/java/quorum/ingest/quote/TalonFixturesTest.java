package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.testing.SegmentAssertions.normalize;
import static quorum.testing.SegmentAssertions.ownText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.mail.Attribution;
import quorum.mail.Authored;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.testing.CollectingVisitor;
import quorum.testing.CorpusLocator;

/**
 * mailgun/talon's fixtures (../shared/peer-corpora/talon, see QUOTING.md there): the reply
 * text of standard_replies, and the signatures of signature/emails/stripped.
 */
class TalonFixturesTest {
  private static final String ROOT = "peer-corpora/talon";

  private static JsonNode expected() throws IOException {
    return new ObjectMapper().readTree(CorpusLocator.sharedOrSkip(ROOT + "/expected.json").toFile());
  }

  /** The body MailReader decodes from an .eml (the first text/plain part, as talon uses). */
  private static String body(String path) throws IOException {
    try {
      return CollectingVisitor.read(CorpusLocator.sharedOrSkip(ROOT + "/" + path)).single().body();
    } catch (quorum.ingest.IngestException e) {
      throw new IOException(e);
    }
  }

  private static Stream<Arguments> cases(String section, int count) throws IOException {
    List<Arguments> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = expected().get(section).get("cases").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(Arguments.of(e.getKey().substring(e.getKey().lastIndexOf('/') + 1), e.getKey(), e.getValue()));
    }
    assertThat(out).as(section).hasSize(count);
    return out.stream();
  }

  static Stream<Arguments> standardReplies() throws IOException {
    return cases("standard_replies", 12);
  }

  static Stream<Arguments> htmlReplies() throws IOException {
    return cases("html_replies", 9);
  }

  static Stream<Arguments> strippedSignatures() throws IOException {
    return cases("signature_stripped", 6);
  }

  /** talon keeps signatures above the quote: compare with own text plus depth-0 signatures. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("standardReplies")
  void replyTextIsOwnTextAndOwnSignature(String name, String path, JsonNode spec) throws IOException {
    String body = body(path);
    List<Segment> segments = new BodySegmenter().segment(body);
    String reply = segments.stream()
        .filter(s -> s instanceof Authored || (s instanceof Signature && s.depth() == 0))
        .map(Segment::text).collect(Collectors.joining("\n"));
    assertThat(normalize(reply)).isEqualTo(normalize(spec.get("expected_reply_text").asText()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardReplies")
  void everyStandardReplyNamesWhoItQuotes(String name, String path, JsonNode spec) throws IOException {
    String body = body(path);
    assertThat(new BodySegmenter().segment(body)).filteredOn(s -> s instanceof Attribution)
        .isNotEmpty();
  }

  /**
   * talon's html_replies through the reader's HTML-to-text ({@code <blockquote>} becomes
   * {@code >}), compared as upstream does: all whitespace removed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("htmlReplies")
  void htmlReplyTextIsOwnTextAndOwnSignature(String name, String path, JsonNode spec) throws IOException {
    assertThat(noSpace(htmlReply(path))).isEqualTo(noSpace(spec.get("expected_reply_text").asText()));
  }

  @Test
  void outlookForMacQuoteSectionIsCutAway() throws IOException {
    assertThat(noSpace(htmlReply("tests/fixtures/OLK_SRC_BODY_SECTION.html"))).isEqualTo("Reply");
  }

  /**
   * Known difference: talon drops the whole {@code <div>} that holds the {@code <hr>}, so the
   * line "Bob" above the rule goes with the quote. In text the rule is gone and nothing ties
   * "Bob" to the header block below it, so we keep it as own text.
   */
  @Test
  void aReplySeparatedByARuleKeepsTheLineAboveTheHeaderBlock() throws IOException {
    assertThat(noSpace(htmlReply("tests/fixtures/reply-separated-by-hr.html"))).isEqualTo("HithereBob");
  }

  private static String htmlReply(String path) throws IOException {
    String html = Files.readString(CorpusLocator.sharedOrSkip(ROOT + "/" + path), StandardCharsets.UTF_8);
    List<Segment> segments = new BodySegmenter().segment(quorum.ingest.mime.HtmlText.toText(html));
    assertThat(segments).filteredOn(s -> s instanceof Attribution).isNotEmpty();
    return segments.stream()
        .filter(s -> s instanceof Authored || (s instanceof Signature && s.depth() == 0))
        .map(Segment::text).collect(Collectors.joining("\n"));
  }

  private static String noSpace(String s) {
    return s.replaceAll("\\s+", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strippedSignatures")
  void findsTheSignatureAndLeavesTheText(String name, String path, JsonNode spec) throws IOException {
    String body = Files.readString(CorpusLocator.sharedOrSkip(ROOT + "/" + path), StandardCharsets.UTF_8);
    List<Segment> segments = new BodySegmenter().segment(body);
    String signature = segments.stream().filter(s -> s instanceof Signature)
        .map(Segment::text).collect(Collectors.joining("\n"));
    assertThat(normalize(signature)).isEqualTo(normalize(spec.get("expected_signature").asText()));
    assertThat(normalize(ownText(segments)))
        .isEqualTo(normalize(spec.get("expected_text_by_test_formula").asText()));
  }

  /** Upstream checks only that the result is non-empty and has no "From"; we check the decoded text. */
  @Test
  void aYahooAttributionWithAnUnmarkedHeaderBlockIsCutAway() throws IOException {
    String body = body("tests/fixtures/reply-quotations-share-block.eml");
    List<Segment> segments = new BodySegmenter().segment(body);
    String own = ownText(segments);
    assertThat(own).startsWith("Hi Katharine.").doesNotContain("From").contains("Joe XXX");
    assertThat(segments).filteredOn(s -> s instanceof Attribution).singleElement()
        .satisfies(a -> assertThat(((Attribution) a).who().address()).contains("xxx@example.com"));
  }

  /**
   * The annotated training mail P/102682_R_S: after its headers, a line marked {@code #reply#}
   * is quoted (or the attribution of a quote) and a line marked {@code #sig#} is signature;
   * the rest is own text. The prefixes are removed before segmenting.
   */
  @Test
  void agreesWithTheAnnotationsOfTheTrainingMail() throws IOException {
    String raw = Files.readString(CorpusLocator.sharedOrSkip(
        ROOT + "/tests/fixtures/signature/emails/P/102682_R_S"), StandardCharsets.UTF_8);
    List<String> lines = List.of(raw.substring(raw.indexOf("\n\n") + 2).split("\n", -1));
    List<String> labels = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      String label = line.startsWith("#sig#") ? "signature" : line.startsWith("#reply#") ? "quoted" : "own";
      labels.add(label);
      body.append(line.replaceFirst("^#(sig|reply)#", "")).append('\n');
    }
    List<Segment> segments = new BodySegmenter().segment(body.toString());
    int checked = 0;
    for (Segment s : segments) {
      String kind = s instanceof Signature ? "signature"
          : s instanceof Attribution || s.depth() > 0 ? "quoted" : "own";
      for (int n = s.lines().first(); n <= s.lines().last(); n++) {
        if (!lines.get(n - 1).replaceFirst("^#(sig|reply)#", "").isBlank()) {
          assertThat(kind).as("line %d [%s]", n, lines.get(n - 1)).isEqualTo(labels.get(n - 1));
          checked++;
        }
      }
    }
    long nonBlank = lines.stream().filter(l -> !l.replaceFirst("^#(sig|reply)#", "").isBlank()).count();
    assertThat(checked).as("every non-blank line is covered and checked").isEqualTo(nonBlank)
        .isEqualTo(14);
    assertThat(segments).filteredOn(s -> s instanceof Attribution).extracting(Segment::depth)
        .containsExactly(0, 1);
  }

  @Test
  void aCyrillicMessageSegmentsWithoutTrouble() throws IOException {
    String body = Files.readString(CorpusLocator.sharedOrSkip(
        ROOT + "/tests/fixtures/signature/emails/P/unicode_msg"), StandardCharsets.UTF_8);
    assertThat(new BodySegmenter().segment(body)).isNotEmpty();
  }
}
