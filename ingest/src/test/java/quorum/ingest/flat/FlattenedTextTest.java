package quorum.ingest.flat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import quorum.testing.CorpusLocator;

class FlattenedTextTest {
  private static final String SEED = "bpf-kfunc-stability-2023-01-17.txt";

  private static String seed() throws IOException {
    return Files.readString(CorpusLocator.corpus(SEED), StandardCharsets.UTF_8);
  }

  @Test
  void recoversTheSeedsNestedAttributionsEachOnItsOwnLine() throws IOException {
    List<String> lines = FlattenedText.recover(seed()).lines().toList();
    assertThat(lines).startsWith(
        "On Tue, Jan 17, 2023 at 3:19 PM Alexei Starovoitov <alexei.starovoitov@xxxxxxxxx> wrote:",
        ">",
        "> On Tue, Jan 17, 2023 at 2:20 PM Stanislav Fomichev <sdf@xxxxxxxxxx> wrote:",
        "> >",
        "> > On Tue, Jan 17, 2023 at 2:04 PM Toke Høiland-Jørgensen <toke@xxxxxxxxxx> wrote:",
        "> > >",
        "> > > Stanislav Fomichev <sdf@xxxxxxxxxx> writes:",
        "> > >",
        "> > > > On Tue, Jan 17, 2023 at 1:27 PM Toke Høiland-Jørgensen <toke@xxxxxxxxxx> wrote:",
        "> > > >>",
        "> > > >> Following up on the discussion at the BPF office hours, this patch adds a");
  }

  @Test
  void keepsDeeperPatchLinesAndSnipsAtTheirDepth() throws IOException {
    List<String> lines = FlattenedText.recover(seed()).lines().toList();
    assertThat(lines).containsSubsequence(
        "> > > >> +being similar to internal kernel API functions exported using the",
        "> > > >",
        "> > > > [..]",
        "> > > >",
        "> > > >> +``EXPORT_SYMBOL_GPL`` macro. All new BPF kernel helper-like functionality must");
    assertThat(lines).containsSubsequence(
        "> > > > that we ban new helpers going forward?",
        "> > >",
        "> > > Good question! That is one of the things I'm hoping we can clear up by");
  }

  @Test
  void startsOwnTextWhereTheLastQuotedLineRunsPastItsBlockWidth() throws IOException {
    List<String> lines = FlattenedText.recover(seed()).lines().toList();
    assertThat(lines).endsWith(
        "> If you care about kfuncs on arm32 please help reviewing posted patches.",
        "Exactly why I'm going to support whatever decision is being made here.",
        "Just trying to clarify what that decision is.");
  }

  @Test
  void onlyTurnsSpacesIntoNewlines() throws IOException {
    String seed = seed();
    assertThat(FlattenedText.recover(seed).replace('\n', ' ')).isEqualTo(seed);
  }

  @Test
  void returnsTextWithLineBreaksUnchanged() {
    String mail = "On Mon, X wrote:\n> > a > b\n\nreply\n";
    assertThat(FlattenedText.recover(mail)).isSameAs(mail);
    assertThat(FlattenedText.isFlattened(mail)).isFalse();
  }

  @Test
  void keepsAFinalNewlineOfAFlattenedFile() {
    assertThat(FlattenedText.recover("X writes: > quoted > more\n"))
        .isEqualTo("X writes:\n> quoted\n> more\n");
  }

  @Test
  void readsDoubledMarkersWithoutSpacesAsDeeperLevels() {
    String flat = "Bo writes: > Al wrote: >> deep line >> second deep line > "
        + "shallow answer";
    assertThat(FlattenedText.recover(flat)).isEqualTo(
        "Bo writes:\n> Al wrote:\n>> deep line\n>> second deep line\n> shallow answer");
  }

  @Test
  void tellsAnEmptyQuotedLineFromADeeperMarker() {
    // "> >" after an attribution at depth 0 is an empty line at depth 1, then text at depth 1
    String flat = "On Mon, 1 Jan 2024, Al wrote: > > Some text here > > On Sun, Bo wrote: > >"
        + " > > deeper text";
    assertThat(FlattenedText.recover(flat)).isEqualTo(String.join("\n",
        "On Mon, 1 Jan 2024, Al wrote:", ">", "> Some text here", ">",
        "> On Sun, Bo wrote:", "> >", "> > deeper text"));
  }

  @Test
  void splitsLongMarkerRunsInLinearTime() {
    // 3 000 markers in a row (junk, or a long run of empty quoted lines): a search over all
    // splits would never finish; the per-position pass takes milliseconds
    String flat = "X wrote: " + "> ".repeat(3000) + "text " + "word ".repeat(20_000);
    String out = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> FlattenedText.recover(flat));
    assertThat(out.replace('\n', ' ')).isEqualTo(flat);
  }

  @Test
  void handlesTextWithoutAnyMarker() {
    String flat = "Just a short note with no quotes at all.";
    assertThat(FlattenedText.recover(flat)).isEqualTo(flat);
    assertThat(FlattenedText.recover("")).isEmpty();
  }

  static Stream<Path> fixtures() throws IOException {
    Path dir = CorpusLocator.corpus("flattened");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).as("fixtures in " + dir).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void roundTripsOwnFixtures(Path file) throws IOException {
    String body = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
    for (RoundTrip.Flattening how : RoundTrip.Flattening.values()) {
      RoundTrip.Score s = RoundTrip.score(body, how);
      System.out.println(file.getFileName() + " " + how + ": " + s);
      // one space per newline keeps blank lines as double spaces: everything quoted comes back;
      // collapsed whitespace (as in the seed) loses blank lines, so own text is found by width
      double floor = how == RoundTrip.Flattening.NEWLINE_TO_SPACE ? 1.0 : 0.9;
      assertThat(s.depthRatio()).as(how + " depth " + s).isGreaterThanOrEqualTo(floor);
      assertThat(s.quotedRatio()).as(how + " quoted " + s).isGreaterThanOrEqualTo(floor);
    }
  }
}
