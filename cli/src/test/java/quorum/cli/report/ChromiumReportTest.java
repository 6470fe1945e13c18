package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.testing.CorpusLocator;

/**
 * Opens HTML reports in headless Chromium (Debian's {@code chromium}; .ci/run installs it) and
 * checks the DOM the browser ends up with: a page whose scripts run is seen to run (so the check
 * can fail), the hostile thread's report runs none of the scripts its mail carries, and the
 * reply tree is there. Writes screenshots to {@code cli/target/report-screenshots/} for a
 * person to look at. Skipped, saying why, only when /usr/bin/chromium is absent.
 */
class ChromiumReportTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 60;

  @TempDir
  Path tmp;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium check skipped: " + CHROMIUM
        + " is absent (Debian/Ubuntu: apt-get install chromium; .ci/run installs it)");
  }

  @Test
  void detectsAScriptThatRuns() throws Exception {
    // the control: if this page's script did not show in the dump, the checks below would
    // prove nothing
    Path page = tmp.resolve("control.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><title>before</title></head><body>"
        + "<script>document.title='PWNED';"
        + "document.body.appendChild(document.createElement('pwned'));</script></body></html>");
    Document dom = Jsoup.parse(dumpDom(page));
    assertThat(dom.title()).isEqualTo("PWNED");
    assertThat(dom.select("pwned")).hasSize(1);
  }

  @Test
  void hostileThreadRunsNoScriptAndShowsItsTree() throws Exception {
    List<ThreadReport> reports = ReportGoldenTest.reports("hostile/script-injection.mbox");
    Path page = tmp.resolve("hostile.html");
    Files.writeString(page, new HtmlReport().render(reports), StandardCharsets.UTF_8);
    Document dom = Jsoup.parse(dumpDom(page));
    assertThat(dom.title()).startsWith("Thread report: ").isNotEqualTo("PWNED");
    assertThat(dom.select("pwned")).isEmpty();
    assertThat(dom.select("script, img, svg, iframe")).isEmpty();
    assertThat(dom.select("ul.tree li")).hasSize(reports.get(0).tree().size());
    assertThat(dom.select("ul.tree details summary a.label").first().text()).isEqualTo("m1");
    assertThat(dom.body().text()).contains("<script>document.title='PWNED'</script>");
  }

  @Test
  void realThreadRendersAndIsPhotographed() throws Exception {
    List<ThreadReport> reports =
        ReportGoldenTest.reports("quoting/phy-rate-matching-snips-signatures-trailers.mbox");
    Path page = tmp.resolve("phy.html");
    Files.writeString(page, new HtmlReport().render(reports), StandardCharsets.UTF_8);
    Path shots = CorpusLocator.root().resolve("cli/target/report-screenshots");
    Files.createDirectories(shots);
    Path png = shots.resolve("phy-rate-matching-1280.png");
    Files.deleteIfExists(png);
    run(page, "--screenshot=" + png, "--window-size=1280,1600");
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  private String dumpDom(Path page) throws Exception {
    return run(page, "--dump-dom");
  }

  /** Runs Chromium on a file URL with a fresh profile; returns what it printed on stdout. */
  private String run(Path page, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path out = tmp.resolve("chromium.out");
    Path err = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err))
        .isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
