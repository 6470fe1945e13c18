package quorum.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.mail.Participant;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;

/** The cross-version rules on hand-built postings (no language models). */
class SeriesTrackerTest {
  private static final Participant AUTHOR = Participant.of("Ada Author", "ada@example.org");
  private static final Participant ROB = Participant.of("Rob Reviewer", "rob@example.org");
  private static final String PROPOSED = "Callers should check the return value of every "
      + "allocation helper before using the buffer.";

  private static AskedQuestion q(String id, String text, String anchor, QuestionStatus s, int day) {
    return new AskedQuestion(ROB, id, Optional.of(Instant.parse("2024-03-0" + day + "T10:00:00Z")),
        text, anchor, QuestionForm.DIRECT, s, List.of());
  }

  private static SeriesPosting v(int version, List<AskedQuestion> qs, List<String> changelog,
      String proposal) {
    return new SeriesPosting("t" + version, "[PATCH v" + version + "] mm: allocation rules",
        Optional.of("mm: allocation rules"), version, AUTHOR,
        Optional.of(Instant.parse("2024-03-0" + version + "T09:00:00Z")), qs, changelog, proposal);
  }

  private final SeriesTracker tracker = new SeriesTracker();

  @Test
  void aQuestionTheNextChangelogNamesIsAddressedThere() {
    AskedQuestion asked = q("m1", "What about the slab allocator fallback path?", "",
        QuestionStatus.OPEN, 1);
    List<TrackedQuestion> t = tracker.track(List.of(v(1, List.of(asked), List.of(), PROPOSED),
        v(2, List.of(), List.of("handle the slab allocator fallback path (Rob)"), PROPOSED)));
    assertThat(t).singleElement().satisfies(x -> {
      assertThat(x.addressedIn()).contains(2);
      assertThat(x.status()).isEqualTo("addressed-in-v2");
      assertThat(x.addressedHow()).startsWith("changelog: handle the slab");
      assertThat(x.isOpen()).isFalse();
    });
  }

  @Test
  void aQuestionWhoseQuotedTextTheNextVersionDroppedIsAddressed() {
    AskedQuestion asked = q("m1", "Is every caller really able to do that?", PROPOSED,
        QuestionStatus.OPEN, 1);
    List<TrackedQuestion> t = tracker.track(List.of(v(1, List.of(asked), List.of(), PROPOSED),
        v(2, List.of(), List.of(), "Callers may rely on the helper to panic.")));
    assertThat(t).singleElement().satisfies(x -> {
      assertThat(x.addressedIn()).contains(2);
      assertThat(x.addressedHow()).isEqualTo("quoted text changed");
    });
  }

  @Test
  void aQuestionNeverAnsweredIsCarriedOverOpen() {
    AskedQuestion asked = q("m1", "Is every caller really able to do that?", PROPOSED,
        QuestionStatus.OPEN, 1);
    List<TrackedQuestion> t = tracker.track(List.of(v(1, List.of(asked), List.of(), PROPOSED),
        v(2, List.of(), List.of("fix a typo in the title"), PROPOSED)));
    assertThat(t).singleElement().satisfies(x -> {
      assertThat(x.carriedOver()).isTrue();
      assertThat(x.isOpen()).isTrue();
      assertThat(x.status()).isEqualTo("open");
    });
  }

  @Test
  void aQuestionAskedAgainAndAnsweredThereIsAddressedAndLinked() {
    AskedQuestion first = q("m1", "Why would a helper log errors at all?", "", QuestionStatus.OPEN, 1);
    AskedQuestion again = q("m9", "Why would a helper log at all when the caller has the error?",
        "", QuestionStatus.ANSWERED, 3);
    List<TrackedQuestion> t = tracker.track(List.of(v(2, List.of(again), List.of(), PROPOSED),
        v(1, List.of(first), List.of(), PROPOSED)));
    assertThat(t).hasSize(2);
    assertThat(t.get(0).question()).isEqualTo(first);
    assertThat(t.get(0).carriedOver()).isTrue();
    assertThat(t.get(0).addressedIn()).contains(2);
    assertThat(t.get(1).carriedFrom()).contains(1);
  }

  @Test
  void answeredAndRhetoricalQuestionsAndSingleThreadsKeepTheirStatus() {
    AskedQuestion answered = q("m1", "Does this build on arm64?", "", QuestionStatus.ANSWERED, 1);
    AskedQuestion rhetorical = new AskedQuestion(ROB, "m2", Optional.empty(), "Who needs that?",
        "", QuestionForm.RHETORICAL, QuestionStatus.OPEN, List.of());
    SeriesPosting single = new SeriesPosting("t9", "RFC: a policy", Optional.empty(), 1, AUTHOR,
        Optional.empty(), List.of(q("m3", "Who decides that?", "", QuestionStatus.OPEN, 2)),
        List.of(), "");
    List<TrackedQuestion> t = tracker.track(List.of(
        v(1, List.of(answered, rhetorical), List.of(), PROPOSED), v(2, List.of(), List.of(), ""),
        single));
    assertThat(t).extracting(TrackedQuestion::status).containsExactly("answered", "open");
    assertThat(t).noneMatch(TrackedQuestion::carriedOver);
  }

  @Test
  void changelogBulletsUnderHeadingsAndInlineVersionLinesAreRead() {
    String cover = "Dropping RFC.\n\nChanges in v3:\n - \"may log\" -> \"usually will log\", plus MUST\n"
        + "   NOT for higher levels (Lucia)\n - scope the MUST (Hana)\n\nChanges in v2:\n"
        + " - SHOULD -> MUST (Fatima)\n\nSven (2):\n  docs: add x\n";
    assertThat(Changelog.bullets(cover)).containsExactly(
        "\"may log\" -> \"usually will log\", plus MUST NOT for higher levels (Lucia)",
        "scope the MUST (Hana)", "SHOULD -> MUST (Fatima)");
    assertThat(Changelog.bullets("Signed-off-by: x\n---\nv3: logging wording (Lucia)\nv2 -> v3: more\n"))
        .containsExactly("logging wording (Lucia)", "more");
  }

  @Test
  void postingsSurviveTheCacheFormatAndDamagedEntriesReadAsAbsent() {
    AskedQuestion asked = q("m1", "What about the slab allocator fallback path?", PROPOSED,
        QuestionStatus.RESPONDED_NOT_RESOLVED, 1);
    SeriesPosting p = v(1, List.of(asked, new AskedQuestion(Participant.named("Zed"), "m2",
        Optional.empty(), "Really?", "", QuestionForm.RHETORICAL, QuestionStatus.OPEN,
        List.of(AUTHOR))), List.of("a bullet"), PROPOSED);
    SeriesPosting single = new SeriesPosting("t9", "RFC", Optional.empty(), 1, Participant.UNKNOWN,
        Optional.empty(), List.of(), List.of(), "");
    assertThat(PostingJson.read(PostingJson.write(List.of(p, single)))).contains(List.of(p, single));
    assertThat(PostingJson.read("{\"format\": 0}")).isEmpty();
    assertThat(PostingJson.read("not json {")).isEmpty();
  }
}
