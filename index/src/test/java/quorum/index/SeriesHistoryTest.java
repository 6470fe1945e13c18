package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.index.SeriesVersion.GivenTrailer;
import quorum.index.SeriesVersion.Link;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Message;
import quorum.testing.CorpusLocator;

/** {@link QuorumIndex#history} on the real corvid-errno-policy series (v1 RFC, v2 RFC, v3). */
class SeriesHistoryTest {
  @TempDir
  static Path tmp;
  static QuorumIndex index;

  @BeforeAll
  static void ingest() throws Exception {
    index = QuorumIndex.create(tmp.resolve("idx"), QuorumIndexTest.CLOCK);
    try (IndexWriterSession w = index.writer()) {
      for (String v : List.of("v3", "v1", "v2")) {
        Path f = CorpusLocator.corpus("series/corvid-errno-policy-" + v + ".mbox");
        w.addAll(new Ingester(IngestOptions.LENIENT).ingest(List.of(f)).discussions());
      }
      w.addAll(QuorumIndexTest.corpus());
      w.commit();
    }
  }

  @Test
  void rfcAndNonRfcVersionsAreOneSeriesOldestFirst() throws Exception {
    List<SeriesHistory> found = index.history("s:\"error-return convention\"");
    assertThat(found).hasSize(1);
    SeriesHistory h = found.get(0);
    assertThat(h.name()).isEqualTo("docs: write down the error-return convention");
    assertThat(h.versions()).extracting(SeriesVersion::version).containsExactly(1, 2, 3);
    assertThat(h.versions()).extracting(SeriesVersion::tags)
        .containsExactly(List.of("RFC"), List.of("RFC"), List.of());
    assertThat(h.versions()).allSatisfy(v -> {
      assertThat(v.author().name()).isEqualTo("Sven Aaltonen");
      assertThat(v.parts()).isEqualTo(2);
      assertThat(v.files()).containsExactly("docs/api/error-returns.rst", "rt/chan.c");
    });
    assertThat(h.versions()).extracting(v -> v.dateText().orElse(""))
        .containsExactly("2023-05-09T10:10:00+03:00", "2023-05-15T11:00:00+03:00",
            "2023-05-22T09:30:00+03:00");
    assertThat(h.versions()).extracting(SeriesVersion::messageCount).containsExactly(6, 7, 5);
    assertThat(h.versions().stream().map(SeriesVersion::linkedBy).collect(Collectors.toSet()))
        // patch 2/2 is the same in every version, so its patch-id links them before the name
        .containsExactlyInAnyOrder(Link.QUERY, Link.PATCH_ID);
  }

