package quorum.ingest.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.ReplyNode;

class ThreaderTest {
  private final Threader threader = new Threader();

  private static List<Message> mails(TestMail... ms) {
    List<Message> out = new ArrayList<>();
    for (TestMail m : ms) {
      out.add(m.build());
    }
    return out;
  }

  private static Optional<String> parent(Discussion d, String key) {
    return d.tree().parentOf(new MessageKey(key)).map(MessageKey::value);
  }

  private static ReplyNode node(Discussion d, String key) {
    return d.tree().nodes().get(new MessageKey(key));
  }

  private static List<String> keys(Discussion d) {
    return d.messages().stream().map(m -> m.key().value()).toList();
  }

  @Test
  void threadsAReplyChainByInReplyTo() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("topic"),
        TestMail.id("b@x").minute(1).subject("Re: topic").irt("a@x").refs("a@x"),
        TestMail.id("c@x").minute(2).subject("Re: topic").irt("b@x").refs("a@x", "b@x")));
    assertThat(ds).hasSize(1);
    Discussion d = ds.get(0);
    assertThat(keys(d)).containsExactly("a@x", "b@x", "c@x");
    assertThat(d.tree().roots()).containsExactly(new MessageKey("a@x"));
    assertThat(parent(d, "c@x")).contains("b@x");
    assertThat(node(d, "c@x").depth()).isEqualTo(2);
    assertThat(node(d, "c@x").link()).isEqualTo(Link.IN_REPLY_TO);
    assertThat(node(d, "a@x").link()).isEqualTo(Link.ROOT);
    assertThat(d.subject()).isEqualTo("topic");
  }

  @Test
  void loneInReplyToWinsOverLastReference() {
    // notmuch parent-priority: References lists the grandparent last, In-Reply-To the parent
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("root@x").minute(0),
        TestMail.id("child@x").minute(1).irt("root@x").refs("root@x"),
        TestMail.id("grand@x").minute(2).irt("child@x").refs("child@x", "root@x")));
    assertThat(parent(ds.get(0), "grand@x")).contains("child@x");
  }

  @Test
  void lastReferenceWinsWhenInReplyToNamesTwoIds() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("root@x").minute(0),
        TestMail.id("child@x").minute(1).irt("root@x"),
        TestMail.id("grand@x").minute(2).irt("root@x", "other@x").refs("root@x", "child@x")));
    Discussion d = ds.get(0);
    assertThat(parent(d, "grand@x")).contains("child@x");
    assertThat(node(d, "grand@x").link()).isEqualTo(Link.REFERENCES);
  }

  @Test
  void referencesAloneThreadAMessageWithoutInReplyTo() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0),
        TestMail.id("b@x").minute(1).refs("a@x")));
    assertThat(parent(ds.get(0), "b@x")).contains("a@x");
    assertThat(node(ds.get(0), "b@x").link()).isEqualTo(Link.REFERENCES);
  }

  @Test
  void missingRootLeavesSeveralRootsInOneDiscussionWithoutGhostNodes() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("r1@x").minute(1).subject("Re: gone").irt("ghost@x").refs("ghost@x"),
        TestMail.id("r2@x").minute(2).subject("Re: gone").irt("ghost@x").refs("ghost@x"),
        TestMail.id("r3@x").minute(3).irt("r2@x").refs("ghost@x", "r2@x")));
    assertThat(ds).hasSize(1);
    Discussion d = ds.get(0);
    assertThat(d.tree().roots()).extracting(MessageKey::value).containsExactly("r1@x", "r2@x");
    assertThat(d.tree().nodes()).hasSize(3);
    assertThat(d.tree().nodes().values()).noneMatch(ReplyNode::ghost);
    assertThat(parent(d, "r3@x")).contains("r2@x");
  }

  @Test
  void missingMiddleMessageIsPrunedAndItsChildHangsOnTheDeepestAncestor() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0),
        TestMail.id("b@x").minute(1).irt("a@x").refs("a@x"),
        TestMail.id("d@x").minute(3).irt("c@x").refs("a@x", "b@x", "c@x")));
    Discussion d = ds.get(0);
    assertThat(parent(d, "d@x")).contains("b@x");
    assertThat(node(d, "d@x").depth()).isEqualTo(2);
    assertThat(d.tree().roots()).hasSize(1);
  }

  @Test
  void twoMessageLoopKeepsTheOlderMessageAsRoot() {
    List<Diagnostic> diags = new ArrayList<>();
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("l12@x").minute(0).irt("l21@x"),
        TestMail.id("l21@x").minute(1).irt("l12@x")), diags::add);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).tree().roots()).extracting(MessageKey::value).containsExactly("l12@x");
    assertThat(parent(ds.get(0), "l21@x")).contains("l12@x");
  }

  @Test
  void longerLoopIsBrokenAndReportedWithEveryMessageKept() {
    List<Diagnostic> diags = new ArrayList<>();
    // b -> c -> d -> b by In-Reply-To; a is older and unrelated except by reference
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0),
        TestMail.id("b@x").minute(1).irt("d@x").refs("a@x", "d@x"),
        TestMail.id("c@x").minute(2).irt("b@x"),
        TestMail.id("d@x").minute(3).irt("c@x")), diags::add);
    assertThat(ds).hasSize(1);
    Discussion d = ds.get(0);
    assertThat(d.tree().nodes()).hasSize(4);
    assertAcyclic(d);
    assertThat(diags).anyMatch(x -> x.message().contains("loop"));
  }

  @Test
  void selfReferenceIsIgnored() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).irt("a@x").refs("a@x")));
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).tree().roots()).extracting(MessageKey::value).containsExactly("a@x");
  }

  @Test
  void messageWithoutIdCanReplyButNobodyCanReplyToIt() {
    TestMail orphan = TestMail.noId().minute(1).irt("a@x");
    Message noId = orphan.build();
    List<Discussion> ds = threader.thread(List.of(
        TestMail.id("a@x").minute(0).build(), noId));
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).tree().parentOf(noId.key())).contains(new MessageKey("a@x"));
    Message lonely = TestMail.noId().minute(2).subject("news").build();
    List<Discussion> two = threader.thread(List.of(TestMail.id("a@x").minute(0).build(), lonely));
    assertThat(two).hasSize(2);
  }

  @Test
  void repeatedKeyKeepsTheFirstCopyAndSaysSo() {
    List<Diagnostic> diags = new ArrayList<>();
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("first"),
        TestMail.id("a@x").minute(5).subject("second").irt("a@x"),
        TestMail.id("b@x").minute(1).irt("a@x")), diags::add);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).messages()).hasSize(2);
    assertThat(ds.get(0).messages().get(0).subject()).isEqualTo("first");
    assertThat(diags).singleElement().satisfies(d -> assertThat(d.message()).contains("a@x"));
  }

  @Test
  void tokenWithoutAtSignIsJunkAndDoesNotGlueThreads() {
    // git send-email answered its In-Reply-To prompt with "yes": <yes> is not a message-id
    List<Diagnostic> diags = new ArrayList<>();
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("p1@x").minute(0).subject("[PATCH] one").irt("yes").refs("yes"),
        TestMail.id("p2@x").minute(1).subject("[PATCH] two").irt("yes").refs("yes")),
        diags::add);
    assertThat(ds).hasSize(2);
    assertThat(diags).hasSize(2) // one per message, though both headers carry it
        .allSatisfy(d -> assertThat(d.toString()).contains("test.mbox:1: warning: In-Reply-To"
            + " names <yes>, which is not a message-id (no '@') and no message has it; ignored"));
  }

  @Test
  void idWithoutAtSignIsKeptWhenAMessageHasIt() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("local-id").minute(0),
        TestMail.id("b@x").minute(1).irt("local-id")));
    assertThat(ds).hasSize(1);
    assertThat(parent(ds.get(0), "b@x")).contains("local-id");
  }

  @Test
  void tenDeepChainHasDepthsZeroToNine() {
    List<Message> ms = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      TestMail t = TestMail.id("m" + i + "@x").minute(i);
      if (i > 0) {
        t.irt("m" + (i - 1) + "@x");
      }
      ms.add(t.build());
    }
    Discussion d = threader.thread(ms).get(0);
    for (int i = 0; i < 10; i++) {
      assertThat(node(d, "m" + i + "@x").depth()).isEqualTo(i);
    }
  }

  @Test
  void veryDeepChainNeedsNoRecursion() {
    List<Message> ms = new ArrayList<>();
    int n = 20_000;
    for (int i = n - 1; i >= 0; i--) { // newest first in input, to exercise the ordering
      TestMail t = TestMail.id("m" + i + "@x").minute(i);
      if (i > 0) {
        t.irt("m" + (i - 1) + "@x").refs("m0@x", "m" + (i - 1) + "@x");
      }
      ms.add(t.build());
    }
    long start = System.nanoTime();
    Discussion d = threader.thread(ms).get(0);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(node(d, "m" + (n - 1) + "@x").depth()).isEqualTo(n - 1);
    assertThat(d.messages().get(0).key().value()).isEqualTo("m0@x");
  }

  @Test
  void replySubjectOrphanJoinsItsTopic() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("[TECH TOPIC] Rust for Linux"),
        TestMail.id("b@x").minute(1).subject("Re: [TECH TOPIC] Rust for Linux").irt("a@x"),
        TestMail.id("lost@x").minute(5).subject("Re: [TECH TOPIC] Rust  for linux")));
    assertThat(ds).hasSize(1);
    Discussion d = ds.get(0);
    assertThat(parent(d, "lost@x")).contains("a@x");
    assertThat(node(d, "lost@x").link()).isEqualTo(Link.SUBJECT);
    assertThat(node(d, "lost@x").depth()).isEqualTo(1);
  }

  @Test
  void subjectOrphanWithRepliesBringsItsSubtree() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("topic"),
        TestMail.id("lost@x").minute(5).subject("Re: topic"),
        TestMail.id("reply@x").minute(6).subject("Re: topic").irt("lost@x")));
    assertThat(ds).hasSize(1);
    assertThat(node(ds.get(0), "reply@x").depth()).isEqualTo(2);
  }

  @Test
  void orphanWhoseOnlyReferenceIsJunkCountsAsUnreferenced() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("topic"),
        TestMail.id("lost@x").minute(5).subject("Re: topic").irt("yes").refs("lost@x")));
    assertThat(ds).hasSize(1);
    assertThat(node(ds.get(0), "lost@x").link()).isEqualTo(Link.SUBJECT);
  }

  @Test
  void orphanWithoutReplyPrefixStaysAlone() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("topic"),
        TestMail.id("b@x").minute(5).subject("topic")));
    assertThat(ds).hasSize(2);
  }

  @Test
  void orphanDoesNotJoinATopicThatStartedLater() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("lost@x").minute(0).subject("Re: topic"),
        TestMail.id("a@x").minute(5).subject("topic")));
    assertThat(ds).hasSize(2);
  }

  @Test
  void orphanJoinsTheLatestTopicThatStartedBeforeIt() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("old@x").minute(0).subject("weekly sync"),
        TestMail.id("new@x").minute(100).subject("weekly sync"),
        TestMail.id("lost@x").minute(101).subject("Re: weekly sync")));
    assertThat(ds).hasSize(2);
    assertThat(keys(ds.get(1))).containsExactly("new@x", "lost@x");
  }

  @Test
  void orphanJoinsTheTopicPostThatWasActiveMostRecently() {
    // a topic posted twice: the talk goes on under the first post, the repost gets no reply
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("first@x").minute(0).subject("[MAINTAINERS SUMMIT] richer ACLs"),
        TestMail.id("repost@x").minute(10).subject("[TECH TOPIC] Richer ACLs"),
        TestMail.id("reply@x").minute(30).subject("Re: [MAINTAINERS SUMMIT] richer ACLs")
            .irt("first@x"),
        TestMail.id("lost@x").minute(60).subject("Re: [TECH TOPIC] richer ACLs")));
    assertThat(ds).hasSize(2);
    assertThat(parent(ds.get(0), "lost@x")).contains("first@x");
    assertThat(keys(ds.get(1))).containsExactly("repost@x");
  }

  @Test
  void unrelatedThreadsWithTheSameSubjectAreNotMerged() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a1@x").minute(0).subject("Re: [PATCH] fix build"),
        TestMail.id("a2@x").minute(1).subject("Re: [PATCH] fix build").irt("a1@x"),
        TestMail.id("b1@x").minute(2).subject("Re: [PATCH] fix build").irt("elsewhere@y"),
        TestMail.id("b2@x").minute(3).subject("Re: [PATCH] fix build").irt("b1@x")));
    // a1 is a reference-free "Re:" orphan but no earlier topic exists; b1 has a reference
    assertThat(ds).extracting(ThreaderTest::keys)
        .containsExactly(List.of("a1@x", "a2@x"), List.of("b1@x", "b2@x"));
  }

  @Test
  void orphanWithAReferenceIsNeverRegroupedBySubject() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("a@x").minute(0).subject("topic"),
        TestMail.id("b@x").minute(1).subject("Re: topic").irt("elsewhere@y")));
    assertThat(ds).hasSize(2);
  }

  @Test
  void messagesOldestFirstUndatedLastAndDiscussionsByFirstMessage() {
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("late@x").minute(50).subject("later topic"),
        TestMail.id("c@x").irt("a@x"),
        TestMail.id("b@x").minute(20).irt("a@x"),
        TestMail.id("a@x").minute(10).subject("early topic")));
    assertThat(ds).extracting(Discussion::subject).containsExactly("early topic", "later topic");
    assertThat(keys(ds.get(0))).containsExactly("a@x", "b@x", "c@x");
  }

  @Test
  void equalDatesListByKeyAndPreferTheReferenceFreeMessageAsRoot() {
    // notmuch ghost-root: a "fake root" sent at the same second as the real root
    List<Discussion> ds = threader.thread(mails(
        TestMail.id("001-fake@x").minute(0).irt("nonexistent@x")
            .refs("000-real@x", "001-child@x", "nonexistent@x"),
        TestMail.id("001-child@x").minute(1).irt("000-real@x").refs("000-real@x"),
        TestMail.id("000-real@x").minute(0)));
    Discussion d = ds.get(0);
    assertThat(d.tree().roots()).extracting(MessageKey::value).containsExactly("000-real@x");
    assertThat(parent(d, "001-fake@x")).contains("001-child@x");
  }

  @Test
  void everyMessageIsInExactlyOneDiscussion() {
    List<Message> ms = mails(
        TestMail.id("a@x").minute(0), TestMail.id("b@x").minute(1).irt("a@x"),
        TestMail.id("c@x").minute(2).refs("zz@x"), TestMail.id("d@x").minute(3).refs("zz@x"),
        TestMail.noId().minute(4), TestMail.id("e@x").minute(5).irt("e2@x"),
        TestMail.id("e2@x").minute(6).irt("e@x"));
    List<Discussion> ds = threader.thread(ms);
    Map<MessageKey, Long> counts = ds.stream().flatMap(d -> d.messages().stream())
        .collect(Collectors.groupingBy(Message::key, Collectors.counting()));
    assertThat(counts).hasSize(ms.size()).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    ds.forEach(ThreaderTest::assertAcyclic);
  }

  private static void assertAcyclic(Discussion d) {
    for (MessageKey k : d.tree().nodes().keySet()) {
      int steps = 0;
      Optional<MessageKey> p = d.tree().parentOf(k);
      while (p.isPresent()) {
        assertThat(++steps).isLessThanOrEqualTo(d.tree().nodes().size());
        p = d.tree().parentOf(p.get());
      }
      assertThat(d.tree().nodes().get(k).depth()).isEqualTo(steps);
    }
  }
}
