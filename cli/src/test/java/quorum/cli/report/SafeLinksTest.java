package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeLinksTest {
  @Test
  void linksHttpHttpsAndMailto() {
    List<SafeLinks.Piece> p = SafeLinks.split("see https://lore.kernel.org/bpf/ and mailto:a@b.org.");
    assertThat(p).extracting(SafeLinks.Piece::href).containsExactly(Optional.empty(),
        Optional.of("https://lore.kernel.org/bpf/"), Optional.empty(), Optional.of("mailto:a@b.org"),
        Optional.empty());
    assertThat(String.join("", p.stream().map(SafeLinks.Piece::text).toList()))
        .isEqualTo("see https://lore.kernel.org/bpf/ and mailto:a@b.org.");
  }

  @Test
  void leavesEveryOtherSchemeAsText() {
    for (String s : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>",
        "file:///etc/passwd", "vbscript:x", "xhttps://evil.example/")) {
      assertThat(SafeLinks.split(s)).as(s).allMatch(piece -> piece.href().isEmpty());
    }
  }

  @Test
  void stopsAtQuotesAndAngleBrackets() {
    List<SafeLinks.Piece> p = SafeLinks.split("https://e.org/a?b=\"><script>");
    assertThat(p.get(0).href()).contains("https://e.org/a?b=");
    assertThat(p.get(1).text()).isEqualTo("\"><script>");
  }

  @Test
  void rejectsMalformedUris() {
    assertThat(SafeLinks.safeHref("https://exa mple.org")).isEmpty();
    assertThat(SafeLinks.safeHref("http://")).isEmpty();
    assertThat(SafeLinks.safeHref("mailto:nobody")).isEmpty();
  }

  @Test
  void scansAHugeLineInLinearTime() {
    String line = "http:".repeat(200_000) + "x";
    long start = System.nanoTime();
    SafeLinks.split(line);
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }
}