  @Test
  void aQueryOnOneVersionFindsTheOthers() throws Exception {
    List<SeriesHistory> found = index.history("f:georg MUST");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).versions()).extracting(SeriesVersion::version)
        .containsExactly(1, 2, 3);
  }

  @Test
  void reviewTrailersGivenInRepliesCountForThePartRepliedTo() throws Exception {
    SeriesHistory h = index.history("s:\"error-return convention\"").get(0);
    assertThat(h.versions().get(0).trailers()).isEmpty();
    assertThat(h.versions().get(2).trailers()).extracting(GivenTrailer::tag, t -> t.who().name(),
        GivenTrailer::parts, GivenTrailer::onCover)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Reviewed-by", "Georg Lehmann",
            List.of(1), false));
  }

  @Test
  void aTrailerOnTheCoverLetterCountsForEveryPatch() throws Exception {
    SeriesHistory h = index.history("s:kfunc stability").get(0);
    assertThat(h.versions()).hasSize(1);
    SeriesVersion v2 = h.versions().get(0);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.changeIds()).containsExactly("20230110-kfunc-stability-0c1d2e");
    assertThat(v2.trailers()).singleElement().satisfies(t -> {
      assertThat(t.tag()).isEqualTo("Acked-by");
      assertThat(t.onCover()).isTrue();
      assertThat(t.parts()).containsExactly(1, 2);
    });
  }

  @Test
  void renamedVersionIsLinkedByChangeId(@TempDir Path other) throws Exception {
    Message v3 = Mail.id("v3cover@kernel.org")
        .from("Toke Høiland-Jørgensen <toke@redhat.com>").date("2023-03-10T09:00:00Z")
        .subject("[PATCH bpf-next v3 0/1] bpf: document kfunc deprecation")
        .own("Renamed from kfunc stability.\n---\nchange-id: 20230110-kfunc-stability-0c1d2e")
        .build();
    try (QuorumIndex idx = QuorumIndex.create(other.resolve("idx"), QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = idx.writer()) {
        w.addAll(QuorumIndexTest.corpus());
        w.addAll(List.of(Mail.thread(v3)));
        w.commit();
      }
      List<SeriesHistory> found = idx.history("s:deprecation");
      assertThat(found).hasSize(1);
      assertThat(found.get(0).name()).isEqualTo("bpf: document kfunc deprecation");
      assertThat(found.get(0).versions()).extracting(SeriesVersion::version, SeriesVersion::linkedBy)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Link.CHANGE_ID),
              org.assertj.core.groups.Tuple.tuple(3, Link.QUERY));
    }
  }

  /**
   * v2 renamed the series and moved the patch (other hunk offsets, re-indented): no change-id,
   * no common name, one patch-id. The same patch posted by someone else is not linked.
   */
  @Test
  void renamedVersionIsLinkedByPatchId(@TempDir Path other) throws Exception {
    String diff = "diff --git a/kernel/bpf/helpers.c b/kernel/bpf/helpers.c\n"
        + "--- a/kernel/bpf/helpers.c\n+++ b/kernel/bpf/helpers.c\n"
        + "@@ -210,6 +210,7 @@ BPF_CALL_0(bpf_get_smp_processor_id)\n"
        + " {\n \treturn smp_processor_id();\n }\n+EXPORT_SYMBOL_GPL(bpf_get_smp_processor_id);\n"
        + " \n const struct bpf_func_proto bpf_get_smp_processor_id_proto = {\n";
    String moved = diff.replace("@@ -210,6 +210,7 @@", "@@ -233,6 +233,7 @@")
        .replace("\treturn", "        return");
    Message v1 = Mail.id("v1@example.org").from("Ana Lima <ana@example.org>")
        .date("2023-04-01T09:00:00Z").subject("[PATCH 1/1] bpf: export the cpu id helper")
        .own("Modules want it.").patch(diff).build();
    Message v2 = Mail.id("v2@example.org").from("Ana Lima <ana@example.org>")
        .date("2023-04-20T09:00:00Z").subject("[PATCH v2 1/1] bpf: make smp id helper available")
        .own("Renamed, same patch.").patch(moved).build();
    Message copy = Mail.id("copy@example.org").from("Stable Bot <stable@example.org>")
        .date("2023-05-01T09:00:00Z").subject("[PATCH 6.1 12/40] bpf: export the cpu id helper")
        .own("Backport.").patch(diff).build();
    try (QuorumIndex idx = QuorumIndex.create(other.resolve("idx"), QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = idx.writer()) {
        w.addAll(List.of(Mail.thread(v1), Mail.thread(v2), Mail.thread(copy)));
        w.commit();
      }
      List<SeriesHistory> found = idx.history("s:\"smp id helper\"");
      assertThat(found).hasSize(1);
      assertThat(found.get(0).name()).isEqualTo("bpf: make smp id helper available");
      assertThat(found.get(0).versions()).extracting(SeriesVersion::version, SeriesVersion::linkedBy)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Link.PATCH_ID),
              org.assertj.core.groups.Tuple.tuple(2, Link.QUERY));
      assertThat(found.get(0).versions().get(1).rangeDiff())
          .extracting(SeriesVersion.PatchChange::status)
          .containsExactly(SeriesVersion.PatchStatus.UNCHANGED);
    }
  }

  @Test
  void changelogBulletsAreCreditedToTheReviewersTheyName() throws Exception {
    SeriesHistory h = index.history("s:\"error-return convention\"").get(0);
    assertThat(h.versions().get(0).changelog()).isEmpty();
    List<SeriesVersion.ChangeNote> v3 = h.versions().get(2).changelog();
    assertThat(v3).extracting(SeriesVersion.ChangeNote::version).containsExactly(3, 3, 2, 2);
    assertThat(v3.get(0).text()).startsWith("\"may log\" -> \"usually will log")
        .endsWith("(Lucia, answering Georg's question)");
    assertThat(v3).extracting(n -> n.credited().stream().map(p -> p.name())
        .collect(Collectors.toList()))
        .containsExactly(List.of("Lucia Fernandez", "Georg Lehmann"), List.of("Hana Novak"),
            List.of("Fatima Zahra Benali"), List.of("Georg Lehmann"));
  }

  @Test
  void rangeDiffPairsPatchesAndCountsChangedLines() throws Exception {
    SeriesHistory h = index.history("s:\"error-return convention\"").get(0);
    assertThat(h.versions().get(0).rangeDiff()).isEmpty();
    List<SeriesVersion.PatchChange> v3 = h.versions().get(2).rangeDiff();
    assertThat(v3).extracting(SeriesVersion.PatchChange::part, SeriesVersion.PatchChange::name,
        SeriesVersion.PatchChange::status, SeriesVersion.PatchChange::linesChanged)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "docs: add error-returns.rst",
            SeriesVersion.PatchStatus.CHANGED, 8),
            org.assertj.core.groups.Tuple.tuple(2,
                "rt: make corvid_chan_close() return a negative errno",
                SeriesVersion.PatchStatus.UNCHANGED, 0));
    assertThat(h.versions().get(1).rangeDiff()).extracting(SeriesVersion.PatchChange::linesChanged)
        .containsExactly(4, 0);
  }

  @Test
  void noSeriesMatchIsEmpty() throws Exception {
    assertThat(index.history("s:\"maintainer summit\"")).isEmpty();
    assertThat(index.history("zzzunmatched")).isEmpty();
  }
}
