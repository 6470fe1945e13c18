package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.mail.Discussion;
import quorum.mail.Message;

class QuorumIndexTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path tmp;

  static final Message COVER = Mail.id("cover@kernel.org")
      .from("Toke Høiland-Jørgensen <toke@redhat.com>").date("2023-01-10T09:00:00Z")
      .subject("[PATCH RFC bpf-next v2 0/2] bpf: kfunc stability")
      .own("This series documents how stable kfuncs are. We expose bpf_jit_supports_kfunc_call "
          + "and use EXPORT_SYMBOL_GPL for the helpers; see kfuncs.rst for the policy.\n"
          + "---\nchange-id: 20230110-kfunc-stability-0c1d2e")
      .build();
  static final Message PATCH = Mail.id("patch1@kernel.org")
      .from("Toke Høiland-Jørgensen <toke@redhat.com>").date("2023-01-10T09:01:00Z")
      .subject("[PATCH RFC bpf-next v2 1/2] bpf: document kfunc lifecycle")
      .replyTo("cover@kernel.org")
      .own("Add a section on the lifecycle of kfuncs.")
      .patch("diff --git a/Documentation/bpf/kfuncs.rst b/Documentation/bpf/kfuncs.rst\n"
          + "--- a/Documentation/bpf/kfuncs.rst\n+++ b/Documentation/bpf/kfuncs.rst\n"
          + "@@ -1,3 +1,4 @@\n-Kfuncs are unstable.\n+Kfuncs have a deprecation period.\n"
          + "+Use KF_DEPRECATED to mark them.\n")
      .trailer("Signed-off-by", "Toke Høiland-Jørgensen", "toke@redhat.com")
      .build();
  static final Message REPLY = Mail.id("reply@google.com")
      .from("Stanislav Fomichev <sdf@google.com>").date("2023-01-12T15:19:00Z")
      .subject("Re: [PATCH RFC bpf-next v2 0/2] bpf: kfunc stability")
      .replyTo("cover@kernel.org")
      .quoted("This series documents how stable kfuncs are.")
      .own("I would rather keep helper freezes out of this; the verifier changes too often.")
      .trailer("Acked-by", "Stanislav Fomichev", "sdf@google.com")
      .build();
  static final Message ALEXEI = Mail.id("alexei@gmail.com")
      .from("Alexei Starovoitov <alexei.starovoitov@gmail.com>").date("2023-02-20T08:00:00Z")
      .subject("Re: [PATCH RFC bpf-next v2 0/2] bpf: kfunc stability")
      .replyTo("cover@kernel.org", "reply@google.com")
      .quoted("I would rather keep helper freezes out of this")
      .own("Nope. Kfuncs are not uapi, and we are not going to pretend otherwise.")
      .build();
  static final Message OTHER = Mail.id("other@lwn.net")
      .from("Jonathan Corbet <corbet@lwn.net>").date("2022-11-02T10:00:00Z")
      .subject("Maintainer summit topics")
      .own("Please send topics for the maintainer summit. Rust is likely to come up again.")
      .build();

  static List<Discussion> corpus() {
    return List.of(Mail.thread(COVER, PATCH, REPLY, ALEXEI), Mail.thread(OTHER));
  }

  QuorumIndex ingested() throws Exception {
    QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK);
    try (IndexWriterSession w = index.writer()) {
      w.addAll(corpus());
    }
    return index;
  }

  static List<String> keys(SearchResults r) {
    return r.hits().stream().map(h -> h.key().value()).sorted().collect(Collectors.toList());
  }

  @Test
  void ingestingTwiceAddsNothingTwice() throws Exception {
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        assertThat(w.addAll(corpus())).isEqualTo(new AddResult(5, 0, 0, 0));
      }
      assertThat(index.messageCount()).isEqualTo(5);
      try (IndexWriterSession w = index.writer()) {
        assertThat(w.addAll(corpus())).isEqualTo(new AddResult(0, 5, 0, 0));
        // overlapping input: one old message and one new reply
        Message late = Mail.id("late@kernel.org").from("Daniel Borkmann <daniel@iogearbox.net>")
            .date("2023-02-21T08:00:00Z").subject("Re: kfunc stability")
            .replyTo("cover@kernel.org", "alexei@gmail.com").own("Agreed.").build();
        assertThat(w.add(Mail.thread(ALEXEI, late))).isEqualTo(new AddResult(1, 1, 0, 0));
      }
      assertThat(index.messageCount()).isEqualTo(6);
      assertThat(index.threads("", 10)).hasSize(2);
    }
  }

  @Test
  void createsTheDirectoryForTheUserOnly() throws Exception {
    Path dir = tmp.resolve("a/b/idx");
    try (QuorumIndex index = QuorumIndex.create(dir)) {
      assertThat(index.messageCount()).isZero();
      assertThat(index.search("kfunc", 10).hits()).isEmpty();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
  }

  @Test
  void openingAMissingIndexSaysSo() {
    assertThatThrownBy(() -> QuorumIndex.open(tmp.resolve("nothing")))
        .isInstanceOf(IndexException.class)
        .hasMessage("no quorum index at " + tmp.resolve("nothing") + "; run quorum ingest first")
        .extracting(e -> ((IndexException) e).kind()).isEqualTo(IndexException.Kind.MISSING);
  }

  @Test
  void anIndexOfAnotherSchemaVersionAsksForARebuild() throws Exception {
    Path dir = tmp.resolve("old");
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
            new org.apache.lucene.index.IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of(IndexWriterSession.SCHEMA_KEY, "1").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> QuorumIndex.open(dir))
        .isInstanceOf(IndexException.class)
        .hasMessage("index at " + dir + " has schema version 1, this quorum reads version "
            + quorum.index.schema.Schema.VERSION + "; move it away and ingest again")
        .extracting(e -> ((IndexException) e).kind()).isEqualTo(IndexException.Kind.INCOMPATIBLE);
  }

  @Test
  void aSecondWriterIsToldTheIndexIsBusy() throws Exception {
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"));
        QuorumIndex other = QuorumIndex.create(tmp.resolve("idx"));
        IndexWriterSession w = index.writer()) {
      w.addAll(corpus());
      assertThatThrownBy(other::writer)
          .isInstanceOf(IndexException.class)
          .hasMessage("index at " + tmp.resolve("idx") + " is in use by another quorum process")
          .matches(e -> ((IndexException) e).isBusy());
      // readers are not blocked by the writer
      assertThat(other.messageCount()).isZero();
    }
  }

  @Test
  void findsIdentifiersWholeAndByPart() throws Exception {
    try (QuorumIndex index = ingested()) {
      assertThat(keys(index.search("kfunc", 10))).contains("cover@kernel.org");
      assertThat(keys(index.search("bpf_jit_supports_kfunc_call", 10)))
          .containsExactly("cover@kernel.org");
      assertThat(keys(index.search("supports_kfunc", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("jit", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("EXPORT_SYMBOL_GPL", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("export_symbol_gpl", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("gpl", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("nq:kfuncs.rst", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("nq:rst", 10))).containsExactly("cover@kernel.org");
      assertThat(keys(index.search("bpf_jit_supports_kfunc_cal", 10))).isEmpty();
    }
  }

  @Test
  void eachPrefixSearchesItsFields() throws Exception {
    try (QuorumIndex index = ingested()) {
      assertThat(keys(index.search("s:lifecycle", 10))).containsExactly("patch1@kernel.org");
      assertThat(keys(index.search("f:starovoitov", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("f:sdf@google.com", 10))).containsExactly("reply@google.com");
      assertThat(keys(index.search("f:hoiland", 10)))
          .containsExactly("cover@kernel.org", "patch1@kernel.org");
      assertThat(keys(index.search("q:\"helper freezes\"", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("nq:\"helper freezes\"", 10))).containsExactly("reply@google.com");
      assertThat(keys(index.search("b:\"helper freezes\"", 10)))
          .containsExactly("alexei@gmail.com", "reply@google.com");
      assertThat(keys(index.search("dfn:kfuncs.rst", 10))).containsExactly("patch1@kernel.org");
      assertThat(keys(index.search("dfn:Documentation/bpf/kfuncs.rst", 10)))
          .containsExactly("patch1@kernel.org");
      assertThat(keys(index.search("dfa:KF_DEPRECATED", 10))).containsExactly("patch1@kernel.org");
      assertThat(keys(index.search("dfa:unstable", 10))).isEmpty();
      assertThat(keys(index.search("dfb:unstable", 10))).containsExactly("patch1@kernel.org");
      assertThat(keys(index.search("m:<reply@google.com>", 10))).containsExactly("reply@google.com");
      assertThat(keys(index.search("acked", 10))).containsExactly("reply@google.com");
      assertThat(keys(index.search("changeid:20230110-KFUNC-stability-0c1d2e", 10)))
          .containsExactly("cover@kernel.org");
      // what `git patch-id --stable` prints for PATCH's diff (upper case works too)
      assertThat(keys(index.search("patchid:0751F25B2FE059A06A367FBF44FC783A86B70846", 10)))
          .containsExactly("patch1@kernel.org");
    }
  }

  @Test
  void booleanOperatorsAndParentheses() throws Exception {
    try (QuorumIndex index = ingested()) {
      assertThat(keys(index.search("kfuncs uapi", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("kfuncs AND uapi", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("uapi OR rust", 10)))
          .containsExactly("alexei@gmail.com", "other@lwn.net");
      assertThat(keys(index.search("nq:kfuncs NOT f:toke", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("nq:kfuncs -f:toke", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("(uapi OR rust) AND NOT summit", 10)))
          .containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("NOT kfunc", 10))).containsExactly("other@lwn.net");
      assertThat(keys(index.search("\"not uapi\"", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("\"uapi not\"", 10))).isEmpty();
    }
  }

  @Test
  void dateRangesUseTheInjectedClock() throws Exception {
    try (QuorumIndex index = ingested()) {
      assertThat(keys(index.search("d:2023-01-01..2023-01-12", 10)))
          .containsExactly("cover@kernel.org", "patch1@kernel.org", "reply@google.com");
      assertThat(keys(index.search("d:..2023-01-01", 10))).containsExactly("other@lwn.net");
      assertThat(keys(index.search("d:2023-02", 10))).containsExactly("alexei@gmail.com");
      // the clock says 2023-03-01T12:00Z: two weeks ago is 2023-02-15T12:00Z
      assertThat(keys(index.search("d:2.weeks.ago..", 10))).containsExactly("alexei@gmail.com");
      assertThat(keys(index.search("d:..2.weeks.ago kfunc", 10)))
          .containsExactly("cover@kernel.org", "patch1@kernel.org", "reply@google.com");
      assertThat(keys(index.search("d:20221102", 10))).containsExactly("other@lwn.net");
    }
  }

  @Test
  void hitsCarryWhatAResultListPrints() throws Exception {
    try (QuorumIndex index = ingested()) {
      SearchResults r = index.search("f:alexei uapi", 10);
      assertThat(r.totalMatches()).isEqualTo(1);
      SearchHit h = r.hits().get(0);
      assertThat(h.threadSubject()).isEqualTo("[PATCH RFC bpf-next v2 0/2] bpf: kfunc stability");
      assertThat(h.subject()).isEqualTo("Re: [PATCH RFC bpf-next v2 0/2] bpf: kfunc stability");
      assertThat(h.from().name()).isEqualTo("Alexei Starovoitov");
      assertThat(h.from().address()).contains("alexei.starovoitov@gmail.com");
      assertThat(h.date()).contains(Instant.parse("2023-02-20T08:00:00Z"));
      assertThat(h.dateText()).contains("2023-02-20T08:00:00Z");
      assertThat(h.quotedOnly()).isFalse();
      assertThat(h.snippet().field()).isEqualTo("own");
      assertThat(h.snippet().marked("[", "]"))
          .isEqualTo("Kfuncs are not [uapi], and we are not going to pretend otherwise.");
    }
  }

  @Test
  void snippetFallsBackToTheOwnTextWhenOnlyTheAuthorMatched() throws Exception {
    try (QuorumIndex index = ingested()) {
      SearchHit h = index.search("f:corbet", 10).hits().get(0);
      assertThat(h.snippet().text()).startsWith("Please send topics");
      assertThat(h.snippet().highlights()).isEmpty();
    }
  }

  @Test
  void ranksSubjectMatchesFirstAndBreaksTiesByDate() throws Exception {
    try (QuorumIndex index = ingested()) {
      List<String> kfunc = index.search("kfunc", 10).hits().stream()
          .map(h -> h.key().value()).collect(Collectors.toList());
      assertThat(kfunc.indexOf("cover@kernel.org")).isLessThan(kfunc.indexOf("alexei@gmail.com"));
      // equal scores: newest first
      assertThat(index.search("f:toke", 10).hits()).extracting(h -> h.key().value())
          .containsExactly("patch1@kernel.org", "cover@kernel.org");
    }
  }

  @Test
  void listsThreadsWithParticipantsCountsAndVersions() throws Exception {
    try (QuorumIndex index = ingested()) {
      List<ThreadSummary> all = index.threads("", 10);
      assertThat(all).extracting(ThreadSummary::subject).containsExactly(
          "[PATCH RFC bpf-next v2 0/2] bpf: kfunc stability", "Maintainer summit topics");
      ThreadSummary t = all.get(0);
      assertThat(t.messageCount()).isEqualTo(4);
      assertThat(t.participants()).extracting(p -> p.name()).containsExactly(
          "Toke Høiland-Jørgensen", "Stanislav Fomichev", "Alexei Starovoitov");
      assertThat(t.first()).contains(Instant.parse("2023-01-10T09:00:00Z"));
      assertThat(t.last()).contains(Instant.parse("2023-02-20T08:00:00Z"));
      assertThat(t.seriesVersions()).containsExactly(2);
      assertThat(index.threads("rust", 10)).extracting(ThreadSummary::subject)
          .containsExactly("Maintainer summit topics");
    }
  }

  @Test
  void listsAPersonOnceWhateverAddressTheyWroteFrom() throws Exception {
    Message first = Mail.id("a1@x").from("Ann Example <ann@work.example>")
        .date("2024-01-01T09:00:00Z").subject("naming").own("Proposal.").build();
    Message second = Mail.id("a2@x").from("Ann Example <ann@home.example>")
        .date("2024-01-02T09:00:00Z").subject("Re: naming").replyTo("a1@x").own("Still.").build();
    Message third = Mail.id("b1@x").from("Bob <bob@work.example>")
        .date("2024-01-03T09:00:00Z").subject("Re: naming").replyTo("a2@x").own("Fine.").build();
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(first, second, third));
      }
      assertThat(index.threads("", 10).get(0).participants()).extracting(p -> p.name())
          .containsExactly("Ann Example", "Bob");
    }
  }

  @Test
  void groupsHitsByThread() throws Exception {
    try (QuorumIndex index = ingested()) {
      List<ThreadHits> groups = index.searchByThread("kfuncs OR summit", 10);
      assertThat(groups).hasSize(2);
      ThreadHits kfunc = groups.stream().filter(g -> g.thread().messageCount() == 4).findFirst()
          .orElseThrow();
      assertThat(kfunc.hits()).hasSize(4);
      assertThat(kfunc.hits()).allMatch(h -> h.thread().equals(kfunc.thread().thread()));
    }
  }

  @Test
  void aLateParentMergesTheThreadsOfItsReplies() throws Exception {
    Message root = Mail.id("root@x").date("2023-01-01T00:00:00Z").subject("design").own("idea").build();
    Message a = Mail.id("a@x").date("2023-01-02T00:00:00Z").subject("Re: design")
        .replyTo("root@x").own("first answer").build();
    Message b = Mail.id("b@x").date("2023-01-03T00:00:00Z").subject("Re: design")
        .replyTo("mid@x").own("second answer").build();
    Message mid = Mail.id("mid@x").date("2023-01-02T12:00:00Z").subject("Re: design")
        .replyTo("root@x").own("middle").build();
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(root, a));
        w.commit();
        w.add(Mail.thread(b)); // parent mid@x not seen yet: its own thread
      }
      assertThat(index.threads("", 10)).extracting(ThreadSummary::messageCount)
          .containsExactlyInAnyOrder(2, 1);
      try (IndexWriterSession w = index.writer()) {
        AddResult r = w.add(Mail.thread(mid));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.threadsMerged()).isEqualTo(1);
      }
      List<ThreadSummary> threads = index.threads("", 10);
      assertThat(threads).hasSize(1);
      assertThat(threads.get(0).messageCount()).isEqualTo(4);
      assertThat(threads.get(0).subject()).isEqualTo("design");
      assertThat(index.search("second", 10).hits().get(0).threadSubject()).isEqualTo("design");
    }
  }

  @Test
  void repliesToTheSameUnseenParentShareAThreadAcrossIngests() throws Exception {
    Message a = Mail.id("a@x").subject("Re: lost").replyTo("ghost@x").own("one").build();
    Message b = Mail.id("b@x").subject("Re: lost").replyTo("ghost@x").own("two").build();
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(a));
        w.add(Mail.thread(b)); // same session, not yet committed
      }
      assertThat(index.threads("", 10)).singleElement()
          .extracting(ThreadSummary::messageCount).isEqualTo(2);
    }
  }

  @Test
  void quoteOnlyNodesAreSearchableAndMarked() throws Exception {
    Message ghost = Mail.id("quorum:q-1234").from("Toke").date("2023-01-09T00:00:00Z")
        .subject("Re: kfunc stability").own("What about the verifier?").quotedOnly().build();
    Message real = Mail.id("real@x").date("2023-01-10T00:00:00Z").subject("Re: kfunc stability")
        .replyTo("quorum:q-1234").quoted("What about the verifier?").own("It is fine.").build();
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        assertThat(w.add(Mail.thread(ghost, real))).isEqualTo(new AddResult(1, 0, 0, 0, 1));
      }
      SearchHit hit = index.search("nq:verifier", 10).hits().get(0);
      assertThat(hit.key().value()).isEqualTo("quorum:q-1234");
      assertThat(hit.quotedOnly()).isTrue();
      ThreadSummary t = index.threads("", 10).get(0);
      assertThat(t.messageCount()).isEqualTo(2);
      assertThat(t.quotedOnlyCount()).isEqualTo(1);
      assertThat(t.subject()).isEqualTo("Re: kfunc stability");
    }
  }

  @Test
  void realMailReplacesAQuoteOnlyNodeOfTheSameKey() throws Exception {
    Message quoted = Mail.id("parent@x").subject("Re: x").own("guessed text").quotedOnly().build();
    Message real = Mail.id("parent@x").subject("Re: x").own("the real text").build();
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.add(Mail.thread(quoted));
        w.commit();
        assertThat(w.add(Mail.thread(real))).isEqualTo(new AddResult(1, 0, 1, 0));
        assertThat(w.add(Mail.thread(quoted))).isEqualTo(AddResult.NONE);
      }
      assertThat(index.messageCount()).isEqualTo(1);
      assertThat(index.search("guessed", 10).hits()).isEmpty();
      assertThat(index.search("real", 10).hits().get(0).quotedOnly()).isFalse();
    }
  }

  @Test
  void aSyntaxErrorNamesTheColumn() throws Exception {
    try (QuorumIndex index = ingested()) {
      assertThatThrownBy(() -> index.search("s:kfunc AND (uapi", 10))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessage("column 18: missing \")\" for \"(\" at column 13");
    }
  }

  @Test
  void reopensAfterCommitAndSeesNewMessages() throws Exception {
    try (QuorumIndex index = ingested()) {
      assertThat(index.messageCount()).isEqualTo(5);
      try (QuorumIndex again = QuorumIndex.open(tmp.resolve("idx"), CLOCK)) {
        assertThat(again.search("uapi", 10).hits()).hasSize(1);
      }
    }
  }
}
