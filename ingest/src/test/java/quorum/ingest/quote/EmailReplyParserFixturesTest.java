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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.mail.Attribution;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.testing.CorpusLocator;

/**
 * github/email_reply_parser's fixtures (../shared/peer-corpora/email_reply_parser, see
 * QUOTING.md there): own text against {@code expected_visible_text}, and upstream's fragment
 * flags against our segments projected onto the same three classes.
 */
class EmailReplyParserFixturesTest {
  private static final String ROOT = "peer-corpora/email_reply_parser";

  /**
   * Upstream fragments that hold only whitespace (blank lines between a quote and a footer,
   * or after the last quote); segments never cover blank lines, so these have no counterpart.
   */
  private static final Map<String, Set<Integer>> BLANK_UPSTREAM_FRAGMENTS = Map.of(
      "email_1_2.txt", Set.of(4), "email_1_3.txt", Set.of(3), "email_1_8.txt", Set.of(5),
      "greedy_on.txt", Set.of(2));

  private static JsonNode expected() throws IOException {
    Path json = CorpusLocator.sharedOrSkip(ROOT + "/expected.json");
    return new ObjectMapper().readTree(json.toFile());
  }

  private static String body(String name) throws IOException {
    Path p = CorpusLocator.sharedOrSkip(ROOT + "/test/emails/" + name);
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);  // CRLF kept as is
  }

  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = expected().get("fixtures").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(Arguments.of(e.getKey(), e.getValue()));
    }
    assertThat(out).as("fixtures in expected.json").hasSize(22);
    return out.stream();
  }

  static Stream<Arguments> visibleTextCases() throws IOException {
    return fixtures().filter(a -> ((JsonNode) a.get()[1]).has("expected_visible_text"));
  }

  static Stream<Arguments> flagCases() throws IOException {
    return fixtures().filter(a -> ((JsonNode) a.get()[1]).has("fragments_quoted"));
  }

  static Stream<Arguments> assertionCases() throws IOException {
    return fixtures().filter(a -> ((JsonNode) a.get()[1]).has("fragment_assertions"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("visibleTextCases")
  void ownTextIsTheVisibleText(String name, JsonNode spec) throws IOException {
    List<Segment> segments = new BodySegmenter().segment(body(name));
    assertThat(normalize(ownText(segments)))
        .isEqualTo(normalize(spec.get("expected_visible_text").asText()));
  }

  /** The inline-only upstream tests recorded in expected.json (no fixture file). */
  @Test
  void inlineCasesKeepNonAsciiTextAndLeaveTheInputAlone() throws IOException {
    JsonNode inline = expected().get("inline_only_tests_not_tied_to_a_fixture");
    JsonNode nonAscii = inline.get("test_handles_non_ascii_characters");
    assertThat(ownText(new BodySegmenter().segment(nonAscii.get("input").asText())))
        .isEqualTo(nonAscii.get("expected_visible_text").asText());
    String input = inline.get("test_does_not_modify_input_string").get("input").asText();
    String copy = new String(input.toCharArray());
    new BodySegmenter().segment(input);
    assertThat(input).isEqualTo(copy);
  }

  @Test
  void thereAreEightExactVisibleTextCases() throws IOException {
    assertThat(visibleTextCases().count()).isEqualTo(8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flagCases")
  void fragmentClassesMatchUpstreamFlags(String name, JsonNode spec) throws IOException {
    List<Fragment> ours = project(new BodySegmenter().segment(body(name)), body(name));
    assertThat(ours).extracting(Fragment::cls).containsExactlyElementsOf(upstreamClasses(name, spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assertionCases")
  void fragmentContentsMatchUpstreamChecks(String name, JsonNode spec) throws IOException {
    String body = body(name);
    List<Fragment> ours = project(new BodySegmenter().segment(body), body);
    for (JsonNode check : spec.get("fragment_assertions")) {
      int upstream = check.get("index").asInt();
      if (BLANK_UPSTREAM_FRAGMENTS.getOrDefault(name, Set.of()).contains(upstream)) {
        // a fragment we take as blank: where upstream pins it, it must indeed be whitespace
        assertThat(check.path("equals").asText("")).isBlank();
        continue;
      }
      int index = ourIndex(name, upstream);
      assertThat(ours).as("%s has fragment %d", name, index).hasSizeGreaterThan(index);
      String text = ours.get(index).text();
      if (check.has("equals")) {
        assertThat(normalize(text)).isEqualTo(normalize(check.get("equals").asText()));
      } else if (check.has("contains")) {
        assertThat(text).contains(check.get("contains").asText());
      } else {
        Pattern p = Pattern.compile(check.get("matches_regex").asText(), Pattern.MULTILINE);
        assertThat(p.matcher(text).find()).as("/%s/ in fragment %d:%n%s", p, index, text).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fragmentCountsMatchWhereUpstreamAssertsThem(String name, JsonNode spec) throws IOException {
    if (!spec.has("fragment_count") || name.equals("email_long_quote.txt")) {
      return;  // long_quote: see theLongQuoteKeepsItsOwnText
    }
    int blanks = BLANK_UPSTREAM_FRAGMENTS.getOrDefault(name, Set.of()).size();
    List<Fragment> ours = project(new BodySegmenter().segment(body(name)), body(name));
    assertThat(ours).hasSize(spec.get("fragment_count").asInt() - blanks);
  }

  /**
   * Upstream counts 5 fragments in email_long_quote.txt because its 707 606-character line of
   * {@code >} is a quoted fragment; for us a line of only markers carries no text, so the text
   * on both sides of it is one run of own text. What matters is kept: the own text and speed.
   */
  @Test
  void theLongQuoteKeepsItsOwnText() throws IOException {
    List<Segment> s = new BodySegmenter().segment(body("email_long_quote.txt"));
    String own = normalize(ownText(s));
    assertThat(own).startsWith("Hi folks What is the best way to clear a Riak bucket of all key, "
        + "values after running a test? asdf A>>>>").endsWith("> I am currently using the Java HTTP API.");
    assertThat(own).doesNotContain("Abhishek", "riak-users mailing list");
    assertThat(s).filteredOn(x -> x instanceof Signature).hasSize(2);
  }

  /** Upstream's quoted/signature flags as classes, blank fragments dropped. */
  private static List<String> upstreamClasses(String name, JsonNode spec) {
    List<String> out = new ArrayList<>();
    Set<Integer> blank = BLANK_UPSTREAM_FRAGMENTS.getOrDefault(name, Set.of());
    for (int i = 0; i < spec.get("fragments_quoted").size(); i++) {
      if (blank.contains(i)) {
        continue;
      }
      boolean quoted = spec.get("fragments_quoted").get(i).asBoolean();
      boolean sig = spec.has("fragments_signature") && spec.get("fragments_signature").get(i).asBoolean();
      out.add(quoted ? "quoted" : sig ? "signature" : "text");
    }
    return out;
  }

  private static int ourIndex(String name, int upstream) {
    int skipped = 0;
    for (int b : BLANK_UPSTREAM_FRAGMENTS.getOrDefault(name, Set.of())) {
      skipped += b < upstream ? 1 : 0;
    }
    return upstream - skipped;
  }

  /** One upstream-style fragment made of our segments, with the raw body lines it spans. */
  record Fragment(String cls, String text) {}

  /**
   * Our segments in upstream's terms: an attribution or anything at depth >= 1 is "quoted",
   * a depth-0 signature is "signature" (each signature segment its own fragment, as upstream
   * splits at each delimiter), the rest is "text"; neighbours of one class merge.
   */
  static List<Fragment> project(List<Segment> segments, String body) {
    String[] lines = body.split("\r\n|\n|\r", -1);
    List<Fragment> out = new ArrayList<>();
    String cls = null;
    int first = 0;
    int last = 0;
    for (Segment s : segments) {
      String c = s instanceof Attribution || s.depth() > 0 ? "quoted"
          : s instanceof Signature ? "signature" : "text";
      if (c.equals(cls) && !c.equals("signature")) {
        last = s.lines().last();
        continue;
      }
      if (cls != null) {
        out.add(new Fragment(cls, join(lines, first, last)));
      }
      cls = c;
      first = s.lines().first();
      last = s.lines().last();
    }
    if (cls != null) {
      out.add(new Fragment(cls, join(lines, first, last)));
    }
    return out;
  }

  private static String join(String[] lines, int first, int last) {
    return String.join("\n", java.util.Arrays.asList(lines).subList(first - 1, last));
  }
}
