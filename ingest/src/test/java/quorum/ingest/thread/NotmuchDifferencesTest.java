package quorum.ingest.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.MessageKey;

/**
 * Where quorum's header threading deliberately differs from notmuch 0.37, one test each, with
 * the reason in its name. {@link NotmuchOracleTest} lists the cases the peer corpora contain;
 * these are the rules behind them, plus the ones no peer corpus exercises.
 */
class NotmuchDifferencesTest {
  private final Threader threader = new Threader();

  private static Optional<String> parent(Discussion d, String key) {
    return d.tree().parentOf(new MessageKey(key)).map(MessageKey::value);
  }

  @Test
  @DisplayName("a reference without '@' that no message has is junk, not a ghost: notmuch glues"
      + " unrelated threads through it (<yes> from git send-email)")
  void junkIdIsNoGhost() {
    List<Discussion> ds = threader.thread(List.of(
        TestMail.id("a@x").minute(0).irt("yes").build(),
        TestMail.id("b@x").minute(1).irt("yes").build()));
    assertThat(ds).hasSize(2);
  }

  @Test
  @DisplayName("a 'Re:' message with no usable reference joins its topic by subject: notmuch never"
      + " groups by subject and leaves it as a thread of its own")
  void subjectOrphanJoinsItsTopic() {
    List<Discussion> ds = threader.thread(List.of(
        TestMail.id("a@x").minute(0).subject("topic").build(),
        TestMail.id("b@x").minute(1).subject("Re: topic").build()));
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).tree().nodes().get(new MessageKey("b@x")).link()).isEqualTo(Link.SUBJECT);
  }

  @Test
  @DisplayName("a loop of three or more In-Reply-To links is broken and every message kept:"
      + " notmuch links them in a circle no root reaches")
  void longLoopsAreBroken() {
    List<Message> ms = List.of(
        TestMail.id("r@x").minute(0).build(),
        TestMail.id("a@x").minute(1).irt("c@x").refs("r@x", "c@x").build(),
        TestMail.id("b@x").minute(2).irt("a@x").build(),
        TestMail.id("c@x").minute(3).irt("b@x").build());
    List<Discussion> ds = threader.thread(ms);
    assertThat(ds).hasSize(1);
    Discussion d = ds.get(0);
    assertThat(d.tree().nodes()).hasSize(4);
    // oldest first: a under c, b under a; c under b would close the loop, so c stays a root
    assertThat(d.tree().roots()).extracting(MessageKey::value).containsExactly("r@x", "c@x");
    assertThat(parent(d, "a@x")).contains("c@x");
    assertThat(parent(d, "b@x")).contains("a@x");
  }

  @Test
  @DisplayName("In-Reply-To '<id> (X's message of ...)' counts as one id and names the parent:"
      + " notmuch's strict parse rejects the comment and takes the last References id instead")
  void inReplyToWithCommentStillNamesTheParent() {
    // the reader turns "<b@x> (Bo's message of Mon, 1 Jan)" into the single id b@x
    List<Discussion> ds = threader.thread(List.of(
        TestMail.id("a@x").minute(0).build(),
        TestMail.id("b@x").minute(1).irt("a@x").build(),
        TestMail.id("c@x").minute(2).irt("b@x").refs("b@x", "a@x").build()));
    assertThat(parent(ds.get(0), "c@x")).contains("b@x");
  }

  @Test
  @DisplayName("messages sent in the same second are taken oldest-first with a reference-free one"
      + " first: notmuch breaks that tie by its index order, which depends on the file system")
  void sameSecondTieFavoursTheReferenceFreeMessage() {
    List<Discussion> ds = threader.thread(List.of(
        TestMail.id("fake@x").minute(0).irt("gone@x").refs("real@x", "gone@x").build(),
        TestMail.id("real@x").minute(0).build()));
    assertThat(ds.get(0).tree().roots()).extracting(MessageKey::value).containsExactly("real@x");
    assertThat(parent(ds.get(0), "fake@x")).contains("real@x");
  }

  @Test
  @DisplayName("undated messages come last (in input order): notmuch dates them 1970 and puts"
      + " them first")
  void undatedMessagesComeLast() {
    List<Discussion> ds = threader.thread(List.of(
        TestMail.id("undated@x").irt("a@x").build(),
        TestMail.id("a@x").minute(0).build()));
    assertThat(ds.get(0).messages()).extracting(m -> m.key().value())
        .containsExactly("a@x", "undated@x");
  }
}
